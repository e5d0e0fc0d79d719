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
