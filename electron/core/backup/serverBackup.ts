import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { fill, messages } from '../../../shared/i18n';
import { AppError } from '../errors';
import type { PostgresDb } from '../db/database';
import { openDatabase } from '../db/openDatabase';
import { hardenConnection } from '../db/sqlite/hardenConnection';
import { copyRegistry, writeOn, type CopyProgress } from '../db/transfer/copyRegistry';
import { headPath } from './chainHead';
import { createBackupWith, sealBackup, type BackupMeta, type CreatedBackup } from './createBackup';
import { removeQuietly, writeError } from './diskError';
import { inspectConnection } from './inspectDatabase';
import { manifestPath, type BackupManifest } from './manifest';
import { serverHome } from './serverHome';
import type { SnapshotFacts } from './snapshot';
import { databaseCompanions } from './stageBackup';

// A backup of the office's PostgreSQL registry is the same portable file a SQLite registry's is: a
// fresh SQLite database of this version's schema, filled by the copier from one snapshot of the
// server, checked, with its manifest signed by this PC's key. It restores on either engine.

export interface ServerBackupOptions {
  /** The driver build of the process (Electron's own in the desktop app). */
  nativeBinding?: string;
  onProgress?: (p: CopyProgress) => void;
}

/** The filled copy made one self-contained file (rollback journal, as VACUUM INTO writes one), forced to disk and checked. */
function settle(file: string, nativeBinding?: string): SnapshotFacts {
  const raw = new BetterSqlite3(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  let facts: SnapshotFacts;
  try {
    hardenConnection(raw);
    raw.pragma('journal_mode = DELETE');
    const ins = inspectConnection(raw, 'quick');
    facts = { intact: ins.intact, problems: ins.problems, applied: ins.applied, umkmCount: ins.umkmCount ?? 0 };
  } finally {
    raw.close();
  }
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return facts;
}

/**
 * A checked backup of the PostgreSQL registry at `dest`, with its manifest. The copy is built as
 * `<dest>.part` in batches (the core's other calls are answered between them) and renamed only once
 * its counts agreed with the server's, its quick_check passed and its manifest is beside it.
 */
export async function writeServerBackup(db: PostgresDb, dest: string, meta: BackupMeta, opts: ServerBackupOptions = {}): Promise<BackupManifest> {
  const target = path.resolve(dest);
  const part = `${target}.part`;
  const manifestFile = manifestPath(target);
  // The copy's journal files and the chain head its connection writes beside it go with it.
  const scraps = () => [part, ...databaseCompanions(part), headPath(part)];
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    removeQuietly(...scraps());
    const copy = await openDatabase({ file: part, nativeBinding: opts.nativeBinding });
    try {
      await copyRegistry(db, writeOn(copy), { onProgress: opts.onProgress });
    } finally {
      await copy.close();
    }
    removeQuietly(headPath(part));
    const facts = settle(part, opts.nativeBinding);
    if (!facts.intact) throw new AppError('DB_DAMAGED', fill(messages.backupErrors.damaged, { file: target, detail: facts.problems.join('; ') }));
    return await sealBackup(part, target, facts, meta, serverHome());
  } catch (err) {
    removeQuietly(...scraps(), manifestFile, `${manifestFile}.part`);
    throw writeError(err, target);
  }
}

/** A new backup of the PostgreSQL registry in `dir`, named by the date and time it was made. */
export function createServerBackup(db: PostgresDb, dir: string, meta: BackupMeta, opts: ServerBackupOptions = {}): Promise<CreatedBackup> {
  return createBackupWith(dir, meta, (file, m) => writeServerBackup(db, file, m, opts));
}
