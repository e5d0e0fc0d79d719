import { fill, messages } from '../../shared/i18n';
import type { AppErrorData, ErrorCode } from '../../shared/contract/errors';

/** Thrown by services; the handler table turns it into the contract's error value. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toData(): AppErrorData {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
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
export function isBusy(err: unknown): boolean {
  const e = err as { code?: unknown; driverError?: { code?: unknown } } | undefined;
  const code = String(e?.code ?? e?.driverError?.code ?? '');
  return code.startsWith('SQLITE_BUSY') || (code === '' && /database is locked/i.test(String((err as Error)?.message)));
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
