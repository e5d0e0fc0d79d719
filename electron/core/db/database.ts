import type BetterSqlite3 from 'better-sqlite3';
import type { DataSource, EntityManager } from 'typeorm';
import type { Dialect } from './dialect';

/**
 * One unit of work: what a service reads and writes through. Inside a write it is the write
 * transaction's manager; on a read it is the reading connection's.
 */
export interface Tx {
  em: EntityManager;
  /** True inside Database.write or exclusive: the writer's connection, the lock held. */
  writing: boolean;
  /** What only this engine does (search index, bulk inserts), for this unit of work. */
  sql: Dialect;
}

/** What every open database offers, whichever engine is behind it. */
interface DatabaseBase {
  readonly schemaVersion: string;
  /** This engine's side of the engine-specific concerns (also on every Tx). */
  readonly sql: Dialect;
  /** The writer's DataSource (migrations, the writer's manager). */
  readonly dataSource: DataSource;
  /** Heard after every write and exclusive unit of work ends, committed or not (the audit chain's head). */
  onWrite(listener: () => void): void;
  /** Reads on their own connection: never waits for a writer, sees only what is committed. */
  read<T>(work: (tx: Tx) => Promise<T> | T): Promise<T>;
  /**
   * A read that sees one moment however long it runs (an export in chunks): its own connection
   * and read transaction, so neither a writer nor the other reads wait for it.
   */
  snapshot<T>(work: (tx: Tx) => Promise<T> | T): Promise<T>;
  /** One transaction under the write lock: committed whole when `work` resolves, rolled back when it throws. */
  write<T>(work: (tx: Tx) => Promise<T> | T): Promise<T>;
  /** The write lock without a transaction: for what SQLite refuses inside one (VACUUM INTO, a restore). */
  exclusive<T>(work: (tx: Tx) => Promise<T> | T): Promise<T>;
  readonly closed: boolean;
  close(): Promise<void>;
}

/** The embedded registry: one SQLite file on this PC. */
export interface SqliteDb extends DatabaseBase {
  readonly kind: 'sqlite';
  /** The database file. */
  readonly file: string;
  /**
   * The file's own connection (the writer's), for what works on the file as a whole: a backup with
   * VACUUM INTO and the integrity checks. Services never use it.
   */
  readonly raw: BetterSqlite3.Database;
}

/** The office's shared registry: a database on a PostgreSQL server on the LAN. */
export interface PostgresDb extends DatabaseBase {
  readonly kind: 'postgres';
  /** Server, port and database, never the password: what the app shows and the audit names. */
  readonly label: string;
}

/** The open database, whichever engine is behind it. */
export type Database = SqliteDb | PostgresDb;

/** Where the registry is, for a message or a log: the file, or the server and database. */
export const whereIs = (db: Database): string => (db.kind === 'sqlite' ? db.file : db.label);

/**
 * Thrown from inside a write to roll it back and still answer with `value` (a cancelled import
 * reports what it would have done, and stores nothing).
 */
export class Abandon<T = unknown> extends Error {
  constructor(readonly value: T) {
    super('The write was abandoned and rolled back.');
    this.name = 'Abandon';
  }
}

/** Thrown to a caller that waited for the lock of a database that a restore has since closed. */
export class DatabaseClosedError extends Error {
  constructor() {
    super('The database was closed while this call waited for it.');
    this.name = 'DatabaseClosedError';
  }
}
