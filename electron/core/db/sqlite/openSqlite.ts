import fs from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import type BetterSqlite3 from 'better-sqlite3';
import { fill, messages } from '../../../../shared/i18n';
import { AppError } from '../../errors';
import { ENTITIES } from '../entities';
import { MIGRATIONS } from '../migrations';
import { damagedMessage } from '../../backup/damagedMessage';
import { inspectDatabase, type CheckMode } from '../../backup/inspectDatabase';
import { latestGoodBackup } from '../../backup/listBackups';
import { headOf, writeHead } from '../../backup/chainHead';
import { backupsDirFor } from '../../paths';
import type { SqliteDb } from '../database';
import { bindNumberParameters } from './bindNumbers';
import { hardenConnection } from './hardenConnection';
import { SqliteDatabase } from './sqliteDatabase';
import { UpkeepThread } from './upkeepThread';
import { buildIndexesAside, buildOwed } from './owedIndexes';

export interface OpenOptions {
  file: string;
  /** better-sqlite3 is built per runtime: Electron passes its own build, Node uses the default. */
  nativeBinding?: string;
  /**
   * Check the file before anything writes to it (quick_check at start-up): a damaged file is
   * refused with DB_DAMAGED naming the newest good backup, and is neither migrated nor written.
   */
  integrity?: CheckMode;
  /** Without `integrity`: still quick_check the file when a migration is about to write to it. */
  checkBeforeMigrating?: boolean;
  /**
   * 'thread': WAL checkpoints and the indexes a large write leaves owed run in a thread of their
   * own (upkeepThread.ts), never inside a commit (the core that serves a window). Otherwise
   * SQLite's autocheckpoint, and indexes rebuilt in the write (the command line, tests).
   */
  upkeep?: 'thread';
}

export function createDataSource(opts: OpenOptions, onOpen?: (db: BetterSqlite3.Database) => void, role: 'writer' | 'reader' = 'writer'): DataSource {
  return new DataSource({
    type: 'better-sqlite3',
    database: opts.file,
    nativeBinding: opts.nativeBinding,
    enableWAL: true,
    entities: ENTITIES,
    migrations: role === 'writer' ? MIGRATIONS : [],
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    prepareDatabase: (db: BetterSqlite3.Database) => {
      onOpen?.(db);
      hardenConnection(db);
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      // NORMAL is durable across application crashes in WAL mode; a power cut may lose only the
      // last commits, never consistency.
      db.pragma('synchronous = NORMAL');
      // The reading connection can never write, whatever a service asks of it.
      if (role === 'reader') db.pragma('query_only = ON');
      // The query planner's statistics, kept current as SQLite recommends for a long-lived
      // connection: at open, every table that needs it is analysed (bounded by SQLite's own
      // analysis_limit).
      else db.pragma('optimize = 0x10002');
    },
  });
}

function closeQuietly(conn: BetterSqlite3.Database | undefined): void {
  try {
    if (conn?.open) conn.close();
  } catch {
    // Already closed.
  }
}

const KNOWN = new Set(MIGRATIONS.map((m) => new m().name));

async function appliedMigrations(ds: DataSource): Promise<string[]> {
  const table = await ds.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'migrations'`);
  if (table.length === 0) return [];
  const rows: Array<{ name: string }> = await ds.query(`SELECT name FROM migrations ORDER BY id`);
  return rows.map((r) => r.name);
}

function refuseDamaged(file: string, opts: OpenOptions): void {
  const ins = inspectDatabase(file, { mode: opts.integrity, nativeBinding: opts.nativeBinding });
  if (!ins.intact) throw new AppError('DB_DAMAGED', damagedMessage(file, ins.problems, latestGoodBackup(backupsDirFor(file))));
}

/** Opens (creating if needed) the database file and brings its schema up to this version. */
export async function openDatabase(opts: OpenOptions): Promise<SqliteDb> {
  fs.mkdirSync(path.dirname(path.resolve(opts.file)), { recursive: true });
  if (opts.integrity && fs.existsSync(opts.file)) refuseDamaged(opts.file, opts);
  let opened: BetterSqlite3.Database | undefined;
  const dataSource = createDataSource(opts, (db) => (opened = db));
  try {
    await dataSource.initialize();
  } catch (err) {
    // The driver opened the file before failing on it (a damaged file): never leave it held,
    // or Windows keeps it locked until the app quits.
    closeQuietly(opened);
    throw new AppError('DB_OPEN', fill(messages.errors.dbOpen, { reason: (err as Error).message }));
  }
  try {
    const applied = await appliedMigrations(dataSource);
    const unknown = applied.filter((n) => !KNOWN.has(n));
    if (unknown.length > 0) throw new AppError('DB_TOO_NEW', fill(messages.errors.dbTooNew, { names: unknown.join(', ') }));
    if (!opts.integrity && opts.checkBeforeMigrating && applied.length > 0 && applied.length < KNOWN.size) refuseDamaged(opts.file, { ...opts, integrity: 'quick' });
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (err) {
    await dataSource.destroy();
    if (err instanceof AppError) throw err;
    throw new AppError('DB_OPEN', fill(messages.errors.dbOpen, { reason: (err as Error).message }));
  }
  const raw = (dataSource.driver as unknown as { databaseConnection: BetterSqlite3.Database }).databaseConnection;
  let reader: DataSource;
  try {
    reader = await openReader(opts);
  } catch (err) {
    await dataSource.destroy();
    throw new AppError('DB_OPEN', fill(messages.errors.dbOpen, { reason: (err as Error).message }));
  }
  bindNumberParameters(dataSource);
  // A write that left indexes owed and never saw them built (the app stopped in between).
  const built = buildOwed(raw);
  if (built > 0) console.error(`[database] built ${built} index(es) a large write had left owed`);
  const last = MIGRATIONS[MIGRATIONS.length - 1];
  const db = new SqliteDatabase(opts.file, dataSource, reader, raw, last ? new last().name : 'none', () => openReader(opts), upkeepInThread(opts, raw));
  followChainHead(db);
  return db;
}

/** After every write the audit chain's head is written beside the database (backup/chainHead.ts). */
function followChainHead(db: SqliteDatabase): void {
  db.onWrite(() => {
    try {
      writeHead(db.file, headOf(db.raw));
    } catch (err) {
      console.error('[audit] the chain head beside the database could not be written', err);
    }
  });
}

function upkeepInThread(opts: OpenOptions, raw: BetterSqlite3.Database): UpkeepThread | undefined {
  if (opts.upkeep !== 'thread') return undefined;
  raw.pragma('wal_autocheckpoint = 0');
  buildIndexesAside(raw);
  return new UpkeepThread(opts.file, opts.nativeBinding, (reason) => {
    console.error(`[database] WAL checkpoints back in the writer's commits: ${reason}`);
    if (raw.open) raw.pragma('wal_autocheckpoint = 1000');
  });
}

/** A query-only connection to the file (the reads' own, or a snapshot's). */
async function openReader(opts: OpenOptions): Promise<DataSource> {
  let conn: BetterSqlite3.Database | undefined;
  const reader = createDataSource(opts, (db) => (conn = db), 'reader');
  try {
    await reader.initialize();
  } catch (err) {
    closeQuietly(conn);
    throw err;
  }
  bindNumberParameters(reader);
  return reader;
}
