import fs from 'node:fs';
import path from 'node:path';
import { fill, messages } from '../../../shared/i18n';
import { AppError } from '../errors';
import { removeQuietly, writeError } from './diskError';
import { inspectDatabase, type Inspection } from './inspectDatabase';
import { readManifest, sha256File } from './manifest';
import { installationKey, signatureValid } from './backupKey';
import { schemaChanges } from './schemaCheck';
import { fileAuditChain } from './chainCheck';
import { checkCarriedLampiran } from './lampiranBackup';

export interface StagedBackup {
  /** A checked copy beside the database file (same file system, so installing it is one rename). */
  file: string;
  inspection: Inspection;
  /** Signed by this installation (backupKey.ts), or restored on an admin's word that they trust its source. */
  source: 'verified' | 'unverified';
  discard(): void;
}

const companions = (file: string) => [`${file}-wal`, `${file}-shm`, `${file}-journal`];

/**
 * Copies a backup next to the database and checks the copy, not the original, so what is checked
 * is exactly what is installed: the checksum against its manifest when one is beside it, the full
 * integrity_check, and a schema history this app knows (older is fine: it is migrated forward).
 * Any refusal removes the copy; the database is never touched here.
 */
export async function stageBackup(source: string, dbFile: string, opts: { label?: string; nativeBinding?: string; trustSource?: boolean } = {}): Promise<StagedBackup> {
  const label = opts.label ?? path.basename(source);
  if (!fs.existsSync(source)) throw new AppError('NOT_FOUND', fill(messages.errors.fileMissing, { file: label }));
  const staged = path.join(path.dirname(path.resolve(dbFile)), `.${path.basename(dbFile)}.restore.part`);
  const discard = () => removeQuietly(staged, ...companions(staged));
  discard();
  try {
    fs.copyFileSync(source, staged);
  } catch (err) {
    discard();
    throw writeError(err, dbFile);
  }
  try {
    const manifest = readManifest(source);
    const verified = manifest !== null && signatureValid(manifest, installationKey(dbFile, false));
    // Unsigned (no manifest, a manifest recomputed, or a backup made on another PC): only on an admin's word.
    if (!verified && !opts.trustSource) throw new AppError('UNVERIFIED_BACKUP', fill(messages.backupErrors.unverified, { file: label }));
    if (manifest && (await sha256File(staged)) !== manifest.sha256) {
      throw new AppError('BAD_FILE', fill(messages.backupErrors.checksumMismatch, { file: label }));
    }
    const inspection = inspectDatabase(staged, { mode: 'full', nativeBinding: opts.nativeBinding, tidy: true });
    refuseUnfit(inspection, label);
    // Exactly the schema its migrations make: a backup whose audit triggers were dropped, or that
    // gained one deleting audit rows, is refused however intact it is.
    const changed = await schemaChanges(staged, inspection.schemaVersion, opts.nativeBinding);
    // A read-only look at a WAL-mode file can leave -shm beside it; it must not follow the copy.
    removeQuietly(...companions(staged));
    if (changed.length > 0) throw new AppError('BAD_FILE', fill(messages.backupErrors.schemaChangedBackup, { file: label, details: changed.slice(0, 5).join('; ') }));
    // Its audit trail links up from the first line to the last (rows rewritten around the triggers break it).
    const chain = fileAuditChain(staged, inspection, null);
    removeQuietly(...companions(staged));
    if (!chain.ok) throw new AppError('BAD_FILE', fill(messages.auditChain.backupBroken, { file: label, problem: chain.problem ?? '' }));
    // The attachments it carries are those it was made with, file by file.
    checkCarriedLampiran(staged, label, opts.nativeBinding);
    removeQuietly(...companions(staged));
    return { file: staged, inspection, source: verified ? 'verified' : 'unverified', discard };
  } catch (err) {
    discard();
    throw err;
  }
}

function refuseUnfit(ins: Inspection, file: string): void {
  const notSqlite = ins.problems.some((p) => /not a database|file is encrypted/i.test(p));
  if (notSqlite || (ins.intact && ins.applied.length === 0)) throw new AppError('BAD_FILE', fill(messages.backupErrors.notBackup, { file }));
  if (!ins.intact) throw new AppError('BAD_FILE', fill(messages.backupErrors.backupDamaged, { file, detail: ins.problems.slice(0, 3).join('; ') }));
  if (ins.standing === 'newer') throw new AppError('DB_TOO_NEW', fill(messages.backupErrors.tooNew, { file, names: ins.unknown.join(', ') }));
  if (ins.standing === 'foreign') throw new AppError('BAD_FILE', fill(messages.backupErrors.strangeMigrations, { file, names: ins.applied.join(', ') }));
}

/** Puts a staged file in place of the database; the old WAL and shared-memory files go with the old file. */
export function installStaged(staged: string, dbFile: string): void {
  removeQuietly(...companions(dbFile));
  fs.renameSync(staged, dbFile);
}

export { companions as databaseCompanions };
