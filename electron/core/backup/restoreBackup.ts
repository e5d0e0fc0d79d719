import fs from 'node:fs';
import path from 'node:path';
import type { RestoreResult } from '../../../shared/contract/backup';
import { fill, messages } from '../../../shared/i18n';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { backupsDirFor } from '../paths';
import { replaceDatabase } from '../replaceDatabase';
import { createBackup } from './createBackup';
import { nativeBindingOf, reopenDatabase } from './databaseOpener';
import { removeQuietly } from './diskError';
import { installStaged, stageBackup } from './stageBackup';

/**
 * Replaces the open database with a backup: the backup is copied and checked first, then a safety
 * copy of the current database is made; only then is the connection closed, the file swapped and
 * reopened (migrating an older backup forward) and the context pointed at it. Until the swap every
 * refusal leaves the current database as it was; a failure after it puts the safety copy back.
 */
export async function restoreBackup(ctx: AppContext, source: { file: string; label?: string }, now = new Date()): Promise<RestoreResult> {
  const dbFile = path.resolve(ctx.db.file);
  const label = source.label ?? path.basename(source.file);
  const staged = await stageBackup(source.file, dbFile, { label, nativeBinding: nativeBindingOf(ctx) });
  try {
    const safety = await createBackup(ctx.db.raw, backupsDirFor(dbFile), { appVersion: ctx.appVersion, kind: 'pre-restore', now });
    await ctx.db.close();
    try {
      installStaged(staged.file, dbFile);
      replaceDatabase(ctx, await reopenDatabase(ctx, dbFile));
    } catch (err) {
      await putBack(ctx, safety.file, dbFile);
      throw new AppError(err instanceof AppError && err.code === 'DISK_FULL' ? 'DISK_FULL' : 'BAD_FILE', fill(messages.backupErrors.restoreFailed, { reason: (err as Error).message }));
    }
    const { inspection } = staged;
    return {
      restoredFrom: label,
      safetyCopy: safety.name,
      schemaVersion: ctx.db.schemaVersion,
      migratedFrom: inspection.standing === 'older' ? inspection.schemaVersion : null,
      umkmCount: await ctx.umkm.countActive(),
    };
  } finally {
    staged.discard();
  }
}

async function putBack(ctx: AppContext, safetyFile: string, dbFile: string): Promise<void> {
  const part = `${dbFile}.putback.part`;
  try {
    fs.copyFileSync(safetyFile, part);
    installStaged(part, dbFile);
  } finally {
    removeQuietly(part);
  }
  replaceDatabase(ctx, await reopenDatabase(ctx, dbFile));
}
