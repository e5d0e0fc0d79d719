import type BetterSqlite3 from 'better-sqlite3';
import type { EntityManager, EntityMetadata, EntitySchema, ObjectLiteral } from 'typeorm';
import type { BulkWrites } from '../dialect';

// SQLite's bulk writes: better-sqlite3 prepared statements on the write transaction's own
// connection (taken from the manager's query runner, never from a service), one synchronous
// statement per row: repository.save() would take ~30x longer at 100,000 rows (it builds the SQL
// for every call and reads back what it generated).
//
// PostgreSQL will use instead: COPY … FROM STDIN (or multi-row INSERT … VALUES … RETURNING id for
// the ids) on the transaction's client, and no search-index lifting at all, since its trigram GIN
// index is kept by the engine (a load into empty tables may drop and recreate the indexes the same
// way, or raise maintenance_work_mem).

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

function inserterFor(em: EntityManager, raw: BetterSqlite3.Database, entity: EntitySchema<ObjectLiteral>, properties: readonly string[]): Inserter {
  const meta = em.connection.getMetadata(entity);
  const key = `${meta.tableName}\u0000${properties.join(',')}`;
  let byKey = inserters.get(raw);
  if (!byKey) inserters.set(raw, (byKey = new Map()));
  const found = byKey.get(key);
  if (found) return found;
  const columns = properties.map((p) => {
    const column = meta.findColumnWithPropertyName(p);
    if (!column) throw new Error(`${meta.name} has no column ${p}`);
    return column;
  });
  const sql = `INSERT INTO "${meta.tableName}" (${columns.map((c) => `"${c.databaseName}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
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

/**
 * Drops the search index's triggers and returns what indexes the registry rows added since in one
 * statement and puts the triggers back. Row-by-row trigger upkeep costs ~7x the insert itself
 * (30,000 rows: 18 s against 2.4 s + 0.7 s). Only for inserts of new rows (ids above today's
 * maximum); both halves run in the caller's transaction, so a rollback restores the triggers too.
 */
function lift(raw: BetterSqlite3.Database): () => void {
  if (!raw.inTransaction) throw new Error('Lifting the search index needs a transaction.');
  const triggers = raw.prepare(FTS_TRIGGERS).all() as Array<{ name: string; sql: string }>;
  const { maxId } = raw.prepare(`SELECT coalesce(max(id), 0) AS maxId FROM umkm`).get() as { maxId: number };
  for (const t of triggers) raw.exec(`DROP TRIGGER "${t.name}"`);
  return () => {
    raw
      .prepare(`INSERT INTO umkm_fts(rowid, business_name, owner_name, nik, nib) SELECT id, business_name, owner_name, nik, coalesce(nib, '') FROM umkm WHERE id > ?`)
      .run(maxId);
    for (const t of triggers) raw.exec(t.sql);
  };
}

export const sqliteBulk: BulkWrites = {
  async insert<R extends ObjectLiteral>(em: EntityManager, entity: EntitySchema<R>, rows: ReadonlyArray<Partial<R>>): Promise<number[]> {
    if (rows.length === 0) return [];
    const raw = await connectionOf(em);
    const ins = inserterFor(em, raw, entity as EntitySchema<ObjectLiteral>, Object.keys(rows[0]!));
    const { statement, properties, converters, generatesId } = ins;
    const ids: number[] = [];
    const values: unknown[] = new Array(properties.length);
    for (const row of rows) {
      const r = row as Record<string, unknown>;
      for (let i = 0; i < properties.length; i++) {
        const convert = converters[i];
        const v = convert ? convert(r[properties[i]!]) : r[properties[i]!];
        values[i] = v === undefined ? null : v;
      }
      const done = statement.run(values);
      if (generatesId) ids.push(Number(done.lastInsertRowid));
    }
    return ids;
  },

  async liftSearchIndex(em: EntityManager): Promise<() => Promise<void>> {
    const restore = lift(await connectionOf(em));
    return async () => restore();
  },

  async load<T>(em: EntityManager, opts: { entities: ReadonlyArray<EntitySchema<never>>; rows: number }, work: () => Promise<T>): Promise<T> {
    const raw = await connectionOf(em);
    // A bigger page cache for the one large transaction (the default 2 MB spills to the WAL and
    // reads pages back): 1 MB per 1,000 main rows (the demo's UMKM), at most 128 MB, restored afterwards.
    const cache = raw.pragma('cache_size', { simple: true }) as number;
    raw.pragma(`cache_size = ${Math.max(-131_072, Math.min(-2000, -Math.ceil(opts.rows / 1000) * 1024))}`);
    try {
      // The secondary indexes of the (empty) tables are built once afterwards, each in one sorted
      // pass: kept row by row in random order they cost several times the insert. Unique indexes
      // are rebuilt too, so a duplicate still fails the write.
      const tables = opts.entities.map((e) => em.connection.getMetadata(e).tableName);
      const indexes = raw
        .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => '?').join(', ')})`)
        .all(...tables) as Array<{ name: string; sql: string }>;
      const restoreSearch = lift(raw);
      for (const ix of indexes) raw.exec(`DROP INDEX "${ix.name}"`);
      const result = await work();
      for (const ix of indexes) raw.exec(ix.sql);
      restoreSearch();
      return result;
    } finally {
      raw.pragma(`cache_size = ${cache}`);
    }
  },
};
