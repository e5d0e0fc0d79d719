import fs from 'node:fs';
import { fill, messages } from '../../../shared/i18n';
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

/**
 * Below this, SQLite cannot even create a database's shared-memory index (32 KB) or write a page
 * of its log: the disk is full for the app's purposes, whatever few bytes remain.
 */
const NEARLY_FULL_BYTES = 1024 * 1024;

/** Whether the disk holding `dir` has (almost) no room left for this account; false when it cannot be told. */
export function diskFullAt(dir: string): boolean {
  try {
    const s = fs.statfsSync(dir);
    return s.bavail * s.bsize < NEARLY_FULL_BYTES;
  } catch {
    return false;
  }
}

/**
 * Whether a database that would not open or check is explained by a full disk rather than damage.
 * On a full disk SQLite cannot create the WAL's shared-memory file and answers "disk I/O error"
 * (or "database or disk is full"): the file itself is sound, and offering to replace it with a
 * backup would be wrong (and would fail for the same lack of room).
 */
export function fullDiskExplains(problems: readonly string[], dir: string): boolean {
  if (problems.some((p) => /database or disk is full/i.test(p))) return true;
  return problems.some((p) => /disk I\/O error|unable to open database file/i.test(p)) && diskFullAt(dir);
}

/** The start-up's refusal on a full disk: the database is named, and no restore is offered. */
export function diskFullAtStart(file: string): AppError {
  return new AppError('DISK_FULL', fill(messages.errors.diskFullAtStart, { file }));
}
