import type BetterSqlite3 from 'better-sqlite3';
import type { DataSource } from 'typeorm';
import { Abandon, DatabaseClosedError, type SqliteDb, type Tx } from '../database';
import { Turns } from '../../turns';
import { sqliteDialect } from './sqliteDialect';
import type { UpkeepThread } from './upkeepThread';
import { buildOwed, owedIndexes } from './owedIndexes';

/**
 * SQLite behind the Database interface: the writer's connection under one lock, and a second,
 * query-only connection for reads (WAL lets it read the last commit while a write is open).
 * PostgreSQL needs neither (postgres/postgresDatabase.ts): a pool gives every transaction its own connection.
 */
export class SqliteDatabase implements SqliteDb {
  readonly kind = 'sqlite' as const;
  readonly sql = sqliteDialect;
  private readonly lock = new Turns();
  private isClosed = false;
  /** A snapshot's connection kept for the next one: opening one builds TypeORM's metadata, ~150 ms on the core's thread. */
  private idleSnapshot: DataSource | undefined;
  private readonly writeListeners: Array<() => void> = [];

  constructor(
    readonly file: string,
    readonly dataSource: DataSource,
    private readonly reader: DataSource,
    readonly raw: BetterSqlite3.Database,
    readonly schemaVersion: string,
    /** Opens one more query-only connection (a snapshot's own). */
    private readonly openReader: () => Promise<DataSource>,
    /** Set where a thread of its own checkpoints the WAL and builds owed indexes (the core serving a window). */
    private readonly upkeep?: UpkeepThread,
  ) {}

  get closed(): boolean {
    return this.isClosed;
  }

  onWrite(listener: () => void): void {
    this.writeListeners.push(listener);
  }

  async read<T>(work: (tx: Tx) => Promise<T> | T): Promise<T> {
    if (this.isClosed) throw new DatabaseClosedError();
    return await work({ em: this.reader.manager, writing: false, sql: sqliteDialect });
  }

  async snapshot<T>(work: (tx: Tx) => Promise<T> | T): Promise<T> {
    if (this.isClosed) throw new DatabaseClosedError();
    // WAL: a read transaction keeps the moment of its first read until it ends. One connection is
    // kept between snapshots; two at once (two exports) each have their own.
    const own = this.idleSnapshot ?? (await this.openReader());
    this.idleSnapshot = undefined;
    try {
      return await own.transaction(async (em) => await work({ em, writing: false, sql: sqliteDialect }));
    } finally {
      if (this.isClosed || this.idleSnapshot) await own.destroy();
      else this.idleSnapshot = own;
    }
  }

  write<T>(work: (tx: Tx) => Promise<T> | T): Promise<T> {
    return this.lock.run(async () => {
      if (this.isClosed) throw new DatabaseClosedError();
      return this.dataSource
        .transaction(async (em) => await work({ em, writing: true, sql: sqliteDialect }))
        .catch((err: unknown): T => {
          if (err instanceof Abandon) return err.value as T;
          throw err;
        })
        .finally(() => this.afterWrite());
    });
  }

  exclusive<T>(work: (tx: Tx) => Promise<T> | T): Promise<T> {
    return this.lock.run(async () => {
      if (this.isClosed) throw new DatabaseClosedError();
      try {
        return await work({ em: this.dataSource.manager, writing: true, sql: sqliteDialect });
      } finally {
        await this.afterWrite();
      }
    });
  }

  /**
   * Still under the write lock: the indexes the write left owed are built in the upkeep thread
   * (other writes wait, reads go on), then the WAL is checkpointed there.
   */
  private async afterWrite(): Promise<void> {
    if (this.isClosed) return;
    for (const listener of this.writeListeners) listener();
    if (!this.upkeep) return;
    if (owedIndexes(this.raw).length > 0 && !(await this.upkeep.buildIndexes())) buildOwed(this.raw);
    this.upkeep.nudge();
  }

  async close(): Promise<void> {
    this.isClosed = true;
    await this.upkeep?.close();
    if (this.idleSnapshot?.isInitialized) await this.idleSnapshot.destroy();
    this.idleSnapshot = undefined;
    if (this.reader.isInitialized) await this.reader.destroy();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
