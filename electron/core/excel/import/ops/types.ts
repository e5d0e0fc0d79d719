import type { EntitySchema } from 'typeorm';
import type { z } from 'zod';
import type { Scope } from '../../../scope';

/** Why a row is refused, at the field the clerk fixes. */
export type Refusal = { field: string; message: string };

/** How an existing record is found for a row: its id, or why the row cannot be placed. */
export type Match = { id: number | null; problem?: Refusal };

/**
 * What the engine needs to know of a target beyond reading its cells: the contract schema,
 * the key that makes two rows of one file the same record, how a stored record is found,
 * and how accepted rows are written through the target's own service (or, for many new UMKM,
 * the same rows in bulk).
 */
export interface TargetOps {
  schema: z.ZodType;
  /** Loads what matching needs once per evaluation (e.g. NIK -> id of every active UMKM). */
  load(ctx: Scope): Promise<Lookup>;
  /**
   * What matching reads of the database, in a few figures: an evaluation made while they were the
   * same still holds at the write, which then stores it without checking every row again.
   */
  version(ctx: Scope): Promise<string>;
  /**
   * Stores new records from the schema's parsed data, in order; answers each one's id, or why it
   * was not stored: a key (a NIK) another writer committed while this import ran, which the
   * database's unique index refused. Such a row is skipped; the rest of the import goes on.
   */
  create(ctx: Scope, rows: ReadonlyArray<Record<string, unknown>>): Promise<Array<number | Refusal>>;
  /** create() takes a whole batch at once; otherwise it is given one row at a time, so an error names its row. */
  batched?: boolean;
  /** Applies the parsed changes of an update row (the fields it brings, and what they imply). */
  update(ctx: Scope, id: number, changes: Record<string, unknown>): Promise<unknown>;
  /** Runs the creates of one import (`rows` of them) with what makes many cheaper (the search index lifted). */
  creating?(ctx: Scope, rows: number, work: () => Promise<void>): Promise<void>;
}

export interface Lookup {
  /** Two rows sharing any key are the same record (a row without keys is never a duplicate). */
  keys(input: Record<string, unknown>): string[];
  /**
   * Reads what match() needs for the next rows at once: one query a chunk, not one a row. Its
   * inputs hold only `prefetchFields`.
   */
  prefetch?(inputs: ReadonlyArray<Record<string, unknown>>): Promise<void>;
  prefetchFields?: readonly string[];
  match(input: Record<string, unknown>): Match;
  /** The stored record as input, for merging under the fields an update row brings. */
  stored(id: number): Promise<Record<string, unknown>>;
  /** Adds the row's resolved references (the UMKM of a class record) to its input. */
  resolve?(input: Record<string, unknown>): Record<string, unknown>;
}

/** Keeps the fields a target's input has, dropping nulls (absent = no value). */
export function pickInput(obj: object, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = (obj as Record<string, unknown>)[f];
    if (v !== null && v !== undefined) out[f] = v;
  }
  return out;
}

export const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : v === undefined || v === null ? '' : String(v));
export const nameKey = (v: unknown): string => text(v).toLocaleLowerCase('id').replace(/\s+/g, ' ');

/**
 * A table as matching sees it: its live rows, its newest id and its latest change (a soft delete
 * or a restore sets updatedAt too, and changes the live count). One pass over the table.
 */
export async function tableVersion(ctx: Scope, entity: EntitySchema<{ id: number; updatedAt: string; deletedAt: string | null }>): Promise<string> {
  const r = await ctx.tx.em
    .createQueryBuilder(entity, 't')
    .select('SUM(CASE WHEN t.deletedAt IS NULL THEN 1 ELSE 0 END)', 'live')
    .addSelect('COUNT(*)', 'n')
    .addSelect('MAX(t.id)', 'maxId')
    .addSelect('MAX(t.updatedAt)', 'changed')
    .getRawOne<{ live: number | null; n: number; maxId: number | null; changed: string | null }>();
  return `${r?.live ?? 0}/${r?.n ?? 0}/${r?.maxId ?? 0}/${r?.changed ?? ''}`;
}

/** Service creates one row at a time, for the targets whose files are small (partners, communities). */
export async function eachCreated<T>(rows: ReadonlyArray<Record<string, unknown>>, create: (data: T) => Promise<{ id: number }>): Promise<number[]> {
  const ids: number[] = [];
  for (const r of rows) ids.push((await create(r as T)).id);
  return ids;
}
