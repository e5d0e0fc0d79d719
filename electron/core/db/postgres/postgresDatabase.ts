import type { DataSource } from 'typeorm';
import { Abandon, DatabaseClosedError, type PostgresDb, type Tx } from '../database';
import { Turns } from '../../turns';
import { postgresDialect } from './postgresDialect';

/**
 * PostgreSQL behind the Database interface: a pool gives every transaction its own connection, so
 * reads never wait for a write and several PCs write at once, each in its own transaction (the
 * server's locks and unique constraints decide between them). Within this process writes still
 * take turns, as on SQLite: a service's write is one transaction, whole or not at all.
 */
export class PostgresDatabase implements PostgresDb {
  readonly kind = 'postgres' as const;
  readonly sql = postgresDialect;
  private readonly lock = new Turns();
  private isClosed = false;
  private readonly writeListeners: Array<() => void> = [];

  constructor(
    /** The server and database, without the password (what the app shows and the audit names). */
    readonly label: string,
    readonly dataSource: DataSource,
    readonly schemaVersion: string,
  ) {}

  get closed(): boolean {
    return this.isClosed;
  }

  onWrite(listener: () => void): void {
    this.writeListeners.push(listener);
  }

  async read<T>(work: (tx: Tx) => Promise<T> | T): Promise<T> {
    if (this.isClosed) throw new DatabaseClosedError();
    return await work({ em: this.dataSource.manager, writing: false, sql: postgresDialect });
  }

  async snapshot<T>(work: (tx: Tx) => Promise<T> | T): Promise<T> {
    if (this.isClosed) throw new DatabaseClosedError();
    // REPEATABLE READ: every statement sees the moment of the first, however long the export runs.
    return await this.dataSource.transaction('REPEATABLE READ', async (em) => {
      await em.query('SET TRANSACTION READ ONLY');
      return await work({ em, writing: false, sql: postgresDialect });
    });
  }

  write<T>(work: (tx: Tx) => Promise<T> | T): Promise<T> {
    return this.lock.run(async () => {
      if (this.isClosed) throw new DatabaseClosedError();
      return this.dataSource
        .transaction(async (em) => await work({ em, writing: true, sql: postgresDialect }))
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
        return await work({ em: this.dataSource.manager, writing: true, sql: postgresDialect });
      } finally {
        this.afterWrite();
      }
    });
  }

  private afterWrite(): void {
    if (this.isClosed) return;
    for (const listener of this.writeListeners) listener();
  }

  async close(): Promise<void> {
    this.isClosed = true;
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
