import { z } from 'zod';
import { PostgresSettings } from '../../../../shared/contract';
import { APP_NAME } from '../../paths';
import { SEALER_KINDS } from './secretSealer';

// koneksi.json, beside the default database in the app's data folder: which database the app opens.
//   { "engine": "sqlite" }
//   { "engine": "postgres", "host", "port", "database", "user", "tls", "password": <sealed, base64>, "sealedBy" }
// No file: SQLite. The password is only ever stored sealed (secretSealer.ts).

export const CONNECTION_FILE = 'koneksi.json';

/** How long a connection attempt may take before the server counts as unreachable. */
export const CONNECT_TIMEOUT_MS = 5000;

const base64 = z.string().min(1).regex(/^[A-Za-z0-9+/]+={0,2}$/);

const StoredSqlite = z.object({ engine: z.literal('sqlite') });
const StoredPostgres = PostgresSettings.extend({
  engine: z.literal('postgres'),
  password: base64.optional(),
  /** Which sealer sealed `password`: only the same kind opens it. */
  sealedBy: z.enum(SEALER_KINDS).optional(),
});

/** The file's shape; keys a later release adds are let through (and dropped). */
export const StoredConnection = z.discriminatedUnion('engine', [StoredSqlite, StoredPostgres]);
export type StoredConnection = z.output<typeof StoredConnection>;
export type StoredPostgres = z.output<typeof StoredPostgres>;

export const SQLITE_CONNECTION: StoredConnection = { engine: 'sqlite' };

/** The server's settings alone (no password, no sealer), as connection:get shows them. */
export function settingsOf(s: StoredPostgres): PostgresSettings {
  return { host: s.host, port: s.port, database: s.database, user: s.user, tls: s.tls };
}

/** TLS as the app asks for it: the server's certificate must be one this PC trusts (no silent downgrade). */
function sslOf(s: PostgresSettings): false | { rejectUnauthorized: true } {
  return s.tls ? { rejectUnauthorized: true } : false;
}

/** The pg driver's (and TypeORM's postgres) connection options for these settings and password. */
export function toPgOptions(s: PostgresSettings, password: string, timeoutMs = CONNECT_TIMEOUT_MS) {
  return {
    host: s.host,
    port: s.port,
    database: s.database,
    user: s.user,
    password,
    ssl: sslOf(s),
    connectionTimeoutMillis: timeoutMs,
    // Shown in pg_stat_activity, so the server's keeper sees which connections are the app's.
    application_name: APP_NAME,
  };
}

/** The same as a postgres:// address (each part escaped; sslmode disable or verify-full). */
export function toPgUrl(s: PostgresSettings, password: string): string {
  const host = s.host.includes(':') ? `[${s.host}]` : s.host;
  const q = new URLSearchParams({ sslmode: s.tls ? 'verify-full' : 'disable', application_name: APP_NAME });
  return `postgres://${encodeURIComponent(s.user)}:${encodeURIComponent(password)}@${host}:${s.port}/${encodeURIComponent(s.database)}?${q.toString()}`;
}
