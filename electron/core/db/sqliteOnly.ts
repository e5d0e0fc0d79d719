import { fill, messages } from '../../../shared/i18n';
import { AppError } from '../errors';
import type { Database, SqliteDb } from './database';

/**
 * What works on the SQLite file itself (its integrity check, its chain head beside it): refused,
 * with a clear message naming `what`, on a shared PostgreSQL registry.
 */
export function sqliteOnly(db: Database, what: string): SqliteDb {
  if (db.kind !== 'sqlite') throw new AppError('UNAVAILABLE', fill(messages.errors.sqliteOnly, { what }));
  return db;
}
