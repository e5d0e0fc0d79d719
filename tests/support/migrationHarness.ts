// Migration tests: a database as an earlier release left it (only the first N migrations, filled
// with rows by plain better-sqlite3 statements), migrated to the latest schema by the public path
// (openDatabase), and compared. Only openDatabase and close are used from the app, so these tests
// hold whatever the services above the schema become.
import Sqlite from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { DataSource } from 'typeorm';
import { expect } from 'vitest';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { openDatabase, type Database } from '../../electron/core/db/openDatabase';

type MigrationClass = (typeof MIGRATIONS)[number];
export type Row = Record<string, unknown>;
/** A filler: plain statements on the older database's own connection (foreign keys on). */
export type Fill = (db: BetterSqlite3.Database) => void;

/** Every migration's name, in order. */
export const MIGRATION_NAMES: string[] = MIGRATIONS.map((M) => new M().name);
export const LATEST_MIGRATION = MIGRATION_NAMES[MIGRATION_NAMES.length - 1]!;

/**
 * The version (number of migrations applied) just before `migration` ran: a database at
 * `versionBefore(Accounts1764892800000)` is the last one without accounts.
 */
export function versionBefore(migration: MigrationClass | string): number {
  const name = typeof migration === 'string' ? migration : new migration().name;
  const i = MIGRATION_NAMES.indexOf(name);
  if (i < 0) throw new Error(`unknown migration ${name}`);
  return i;
}

/**
 * Makes `file` a database at migration version `version` (the first `version` entries of
 * MIGRATIONS, run and recorded by TypeORM exactly as openDatabase runs them, WAL journal like the
 * app), then fills it with `fill` inside one transaction, and closes it.
 */
export async function databaseAt(file: string, version: number, fill?: Fill): Promise<void> {
  if (!Number.isInteger(version) || version < 0 || version > MIGRATIONS.length) throw new Error(`no migration version ${version}`);
  const ds = new DataSource({
    type: 'better-sqlite3',
    database: file,
    enableWAL: true,
    migrations: MIGRATIONS.slice(0, version),
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
  });
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
  if (!fill) return;
  const db = new Sqlite(file);
  try {
    db.transaction(() => fill(db))();
  } finally {
    db.close();
  }
}

/** Opens `file` with the app's own openDatabase, which migrates it to the latest schema. */
export function migrateToLatest(file: string): Promise<Database> {
  return openDatabase({ file });
}

/** A plain better-sqlite3 connection to `file` (foreign keys on, like the app); the caller closes it. */
export function openPlain(file: string): BetterSqlite3.Database {
  return new Sqlite(file);
}

