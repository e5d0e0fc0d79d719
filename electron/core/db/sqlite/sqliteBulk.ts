import type BetterSqlite3 from 'better-sqlite3';
import type { EntityManager, EntityMetadata, EntitySchema, ObjectLiteral } from 'typeorm';
import type { BulkWrites } from '../dialect';
import { nextTurn } from '../../turns';
import { buildsAside, owe } from './owedIndexes';

// SQLite's bulk writes: better-sqlite3 prepared statements on the write transaction's own
// connection (taken from the manager's query runner, never from a service), one synchronous
// statement per row: repository.save() would take ~30x longer at 100,000 rows (it builds the SQL
// for every call and reads back what it generated).

//
// PostgreSQL's side (postgres/postgresBulk.ts): multi-row INSERT … VALUES … RETURNING id on the
// transaction's client, and no search-index lifting, since its trigram GIN index is the engine's own.

/** The driver connection of the manager's open transaction: bulk writes belong to one. */
async function connectionOf(em: EntityManager): Promise<BetterSqlite3.Database> {
  const runner = em.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('Bulk writes need the manager of an open write transaction.');
  return (await runner.connect()) as BetterSqlite3.Database;
}

type ColumnMetadata = EntityMetadata['columns'][number];

const PLAIN_TYPES = new Set<unknown>(['integer', 'int', 'bigint', 'varchar', 'text']);

/**
 * How a column's value is bound: as it is (null when absent), or through the column's
 * transformer or the driver's conversion (JSON lists, flags). Null for a plain column, so the
 * loop below calls nothing for most values.
 */
function converter(em: EntityManager, column: ColumnMetadata): ((value: unknown) => unknown) | null {
  const { transformer } = column;
  if (PLAIN_TYPES.has(column.type)) {
    if (!transformer) return null;
    // The app's own column kinds (money, JSON lists, flags) carry one transformer over a plain type.
    if (!Array.isArray(transformer)) return (v) => transformer.to(v);
  }
  const driver = em.connection.driver;
  return (v) => driver.preparePersistentValue(v, column);
}

interface Inserter {
  statement: BetterSqlite3.Statement;
  properties: string[];
  converters: Array<((value: unknown) => unknown) | null>;
  generatesId: boolean;
}

// One prepared INSERT per connection, table and column set: a seed of a million rows prepares a
// handful of statements.
const inserters = new WeakMap<BetterSqlite3.Database, Map<string, Inserter>>();

function inserterFor(em: EntityManager, raw: BetterSqlite3.Database, entity: EntitySchema<ObjectLiteral>, properties: readonly string[], skipConflicts = false): Inserter {
  const meta = em.connection.getMetadata(entity);
  const key = `${meta.tableName}\u0000${properties.join(',')}\u0000${skipConflicts}`;
  let byKey = inserters.get(raw);
  if (!byKey) inserters.set(raw, (byKey = new Map()));
  const found = byKey.get(key);
  if (found) return found;
  const columns = properties.map((p) => {
    const column = meta.findColumnWithPropertyName(p);
    if (!column) throw new Error(`${meta.name} has no column ${p}`);
    return column;
  });
  const sql = `INSERT INTO "${meta.tableName}" (${columns.map((c) => `"${c.databaseName}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})${skipConflicts ? ' ON CONFLICT DO NOTHING' : ''}`;
  const made: Inserter = {
    statement: raw.prepare(sql),
    properties: columns.map((c) => c.propertyName),
    converters: columns.map((c) => converter(em, c)),
    generatesId: meta.primaryColumns.some((c) => c.isGenerated),
  };
  byKey.set(key, made);
  return made;
}

/** The FTS5 table of the registry search and the triggers that keep it row by row. */
const FTS_TRIGGERS = `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'umkm' AND name LIKE 'umkm_fts_%'`;

/** Rows of the search index filled a statement: about 40 ms each, so calls are answered between. */
const FTS_SLICE = 5000;

/**
 * Drops the search index's triggers and returns what indexes the registry rows added since and
 * puts the triggers back. Row-by-row trigger upkeep costs ~7x the insert itself (30,000 rows: 18 s
 * against 2.4 s + 0.7 s). The new rows are indexed in slices of ids, not one statement (50,000
 * rows: 0.4 s in one call). Only for inserts of new rows (ids above today's maximum); both halves
 * run in the caller's transaction, so a rollback restores the triggers too.
 */
function lift(raw: BetterSqlite3.Database): () => Promise<void> {
  if (!raw.inTransaction) throw new Error('Lifting the search index needs a transaction.');
  const triggers = raw.prepare(FTS_TRIGGERS).all() as Array<{ name: string; sql: string }>;
  const maxId = (raw.prepare(`SELECT coalesce(max(id), 0) AS maxId FROM umkm`).get() as { maxId: number }).maxId;
  for (const t of triggers) raw.exec(`DROP TRIGGER "${t.name}"`);
  return async () => {
    const last = (raw.prepare(`SELECT coalesce(max(id), 0) AS maxId FROM umkm`).get() as { maxId: number }).maxId;
    const fill = raw.prepare(`INSERT INTO umkm_fts(rowid, business_name, owner_name, nik, nib) SELECT id, business_name, owner_name, nik, coalesce(nib, '') FROM umkm WHERE id > ? AND id <= ?`);
    for (let from = maxId; from < last; from += FTS_SLICE) {
      fill.run(from, Math.min(from + FTS_SLICE, last));
      await nextTurn();
    }
    for (const t of triggers) raw.exec(t.sql);
  };
}

/** A load into empty tables (the demo): 1 MB of page cache per 1,000 main rows, at most 128 MB. */
export const loadCacheKiB = (rows: number): number => Math.min(131_072, Math.ceil(rows / 1000) * 1024);

