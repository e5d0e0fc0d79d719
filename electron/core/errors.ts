import { fill, messages } from '../../shared/i18n';
import type { AppErrorData, EditConflict, ErrorCode } from '../../shared/contract/errors';

/** Thrown by services; the handler table turns it into the contract's error value. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly details?: EditConflict,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toData(): AppErrorData {
    return {
      code: this.code,
      message: this.message,
      ...(this.fields ? { fields: this.fields } : {}),
      ...(this.details ? { details: this.details } : {}),
    };
  }
}

/** A file-system failure as the clerk should read it: a full disk is named, never hidden. */
export function fsError(err: unknown, file: string): AppError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return new AppError('DISK_FULL', fill(messages.errors.diskFull, { file }));
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new AppError('BAD_FILE', fill(messages.errors.fileNoAccess, { file }));
  if (code === 'ENOENT') return new AppError('NOT_FOUND', fill(messages.errors.fileMissing, { file }));
  return new AppError('BAD_FILE', fill(messages.errors.fileWrite, { file, reason: String((err as Error)?.message ?? err) }));
}

/**
 * SQLite gave up waiting for the write lock (busy_timeout, 5 s) or could not move a read to a write
 * because another process committed meanwhile (SQLITE_BUSY_SNAPSHOT): the command-line tool
 * importing while the app is open, a second copy of the app. TypeORM copies the driver's code onto
 * its QueryFailedError; a raw statement throws SqliteError itself.
 */
// PostgreSQL's words for a transaction it rolled back whole because another PC's held what it
// needed: a deadlock (40P01), a serialization failure (40001), a lock it could not take (55P03).
const PG_RETRYABLE = new Set(['40P01', '40001', '55P03']);

export function isBusy(err: unknown): boolean {
  const e = err as { code?: unknown; driverError?: { code?: unknown } } | undefined;
  const code = String(e?.code ?? e?.driverError?.code ?? '');
  return code.startsWith('SQLITE_BUSY') || PG_RETRYABLE.has(code) || (code === '' && /database is locked/i.test(String((err as Error)?.message)));
}

/** The clerk's reading of a busy database: nothing was written, try again. */
export function busyError(): AppError {
  return new AppError('BUSY', messages.errors.busy);
}

/**
 * The database's opener names a driver failure as DB_OPEN with the driver's words; one that only
 * met another process's write lock (its journal mode, its migrations check) is BUSY, not a fault
 * of the file.
 */
export function asBusyWhenLocked(err: unknown): unknown {
  if (isBusy(err)) return busyError();
  if (err instanceof AppError && err.code === 'DB_OPEN' && /database is locked/i.test(err.message)) return busyError();
  return err;
}
