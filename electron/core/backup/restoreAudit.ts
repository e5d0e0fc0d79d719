import type { RestoreResult } from '../../../shared/contract/backup';
import { fill, messages } from '../../../shared/i18n';
import type { AuditLog } from '../audit/auditLog';
import type { Caller } from '../auth/caller';

/**
 * The trail's line for a restore. It goes into the database restored, after the swap: the one
 * before is now only the safety copy, and the restored one is what the next reader sees.
 */
export async function recordRestore(audit: AuditLog, caller: Caller, r: RestoreResult, aside?: string | null, carried = 0): Promise<void> {
  const what = aside
    ? fill(messages.backupAudit.recovered, { name: r.restoredFrom, n: r.umkmCount, aside })
    : fill(carried > 0 ? messages.backupAudit.restoredCarried : messages.backupAudit.restored, { name: r.restoredFrom, n: r.umkmCount, safety: r.safetyCopy, carried });
  const summary = r.unverifiedSource ? `${what}${messages.backupAudit.unverifiedSuffix}` : what;
  await audit.record({
    caller,
    action: 'backup_restore',
    entity: 'database',
    summary,
    changes: { schemaVersion: [r.migratedFrom ?? r.schemaVersion, r.schemaVersion], ...(r.unverifiedSource ? { unverifiedSource: [null, true] } : {}) },
  });
}
