import type BetterSqlite3 from 'better-sqlite3';

// Indexes a large write dropped (built again in one sorted pass each, they cost a fraction of
// keeping them row by row) and left to be built after its commit by the upkeep thread
// (upkeepThread.ts), off the core's thread: one CREATE INDEX is one SQLite statement, 50–230 ms
// at 100,000 UMKM, and no call can be answered while it runs. The list is written in the same
// transaction as the drops, so a crash before the build leaves it behind and the next opening
// builds what it names; the writer's lock is held until the build is done, so no other write
// meets a table without its indexes (readers only read more slowly meanwhile).

/** The setting that lists them (the `setting` table: key and text value). */
export const OWED_KEY = 'sqlite.indexesOwed';

export interface OwedIndex {
  name: string;
  sql: string;
}

/** Connections whose owed indexes a thread of their own builds (the core serving a window). */
const aside = new WeakSet<BetterSqlite3.Database>();

export function buildIndexesAside(raw: BetterSqlite3.Database): void {
  aside.add(raw);
}

/** Whether a write on this connection may leave its indexes for the upkeep thread. */
export const buildsAside = (raw: BetterSqlite3.Database): boolean => aside.has(raw);

/** The indexes owed on this database, oldest first; a value that is not such a list (a file edited by hand) owes none. */
export function owedIndexes(raw: BetterSqlite3.Database): OwedIndex[] {
  const row = raw.prepare(`SELECT value FROM setting WHERE key = ?`).get(OWED_KEY) as { value: string } | undefined;
  if (!row) return [];
  try {
    const list = JSON.parse(row.value) as unknown;
    return Array.isArray(list) ? list.filter((x): x is OwedIndex => typeof x?.name === 'string' && typeof x?.sql === 'string') : [];
  } catch {
    return [];
  }
}

/** Adds indexes to the list, in the writer's transaction (a rollback takes them back off). */
export function owe(raw: BetterSqlite3.Database, more: readonly OwedIndex[]): void {
  if (!raw.inTransaction) throw new Error('Owing indexes needs the transaction that drops them.');
  const list = [...owedIndexes(raw).filter((o) => !more.some((m) => m.name === o.name)), ...more];
  raw.prepare(`INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(OWED_KEY, JSON.stringify(list));
}

/**
 * Builds every owed index that is still missing, each its own transaction, then clears the list:
 * run again after a crash, it builds only what is left. Answers how many it built.
 */
export function buildOwed(raw: BetterSqlite3.Database): number {
  const owed = owedIndexes(raw);
  if (owed.length === 0) return 0;
  const exists = raw.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?`);
  let built = 0;
  for (const ix of owed) {
    if (exists.get(ix.name)) continue;
    raw.exec(ix.sql);
    built++;
  }
  raw.prepare(`DELETE FROM setting WHERE key = ?`).run(OWED_KEY);
  return built;
}
