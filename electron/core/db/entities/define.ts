import { EntitySchema, type EntitySchemaColumnOptions, type EntitySchemaIndexOptions } from 'typeorm';

/** A column's options with the TypeScript type of its values carried along (never set at run time). */
export type Column<T> = EntitySchemaColumnOptions & { readonly __value?: T };

type Options = Omit<EntitySchemaColumnOptions, 'type' | 'nullable'>;

// Money is whole rupiah, stored as a 64-bit integer. PostgreSQL hands bigint back as text, so the
// transformer keeps it a number on every backend (values stay far below 2^53).
const toNumber = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? null : Number(value)),
};

/**
 * The column kinds the app stores, with explicit database types (esbuild emits no decorator
 * metadata) and the value type each row field gets. Dates and timestamps are ISO text set by the
 * services, so every backend stores the same characters.
 */
export const col = {
  id: (): Column<number> => ({ type: 'integer', primary: true, generated: 'increment' }),
  int: <T extends number = number>(o: Options = {}): Column<T> => ({ type: 'integer', ...o }),
  money: (o: Options = {}): Column<number> => ({ type: 'bigint', transformer: toNumber, ...o }),
  text: <T extends string = string>(o: Options = {}): Column<T> => ({ type: 'varchar', ...o }),
  longText: <T extends string = string>(o: Options = {}): Column<T> => ({ type: 'text', ...o }),
  /** A calendar date, yyyy-mm-dd. */
  date: (o: Options = {}): Column<string> => ({ type: 'varchar', length: 10, ...o }),
  /** An instant, ISO 8601 with milliseconds and Z. */
  instant: (o: Options = {}): Column<string> => ({ type: 'varchar', ...o }),
  /** A list kept as JSON text (a few codes: sectors, supports, certifications). */
  json: <T>(o: Options = {}): Column<T> => ({ type: 'text', transformer: jsonText, ...o }),
  flag: (o: Options = {}): Column<boolean> => ({ type: 'integer', transformer: flagInt, ...o }),
  nullable: <T>(c: Column<T>): Column<T | null> => ({ ...c, nullable: true }),
};

const jsonText = {
  to: (value: unknown) => (value === undefined ? undefined : JSON.stringify(value)),
  from: (value: string | null) => (value === null || value === undefined ? value : (JSON.parse(value) as unknown)),
};
const flagInt = {
  to: (value: boolean | null | undefined) => (value === null || value === undefined ? value : value ? 1 : 0),
  from: (value: number | boolean | null) => (value === null || value === undefined ? value : value === true || value === 1),
};

/** The created/updated/deleted instants most tables carry. */
export const timestamps = {
  createdAt: col.instant({ name: 'created_at' }),
  updatedAt: col.instant({ name: 'updated_at' }),
  deletedAt: col.nullable(col.instant({ name: 'deleted_at' })),
};

/**
 * What a record several clerks edit carries (migration ConcurrentEdits): its version, which
 * TypeORM counts up by one in every UPDATE of the row (a version column), and the username of its
 * last change, which the services set (services/edits.ts). A form's save names the version it
 * opened and is refused once the record has another.
 */
export const versioned = {
  version: col.int({ version: true, default: 1 }),
  updatedBy: col.nullable(col.text({ name: 'updated_by' })),
};

export type Columns = Record<string, Column<unknown>>;
export type RowOf<C extends Columns> = { -readonly [K in keyof C]: C[K] extends Column<infer T> ? T : never };

/** A table described once: its columns give both the mapping and the row type (`Row<typeof E>`). */
export function defineEntity<C extends Columns>(name: string, tableName: string, columns: C, indices?: EntitySchemaIndexOptions[]): EntitySchema<RowOf<C>> {
  return new EntitySchema<RowOf<C>>({ name, tableName, columns: columns as never, indices });
}

export type Row<E> = E extends EntitySchema<infer R> ? R : never;
