import fs from 'node:fs';
import { AppError, fsError } from '../errors';

/**
 * A failed write as the clerk should read it. SQLite reports a full disk as SQLITE_FULL (and
 * sometimes as SQLITE_IOERR_WRITE), Node as ENOSPC: both are DISK_FULL.
 */
export function writeError(err: unknown, file: string): AppError {
  if (err instanceof AppError) return err;
  return fsError(isDiskFull(err) ? { code: 'ENOSPC' } : err, file);
}

export function isDiskFull(err: unknown): boolean {
  const code = String((err as { code?: unknown })?.code ?? '');
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT' || /database or disk is full/i.test(String((err as Error)?.message));
}

/** Removes files a failed write left behind; never throws over the error being reported. */
export function removeQuietly(...files: string[]): void {
  for (const f of files) {
    try {
      fs.rmSync(f, { force: true });
    } catch {
      // Nothing more to do: the caller is already reporting the failure.
    }
  }
}
