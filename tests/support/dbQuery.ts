import pg, { type Pool } from 'pg';
import type { Database } from '../../electron/core/db/database';

// PostgreSQL hands int8 (COUNT, SUM of integers, the bigint money columns) and numeric (SUM of
// bigints) back as text; SQLite gives numbers. A test compares numbers whichever engine it ran on.
const INT8 = 20;
const NUMERIC = 1700;
const asNumber = (text: string): number => {
  const n = Number(text);
  if (Number.isInteger(n) ? !Number.isSafeInteger(n) : !Number.isFinite(n)) throw new Error(`Not a number a test can compare exactly: ${text}`);
  return n;
};
const numbers = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 || oid === NUMERIC ? asNumber : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** The pool behind a PostgreSQL DataSource (TypeORM's driver keeps it as `master`). */
const poolOf = (db: Database): Pool => (db.dataSource.driver as unknown as { master: Pool }).master;

/**
 * A test's own look at the tables, on either engine: `sql` with `?` placeholders (numbered for
 * PostgreSQL). Numbers come back as numbers on both (counts, sums, the bigint money columns).
 * Write aliases that are not all lower case in double quotes (`AS "fromDate"`): PostgreSQL folds
 * unquoted names.
 */
export async function queryRows<T = Record<string, unknown>>(db: Database, sql: string, params: unknown[] = []): Promise<T[]> {
  if (db.kind === 'sqlite') return (await db.dataSource.query(sql, params)) as T[];
  let n = 0;
  const text = sql.replace(/\?/g, () => `$${++n}`);
  return (await poolOf(db).query({ text, values: params, types: numbers })).rows as T[];
}

/** The first row of queryRows (undefined when there is none). */
export async function queryRow<T = Record<string, unknown>>(db: Database, sql: string, params: unknown[] = []): Promise<T | undefined> {
  return (await queryRows<T>(db, sql, params))[0];
}

/** How many rows `table` holds (those matching `where`, with `?` placeholders). */
export async function countRows(db: Database, table: string, where = '', params: unknown[] = []): Promise<number> {
  const row = await queryRow<{ n: number }>(db, `SELECT COUNT(*) AS n FROM ${table}${where ? ` WHERE ${where}` : ''}`, params);
  return Number(row?.n ?? 0);
}

/**
 * Transactions left open on the database's connections: SQLite's writer connection, or the
 * sessions of this PostgreSQL database idle inside a transaction (a write that never ended).
 */
export async function openTransactions(db: Database): Promise<number> {
  if (db.kind === 'sqlite') return db.raw.inTransaction ? 1 : 0;
  const row = await queryRow<{ n: number }>(
    db,
    `SELECT COUNT(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
  );
  return row?.n ?? 0;
}

/** How the engine words a CHECK constraint's refusal (SQLite's text, PostgreSQL's SQLSTATE 23514 message). */
export const checkViolation = (db: Database): RegExp => (db.kind === 'sqlite' ? /CHECK constraint failed/ : /violates check constraint/);

/** The names of the database's tables (SQLite's FTS5 tables and their shadows left out: they follow umkm). */
export async function tableNames(db: Database): Promise<string[]> {
  const sql =
    db.kind === 'sqlite'
      ? `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name`
      : `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`;
  return (await queryRows<{ name: string }>(db, sql)).map((r) => r.name);
}

/** How the engine words a unique index's refusal (SQLite's text, PostgreSQL's SQLSTATE 23505 message). */
export const uniqueViolation = (db: Database): RegExp => (db.kind === 'sqlite' ? /UNIQUE constraint failed/ : /duplicate key value violates unique constraint/);
