import path from 'node:path';
import type { RestoreResult } from '../../../shared/contract/backup';
import { fill, messages } from '../../../shared/i18n';
import type { Caller } from '../auth/caller';
import { recheckSessionsNow } from '../auth/sessionRecheck';
import type { Core } from '../core';
import type { PostgresDb } from '../db/database';
import { openDatabase } from '../db/openDatabase';
import { copyRegistry, transactionOn } from '../db/transfer/copyRegistry';
import { emptyRegistry } from '../db/transfer/emptyRegistry';
import { AppError } from '../errors';
import { backupsDirOf } from '../paths';
import { carryTrail } from './carryTrail';
import { headPath } from './chainHead';
import { removeQuietly } from './diskError';
import { recordRestore } from './restoreAudit';
import { createServerBackup } from './serverBackup';
import { serverHome } from './serverHome';
import { stageBackup } from './stageBackup';

/**
 * Restores a backup into the office's PostgreSQL registry, under its write lock in this process
 * (Database.exclusive). The backup is checked exactly as for SQLite (stageBackup: checksum,
 * signature, integrity, schema, audit chain) and migrated forward in its staged copy; a safety
 * backup of the server's registry is made; then one transaction on the server empties the app's
 * tables, fills them from the staged copy (the copier: counts compared), carries the trail's lines
 * written after the backup and records the restore. Any refusal leaves the server as it was. The
 * sessions are checked against the restored accounts afterwards.
 */
export async function restoreServer(
  core: Core,
  db: PostgresDb,
  source: { file: string; label?: string; trustSource?: boolean },
  caller: Caller,
  now = new Date(),
): Promise<RestoreResult> {
  const label = source.label ?? path.basename(source.file);
  const nativeBinding = core.config.nativeBinding;
  const staged = await stageBackup(source.file, serverHome(), { label, nativeBinding, trustSource: source.trustSource });
  let result: RestoreResult | undefined;
  try {
    // An older backup is migrated forward here, in the staged copy, never in the backup itself.
    const from = await openDatabase({ file: staged.file, nativeBinding });
    try {
      const safety = await createServerBackup(db, backupsDirOf(db), { appVersion: core.appVersion, kind: 'pre-restore', now }, { nativeBinding });
      await copyRegistry(from, transactionOn(db), {
        prepare: (dst) => emptyRegistry(dst),
        finish: async (dst) => {
          const restored = core.scope(dst);
          const carried = await carryTrail(restored, safety.name);
          const { inspection } = staged;
          result = {
            restoredFrom: label,
            safetyCopy: safety.name,
            schemaVersion: db.schemaVersion,
            migratedFrom: inspection.standing === 'older' ? inspection.schemaVersion : null,
            umkmCount: await restored.umkm.countActive(),
            unverifiedSource: staged.source === 'unverified',
          };
          await recordRestore(restored.audit, caller, result, null, carried);
        },
      });
    } finally {
      await from.close();
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('BAD_FILE', fill(messages.transfer.errors.restoreFailed, { reason: (err as Error).message }));
  } finally {
    staged.discard();
    removeQuietly(headPath(staged.file));
  }
  // The accounts are the backup's now: a session whose account it lacks (or holds otherwise) ends.
  for (const key of await recheckSessionsNow(core.auth.sessions, db)) core.events.emit('auth:changed', { locked: false }, key);
  return result!;
}
