import os from 'node:os';
import { DataSource } from 'typeorm';
import { fill, messages } from '../../../../shared/i18n';
import { AppError } from '../../errors';
import { ENTITIES } from '../entities';
import { connectionError, connectionFailure, type ConnectionParams } from '../connection/connectionErrors';
import { isTooOld, serverVersionText } from '../connection/serverVersion';
import { POSTGRES_MIGRATIONS } from './migrations';
import { PostgresDatabase } from './postgresDatabase';

export interface PostgresOptions {
  /** postgres://user:password@host:port/database (the command line's --pg, or the settings' own). */
  url: string;
  /** TLS to the server (the settings' switch; `?sslmode=require` in a URL does the same). */
  tls?: boolean;
  /** Connections this PC keeps open to the server. */
  poolSize?: number;
  /** Names the PC in the server's list of sessions (pg_stat_activity). */
  applicationName?: string;
}

/** The server, port, database and user of a URL: what messages and the app show, never the password. */
export function paramsOf(url: string): ConnectionParams {
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port || 5432), database: decodeURIComponent(u.pathname.replace(/^\//, '')) || 'postgres', user: decodeURIComponent(u.username) };
}

export const labelOf = (p: ConnectionParams): string => `${p.user}@${p.host}:${p.port}/${p.database}`;

const KNOWN = new Set(POSTGRES_MIGRATIONS.map((m) => new m().name));

// Two PCs started at once must not both migrate: the first takes this lock, the second waits and
// then finds nothing left to run.
const MIGRATION_LOCK = 7314620;

export function createPostgresDataSource(opts: PostgresOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: opts.url,
    // TLS on: the server's certificate must be one this PC trusts (connectionSettings.ts), never a silent downgrade.
    ssl: opts.tls ? { rejectUnauthorized: true } : undefined,
    entities: ENTITIES,
    migrations: POSTGRES_MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    applicationName: opts.applicationName ?? `kemitraan-umkm@${os.hostname()}`,
    // At least two: the migration lock's session and the migrations' own.
    poolSize: Math.max(2, opts.poolSize ?? 8),
    // A server that stops answering must not hang a clerk's window: the pool gives up after 10 s.
    connectTimeoutMS: 10_000,
    extra: { idleTimeoutMillis: 60_000, statement_timeout: 120_000, idle_in_transaction_session_timeout: 300_000 },
  });
}

/**
 * Connects to the office's PostgreSQL database and brings its schema up to this version (the
 * baseline on an empty database). Each way the connection fails is its own clear message
 * (connectionErrors.ts); a database written by a newer app is refused as on SQLite.
 */
export async function openPostgres(opts: PostgresOptions): Promise<PostgresDatabase> {
  const params = paramsOf(opts.url);
  const dataSource = createPostgresDataSource(opts);
  try {
    await dataSource.initialize();
  } catch (err) {
    throw connectionError(err, params);
  }
  try {
    const [row] = (await dataSource.query(`SELECT current_setting('server_version_num')::int AS v`)) as Array<{ v: number }>;
    const v = Number(row?.v);
    if (isTooOld(v)) throw connectionFailure('tooOld', params, { version: serverVersionText(v) });
    await migrate(dataSource);
  } catch (err) {
    await dataSource.destroy().catch(() => undefined);
    if (err instanceof AppError) throw err;
    throw new AppError('DB_OPEN', fill(messages.errors.dbOpen, { reason: (err as Error).message }));
  }
  const last = POSTGRES_MIGRATIONS[POSTGRES_MIGRATIONS.length - 1];
  return new PostgresDatabase(labelOf(params), dataSource, last ? new last().name : 'none');
}

async function migrate(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
    const [has] = (await runner.query(`SELECT to_regclass('migrations') IS NOT NULL AS t`)) as Array<{ t: boolean }>;
    const applied = has?.t ? ((await runner.query(`SELECT name FROM migrations ORDER BY id`)) as Array<{ name: string }>).map((r) => r.name) : [];
    const unknown = applied.filter((n) => !KNOWN.has(n));
    if (unknown.length > 0) throw new AppError('DB_TOO_NEW', fill(messages.errors.dbTooNew, { names: unknown.join(', ') }));
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`).catch(() => undefined);
    await runner.release();
  }
}
