import type BetterSqlite3 from 'better-sqlite3';
import { DataSource } from 'typeorm';
import { ENTITIES } from '../entities';
import { MIGRATIONS } from '../migrations';
import type { OwedIndex } from './owedIndexes';

/** One object of a schema as sqlite_master lists it: a table, index, trigger or view, and its SQL. */
export interface SchemaObject {
  type: string;
  name: string;
  table: string;
  sql: string;
}

// SQLite's own objects (autoindexes, sqlite_sequence, the planner's sqlite_stat tables) come and
// go with the data; everything else is what the migrations made.
const OBJECTS = `SELECT type, name, tbl_name AS "table", coalesce(sql, '') AS sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`;

const squeeze = (sql: string) => sql.replace(/\s+/g, ' ').trim();

/** The schema of an open connection, SQL with its spacing evened out. */
export function schemaOf(db: BetterSqlite3.Database): SchemaObject[] {
  return (db.prepare(OBJECTS).all() as SchemaObject[]).map((o) => ({ ...o, sql: squeeze(o.sql) }));
}

const cache = new Map<string, SchemaObject[]>();

/**
 * The exact schema the migrations up to `version` make, read from an empty in-memory database
 * they are run on (once a version, then remembered). Null for a version this app does not have.
 */
export async function schemaAt(version: string, nativeBinding?: string): Promise<SchemaObject[] | null> {
  const hit = cache.get(version);
  if (hit) return hit;
  const upTo = MIGRATIONS.findIndex((m) => new m().name === version);
  if (upTo < 0) return null;
  let raw: BetterSqlite3.Database | undefined;
  const ds = new DataSource({
    type: 'better-sqlite3',
    database: ':memory:',
    nativeBinding,
    entities: ENTITIES,
    migrations: MIGRATIONS.slice(0, upTo + 1),
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    prepareDatabase: (db: BetterSqlite3.Database) => {
      raw = db;
    },
  });
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    const schema = schemaOf(raw!);
    cache.set(version, schema);
    return schema;
  } finally {
    await ds.destroy();
  }
}

/**
 * How a database's schema differs from the one its migrations make: objects missing, added or
 * changed, by name. Indexes a large write left owed (owedIndexes.ts) may be missing.
 */
export function schemaDifferences(actual: SchemaObject[], expected: SchemaObject[], owed: readonly OwedIndex[] = []): string[] {
  const key = (o: SchemaObject) => `${o.type} ${o.name}`;
  const have = new Map(actual.map((o) => [key(o), o]));
  const want = new Map(expected.map((o) => [key(o), o]));
  const out: string[] = [];
  for (const [k, o] of want) {
    const found = have.get(k);
    if (!found) {
      if (!(o.type === 'index' && owed.some((ix) => ix.name === o.name && squeeze(ix.sql) === o.sql))) out.push(`${k} hilang`);
    } else if (found.sql !== o.sql || found.table !== o.table) out.push(`${k} diubah`);
  }
  for (const k of have.keys()) if (!want.has(k)) out.push(`${k} tambahan`);
  return out;
}
