import type BetterSqlite3 from 'better-sqlite3';

/**
 * Every connection the app opens reads a file someone could have handed it (a backup from another
 * PC, a copy edited by hand): functions and virtual tables named in its triggers, views and indexes
 * run only when SQLite marks them harmless (`trusted_schema` off; SQLite's default is on), and
 * the schema cannot be written through pragmas or shadow tables (defensive mode, which
 * better-sqlite3 turns on at every open; asserted here so an upgrade that changed it is noticed).
 */
export function hardenConnection(db: BetterSqlite3.Database): void {
  db.pragma('trusted_schema = OFF');
}