/**
 * An append to tables that hold data (an import): 1 MB per 4,000 main rows, at most 32 MB. Its
 * costly indexes are rebuilt in one sorted pass instead of kept page by page, so a bigger cache
 * bought no time here (50,000 new UMKM: the same CPU with 2 MB and with 50 MB) and cost its size.
 */
export const appendCacheKiB = (rows: number): number => Math.min(32_768, Math.ceil(rows / 4000) * 1024);

/**
 * Runs `work` with a bigger page cache for one large transaction (the default 2 MB spills dirty
 * pages to the WAL and reads them back), never smaller than the connection's, restored afterwards.
 */
async function withCache<T>(raw: BetterSqlite3.Database, kib: number, work: () => Promise<T>): Promise<T> {
  const cache = raw.pragma('cache_size', { simple: true }) as number;
  raw.pragma(`cache_size = ${Math.min(cache < 0 ? cache : -2000, -kib)}`);
  try {
    return await work();
  } finally {
    raw.pragma(`cache_size = ${cache}`);
  }
}

/** Below this many new rows an append keeps the indexes row by row (a rebuild has a fixed cost). */
const REBUILD_MIN_ROWS = 1000;

/**
 * Runs `work` with the secondary indexes of `tables` dropped, and builds them again afterwards,
 * each in one sorted pass: kept row by row in random order they cost several times the insert.
 * Unique indexes stay, so a duplicate fails at its row. In the caller's transaction: a rollback
 * puts the indexes back as they were. Where an upkeep thread builds them (owedIndexes.ts), they
 * are left owed to it, to be built after the commit; otherwise they are built here.
 */
async function withIndexesRebuilt<T>(raw: BetterSqlite3.Database, tables: readonly string[], work: () => Promise<T>): Promise<T> {
  if (!raw.inTransaction) throw new Error('Rebuilding indexes needs a transaction.');
  const indexes =
    tables.length === 0
      ? []
      : (raw
          .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => '?').join(', ')})`)
          .all(...tables) as Array<{ name: string; sql: string }>)
          .filter((ix) => !/^CREATE\s+UNIQUE\b/i.test(ix.sql));
  for (const ix of indexes) raw.exec(`DROP INDEX "${ix.name}"`);
  const result = await work();
  if (buildsAside(raw)) owe(raw, indexes);
  else {
    // One index a turn: each is one statement (50 to 230 ms at 100,000 UMKM), the registry's 20
    // about 1.8 s together.
    for (const ix of indexes) {
      raw.exec(ix.sql);
      await nextTurn();
    }
  }
  return result;
}

async function insertRows<R extends ObjectLiteral>(em: EntityManager, entity: EntitySchema<R>, rows: ReadonlyArray<Partial<R>>, skipConflicts: boolean): Promise<Array<number | null>> {
  if (rows.length === 0) return [];
  const raw = await connectionOf(em);
  const ins = inserterFor(em, raw, entity as EntitySchema<ObjectLiteral>, Object.keys(rows[0]!), skipConflicts);
  const { statement, properties, converters, generatesId } = ins;
  const ids: Array<number | null> = [];
  const values: unknown[] = new Array(properties.length);
  for (const row of rows) {
    const r = row as Record<string, unknown>;
    for (let i = 0; i < properties.length; i++) {
      const convert = converters[i];
      const v = convert ? convert(r[properties[i]!]) : r[properties[i]!];
      values[i] = v === undefined ? null : v;
    }
    const done = statement.run(values);
    if (generatesId || skipConflicts) ids.push(done.changes === 0 ? null : Number(done.lastInsertRowid));
  }
  return ids;
}

export const sqliteBulk: BulkWrites = {
  insertNew: (em, entity, rows) => insertRows(em, entity, rows, true),

  async insert<R extends ObjectLiteral>(em: EntityManager, entity: EntitySchema<R>, rows: ReadonlyArray<Partial<R>>): Promise<number[]> {
    // Without ON CONFLICT every row is inserted (or the write fails): no id is null.
    return (await insertRows(em, entity, rows, false)) as number[];
  },

  async liftSearchIndex(em: EntityManager): Promise<() => Promise<void>> {
    return lift(await connectionOf(em));
  },

  async append<T>(em: EntityManager, opts: { entities: ReadonlyArray<EntitySchema<never>>; rows: number }, work: () => Promise<T>): Promise<T> {
    const raw = await connectionOf(em);
    // A table's indexes are rebuilt when its new rows are at least a quarter of it: kept row by row
    // the registry's 22 indexes cost several times more a new row than rebuilding costs a row of
    // the whole table (50,000 new UMKM into 50,000: the import's write took 14.4 s of CPU with
    // them kept, 8.4 s with them rebuilt).
    const tables = opts.entities
      .map((e) => em.connection.getMetadata(e).tableName)
      .filter((t) => opts.rows >= REBUILD_MIN_ROWS && opts.rows * 4 >= (raw.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n);
    return withCache(raw, appendCacheKiB(opts.rows), () => withIndexesRebuilt(raw, tables, work));
  },

  async load<T>(em: EntityManager, opts: { entities: ReadonlyArray<EntitySchema<never>>; rows: number }, work: () => Promise<T>): Promise<T> {
    const raw = await connectionOf(em);
    return withCache(raw, loadCacheKiB(opts.rows), async () => {
      const restoreSearch = lift(raw);
      const tables = opts.entities.map((e) => em.connection.getMetadata(e).tableName);
      const result = await withIndexesRebuilt(raw, tables, work);
      await restoreSearch();
      return result;
    });
  },
};
