import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { fill, messages } from '../../../shared/i18n';
import { AppError } from '../errors';
import { schemaStanding, type SchemaStanding } from './knownMigrations';
import { hardenConnection } from '../db/sqlite/hardenConnection';

export interface Inspection {
  /** integrity_check (or quick_check) said "ok". */
  intact: boolean;
  /** The check's first complaints (or why the file could not be read at all). */
  problems: string[];
  applied: string[];
  pending: string[];
  unknown: string[];
  standing: SchemaStanding;
  /** The last migration the file records, or null. */
  schemaVersion: string | null;
  umkmCount: number | null;
}

export type CheckMode = 'quick' | 'full';

export interface InspectOptions {
  /** quick_check at every start (about a sixth of the time); the full integrity_check before trusting a backup. */
  mode?: CheckMode;
  nativeBinding?: string;
  /**
   * Remove the empty -wal and -shm a read-only connection leaves beside the file, when they were not
   * there before: only for a private copy nobody else opens (a staged backup). Beside the live
   * registry they may be another process's, opened in between: deleting them would lose its commits.
   */
  tidy?: boolean;
}

const MAX_PROBLEMS = 10;

function tableExists(db: BetterSqlite3.Database, name: string): boolean {
  return Boolean(db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name));
}

/** The integrity check and schema history of an open connection; only reads. */
export function inspectConnection(db: BetterSqlite3.Database, mode: CheckMode = 'quick'): Inspection {
  const result: Inspection = { intact: false, problems: [], applied: [], pending: [], unknown: [], standing: 'foreign', schemaVersion: null, umkmCount: null };
  try {
    const pragma = mode === 'full' ? 'integrity_check' : 'quick_check';
    const lines = (db.pragma(`${pragma}(${MAX_PROBLEMS})`) as Array<Record<string, string>>).map((r) => String(Object.values(r)[0]));
    result.intact = lines.length === 1 && lines[0] === 'ok';
    if (!result.intact) result.problems = lines;
    if (tableExists(db, 'migrations')) {
      result.applied = (db.prepare(`SELECT name FROM migrations ORDER BY id`).all() as Array<{ name: string }>).map((r) => r.name);
    }
    Object.assign(result, schemaStanding(result.applied));
    result.schemaVersion = result.applied[result.applied.length - 1] ?? null;
    if (tableExists(db, 'umkm')) result.umkmCount = (db.prepare(`SELECT COUNT(*) AS n FROM umkm WHERE deleted_at IS NULL`).get() as { n: number }).n;
  } catch (err) {
    // Not SQLite at all, or damaged past reading its schema.
    result.intact = false;
    result.problems = [...result.problems, (err as Error).message];
  }
  return result;
}

/**
 * Reads a database file without ever writing to it (read-only connection, no migrations), so a
 * damaged file or a backup under test stays exactly as it was.
 */
export function inspectDatabase(file: string, opts: InspectOptions = {}): Inspection & { file: string; size: number } {
  if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', fill(messages.errors.fileMissing, { file }));
  const size = fs.statSync(file).size;
  // A read-only connection to a WAL-mode file creates empty -wal and -shm files. A private copy
  // (opts.tidy) and a damaged file (refused, kept exactly as found for its recovery) are left as
  // found; beside an intact live registry they stay (see InspectOptions.tidy).
  const created = [`${file}-wal`, `${file}-shm`].filter((f) => !fs.existsSync(f));
  let db: BetterSqlite3.Database | undefined;
  let found: Inspection & { file: string; size: number };
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true, nativeBinding: opts.nativeBinding });
    hardenConnection(db);
    found = { file, size, ...inspectConnection(db, opts.mode) };
  } catch (err) {
    found = { file, size, intact: false, problems: [(err as Error).message], applied: [], pending: [], unknown: [], standing: 'foreign', schemaVersion: null, umkmCount: null };
  } finally {
    if (db?.open) db.close();
  }
  if (opts.tidy || !found.intact) for (const f of created) if (fs.existsSync(f) && (f.endsWith('-shm') || fs.statSync(f).size === 0)) fs.rmSync(f, { force: true });
  return found;
}
