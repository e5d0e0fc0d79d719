import type { Database, SqliteDb } from '../../electron/core/db/database';

/** The SQLite database behind a test's core, for what a test reads from the file itself. */
export function sqliteOf(db: Database): SqliteDb {
  if (db.kind !== 'sqlite') throw new Error(`This test reads the SQLite file itself; the database is ${db.kind}.`);
  return db;
}

/** The SQLite file's own connection (see sqliteOf). */
export const rawOf = (db: Database): SqliteDb['raw'] => sqliteOf(db).raw;
