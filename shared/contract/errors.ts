// Errors are values: they cross every adapter as data with a stable code.
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'DUPLICATE',
  'CONFLICT',
  /** A save made on a version of the record another clerk has changed or deleted since: nothing was written (details: EditConflict). */
  'EDIT_CONFLICT',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN',
  'DB_TOO_NEW',
  'DB_OPEN',
  'DB_DAMAGED',
  /** The PostgreSQL server could not be reached or refused us (the reason: connectionErrors.ts), or koneksi.json is unreadable. */
  'DB_CONNECTION',
  'BAD_FILE',
  /** A file above its limit (an attachment over 10 MB): refused before it is read. */
  'FILE_TOO_LARGE',
  /** A backup this installation did not sign: restored only with an admin's word (backup:restore's trustPassword). */
  'UNVERIFIED_BACKUP',
  'DISK_FULL',
  /** Another process (the command-line tool, a second app) held the database's write lock past busy_timeout. */
  'BUSY',
  'CANCELLED',
  'UNAVAILABLE',
  'UNAUTHENTICATED',
  'SESSION_LOCKED',
  'TOO_MANY_ATTEMPTS',
  /** A write that found warnings (bantuan: help again within the period, not a UMKM, inactive) the clerk has not confirmed: nothing was written. */
  'NEEDS_CONFIRMATION',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorData {
  code: ErrorCode;
  /** Indonesian, ready to show. */
  message: string;
  /** Field path ("nik", "supports.0.value") to its Indonesian message. */
  fields?: Record<string, string>;
  /** EDIT_CONFLICT: the record as it stands now. */
  details?: EditConflict;
}

/** Who changed (or deleted) the record since the clerk's form opened it, when, and its version now. */
export interface EditConflict {
  /** Username of that change; null when the app did not know it (a change made before versions were kept). */
  updatedBy: string | null;
  /** ISO instant of that change (of the delete, for a deleted record). */
  updatedAt: string;
  version: number;
  deleted: boolean;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

export function isAppErrorData(v: unknown): v is AppErrorData {
  return typeof v === 'object' && v !== null && typeof (v as AppErrorData).code === 'string' && typeof (v as AppErrorData).message === 'string';
}
