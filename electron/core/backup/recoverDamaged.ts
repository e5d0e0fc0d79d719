import fs from 'node:fs';
import path from 'node:path';
import type { RestoreResult } from '../../../shared/contract/backup';
import { AuditLog } from '../audit/auditLog';
import type { Caller } from '../auth/caller';
import type { SqliteDb } from '../db/database';
import { backupsDirFor } from '../paths';
import { stamp } from './backupNames';
import { writeError } from './diskError';
import { recordRestore } from './restoreAudit';
import { databaseCompanions, installStaged, stageBackup } from './stageBackup';

export interface Recovery {
  restoredFrom: string;
  /** Where the damaged file was moved (kept for the record, never listed as a backup); null when there was none. */
  aside: string | null;
  migratedFrom: string | null;
  unverifiedSource: boolean;
}

/**
 * Puts a backup in place of a database that is not open (damaged at start-up, or missing). The
 * damaged file and its WAL are moved aside whole, not deleted: it may still hold the day's work.
 */
export async function recoverDamaged(dbFile: string, backupFile: string, opts: { label?: string; nativeBinding?: string; now?: Date; trustSource?: boolean } = {}): Promise<Recovery> {
  const target = path.resolve(dbFile);
  const staged = await stageBackup(backupFile, target, opts);
  try {
    let aside: string | null = null;
    if (fs.existsSync(target)) {
      const dir = backupsDirFor(target);
      aside = path.join(dir, `damaged-${stamp(opts.now ?? new Date())}.sqlite`);
      try {
        fs.mkdirSync(dir, { recursive: true });
        for (const [from, to] of [[target, aside], ...databaseCompanions(target).map((c, i) => [c, databaseCompanions(aside!)[i]!])] as Array<[string, string]>) {
          if (fs.existsSync(from)) fs.renameSync(from, to);
        }
      } catch (err) {
        throw writeError(err, aside);
      }
    }
    installStaged(staged.file, target);
    const ins = staged.inspection;
    return { restoredFrom: opts.label ?? path.basename(backupFile), aside, migratedFrom: ins.standing === 'older' ? ins.schemaVersion : null, unverifiedSource: staged.source === 'unverified' };
  } finally {
    staged.discard();
  }
}

/** Once the recovered file is open (and migrated): what was restored, recorded in its audit trail. */
export async function recordRecovery(db: SqliteDb, rec: Recovery, caller: Caller): Promise<RestoreResult> {
  const umkmCount = (db.raw.prepare(`SELECT COUNT(*) AS n FROM umkm WHERE deleted_at IS NULL`).get() as { n: number }).n;
  const result: RestoreResult = { restoredFrom: rec.restoredFrom, safetyCopy: rec.aside ? path.basename(rec.aside) : '', schemaVersion: db.schemaVersion, migratedFrom: rec.migratedFrom, umkmCount, unverifiedSource: rec.unverifiedSource };
  await db.write((tx) => recordRestore(new AuditLog(tx.em), caller, result, rec.aside ? path.basename(rec.aside) : '–'));
  return result;
}
