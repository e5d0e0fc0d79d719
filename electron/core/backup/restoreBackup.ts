import { sqliteOnly } from '../db/sqliteOnly';
import fs from 'node:fs';
import path from 'node:path';
import type { RestoreResult } from '../../../shared/contract/backup';
import { fill, messages } from '../../../shared/i18n';
import type { Scope } from '../scope';
import { AppError } from '../errors';
import { backupsDirFor } from '../paths';
import { createBackup } from './createBackup';
import type { Core } from '../core';
import { reopenDatabase } from './databaseOpener';
import { removeQuietly } from './diskError';
import { installStaged, stageBackup } from './stageBackup';

/**
 * Replaces the open database with a backup: the backup is copied and checked first, then a safety
 * copy of the current database is made; only then is the connection closed, the file swapped and
 * reopened (migrating an older backup forward) and the Core pointed at it. Until the swap every
 * refusal leaves the current database as it was; a failure after it puts the safety copy back.
 * Runs under the write lock of the database it replaces (Database.exclusive).
 */
export async function restoreBackup(ctx: Scope, source: { file: string; label?: string; trustSource?: boolean }, now = new Date()): Promise<RestoreResult> {
  const core = ctx.core;
  const current = sqliteOnly(core.db, messages.backupEngine.restoreWhat);
  const dbFile = path.resolve(current.file);
  const label = source.label ?? path.basename(source.file);
  const staged = await stageBackup(source.file, dbFile, { label, nativeBinding: core.config.nativeBinding, trustSource: source.trustSource });
  try {
    const safety = await createBackup(current.raw, backupsDirFor(dbFile), { appVersion: core.appVersion, kind: 'pre-restore', now });
    await core.db.close();
    try {
      installStaged(staged.file, dbFile);
      core.replaceDatabase(await reopenDatabase(core, dbFile));
    } catch (err) {
      await putBack(core, safety.file, dbFile);
      throw new AppError(err instanceof AppError && err.code === 'DISK_FULL' ? 'DISK_FULL' : 'BAD_FILE', fill(messages.backupErrors.restoreFailed, { reason: (err as Error).message }));
    }
    const { inspection } = staged;
    return {
      restoredFrom: label,
      safetyCopy: safety.name,
      schemaVersion: core.db.schemaVersion,
      migratedFrom: inspection.standing === 'older' ? inspection.schemaVersion : null,
      umkmCount: await core.read((s) => s.umkm.countActive()),
      unverifiedSource: staged.source === 'unverified',
    };
  } finally {
    staged.discard();
  }
}

async function putBack(core: Core, safetyFile: string, dbFile: string): Promise<void> {
  const part = `${dbFile}.putback.part`;
  try {
    fs.copyFileSync(safetyFile, part);
    installStaged(part, dbFile);
  } finally {
    removeQuietly(part);
  }
  core.replaceDatabase(await reopenDatabase(core, dbFile));
}