/** Runs `read` on a plain better-sqlite3 connection to `file`, closed afterwards. */
export function withPlain<T>(file: string, read: (db: BetterSqlite3.Database) => T): T {
  const db = new Sqlite(file);
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A table's rows, `SELECT * ... ORDER BY rowid` (or the given order). */
export function readTable(db: BetterSqlite3.Database, table: string, orderBy = 'rowid'): Row[] {
  return db.prepare(`SELECT * FROM ${quote(table)} ORDER BY ${orderBy}`).all() as Row[];
}

/** The names of applied migrations, in the order they ran. */
export function appliedMigrations(db: BetterSqlite3.Database): string[] {
  const has = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'`).get();
  if (!has) return [];
  return (db.prepare(`SELECT name FROM migrations ORDER BY id`).all() as Array<{ name: string }>).map((r) => r.name);
}

export interface SchemaObject {
  type: 'table' | 'index' | 'trigger' | 'view';
  name: string;
  table: string;
}

/** Tables, indexes, triggers and views, without sqlite's own objects, by type then name. */
export function schemaObjects(db: BetterSqlite3.Database): SchemaObject[] {
  return db
    .prepare(`SELECT type, name, tbl_name AS "table" FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`)
    .all() as SchemaObject[];
}

/** Names of the schema objects of one type. */
export const namesOf = (db: BetterSqlite3.Database, type: SchemaObject['type']): string[] =>
  schemaObjects(db)
    .filter((o) => o.type === type)
    .map((o) => o.name);

/**
 * Tables that hold data: not sqlite's, not the migrations table, not full-text indexes (virtual
 * tables and their shadow tables, derived from other tables).
 */
export function dataTables(db: BetterSqlite3.Database): string[] {
  const list = db.prepare(`PRAGMA table_list`).all() as Array<{ schema: string; name: string; type: string }>;
  return list
    .filter((t) => t.schema === 'main' && t.type === 'table' && !t.name.startsWith('sqlite_') && t.name !== 'migrations')
    .map((t) => t.name)
    .sort();
}

/** Every data table's rows, by table name. */
export function readAllTables(db: BetterSqlite3.Database): Record<string, Row[]> {
  return Object.fromEntries(dataTables(db).map((t) => [t, readTable(db, t)]));
}

/** A table's column defaults as SQL text (null where there is none), from PRAGMA table_info. */
export function columnDefaults(db: BetterSqlite3.Database, table: string): Record<string, string | null> {
  const cols = db.prepare(`PRAGMA table_info(${quote(table)})`).all() as Array<{ name: string; dflt_value: string | null }>;
  return Object.fromEntries(cols.map((c) => [c.name, c.dflt_value]));
}

/** Integrity and foreign keys of a migrated file: integrity_check 'ok', no foreign key violation. */
export function expectSound(db: BetterSqlite3.Database): void {
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
}

export interface KeptReport {
  /** Columns present after and not before. */
  newColumns: string[];
}

/**
 * Every row of `before` is in `after`, in the same order (by rowid), with every column it had
 * unchanged. Columns that appear only after are allowed (and returned); rows added after are
 * allowed only with `allowNewRows`.
 */
export function expectRowsKept(before: Row[], after: Row[], label = 'rows', opts: { allowNewRows?: boolean } = {}): KeptReport {
  if (opts.allowNewRows) expect(after.length, `${label}: no row vanished`).toBeGreaterThanOrEqual(before.length);
  else expect(after.length, `${label}: same number of rows`).toBe(before.length);
  const oldCols = new Set(before.flatMap((r) => Object.keys(r)));
  const newColumns = [...new Set(after.flatMap((r) => Object.keys(r)))].filter((c) => !oldCols.has(c));
  const project = (r: Row, cols: Iterable<string>) => Object.fromEntries([...cols].map((c) => [c, r[c]]));
  for (const c of oldCols) for (const r of after.slice(0, before.length)) expect(Object.hasOwn(r, c), `${label}: column ${c} kept`).toBe(true);
  for (let i = 0; i < before.length; i++) {
    const b = before[i]!;
    expect(project(after[i]!, Object.keys(b)), `${label}: row ${i + 1}`).toEqual(b);
  }
  return { newColumns };
}

/** An older database, made, read as it is, then migrated: both states to compare. */
export interface Upgrade {
  file: string;
  /** The applied migrations before the upgrade. */
  migrationsBefore: string[];
  /** Every data table's rows before the upgrade. */
  before: Record<string, Row[]>;
  /** The schema objects before the upgrade. */
  schemaBefore: SchemaObject[];
  /** The migrated database, open (the caller closes it). */
  db: Database;
}

/**
 * The whole round: a database at `version` filled by `fill`, its tables read, migrated to the
 * latest by openDatabase. The caller closes `db` (or reads the file with withPlain after closing).
 */
export async function upgradeFrom(file: string, version: number, fill?: Fill): Promise<Upgrade> {
  await databaseAt(file, version, fill);
  const { migrationsBefore, before, schemaBefore } = withPlain(file, (db) => ({
    migrationsBefore: appliedMigrations(db),
    before: readAllTables(db),
    schemaBefore: schemaObjects(db),
  }));
  const db = await migrateToLatest(file);
  return { file, migrationsBefore, before, schemaBefore, db };
}

/** Every table of `before` kept row for row in the database `db` (new tables and columns allowed). */
export function expectAllTablesKept(before: Record<string, Row[]>, db: BetterSqlite3.Database, opts: { allowNewRows?: string[] } = {}): Record<string, string[]> {
  const tables = dataTables(db);
  const added: Record<string, string[]> = {};
  for (const [table, rows] of Object.entries(before)) {
    expect(tables, `table ${table} kept`).toContain(table);
    const { newColumns } = expectRowsKept(rows, readTable(db, table), table, { allowNewRows: opts.allowNewRows?.includes(table) });
    if (newColumns.length > 0) added[table] = newColumns;
  }
  return added;
}
