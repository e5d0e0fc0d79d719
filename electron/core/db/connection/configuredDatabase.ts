import path from 'node:path';
import { openPostgres } from '../postgres/openPostgres';
import type { PostgresDatabase } from '../postgres/postgresDatabase';
import { connectionFilePath, readConnection } from './connectionFile';
import { fileSealer } from './fileSealer';
import { openPassword } from './openPassword';
import type { SecretSealer } from './secretSealer';
import { settingsOf, toPgUrl } from './connectionSettings';

/**
 * The office's PostgreSQL registry when the admin chose it (koneksi.json in the data folder beside
 * the default database), opened with the saved password; null when the app uses its SQLite file.
 * A damaged settings file, a password that cannot be opened, or a server that refuses: each throws
 * its clear message, and the app does not fall back to the SQLite file unasked.
 */
export async function openConfiguredPostgres(databaseFile: string, sealer?: SecretSealer): Promise<PostgresDatabase | null> {
  const dir = path.dirname(path.resolve(databaseFile));
  const stored = readConnection(dir);
  if (stored.engine !== 'postgres') return null;
  const password = await openPassword(stored, sealer ?? fileSealer(dir), connectionFilePath(dir));
  return openPostgres({ url: toPgUrl(settingsOf(stored), password ?? ''), tls: stored.tls });
}
