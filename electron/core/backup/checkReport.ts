import type { DbCheck } from '../../../shared/contract/backup';
import { backupsDirFor } from '../paths';
import type { Inspection } from './inspectDatabase';
import { listBackups } from './listBackups';
import type { ChainCheck } from './chainCheck';

/** What `check --json` and db:check report: the same figures from a file or the open connection. */
export function checkReport(file: string, size: number, ins: Inspection, schemaChanges: string[], auditChain: ChainCheck): DbCheck {
  const backups = listBackups(backupsDirFor(file));
  return {
    // Intact, of a schema this app can open (a newer one is refused, never "ok"), exactly as its migrations made it.
    ok: ins.intact && (ins.standing === 'current' || ins.standing === 'older' || ins.applied.length === 0) && schemaChanges.length === 0 && auditChain.ok,
    file,
    size,
    integrity: ins.intact ? ['ok'] : ins.problems,
    schemaVersion: ins.schemaVersion,
    applied: ins.applied,
    pending: ins.pending,
    unknown: ins.unknown,
    schemaChanges,
    auditChain,
    backups: backups.length,
    latestBackup: backups[0]?.name ?? null,
    latestGoodBackup: backups.find((b) => b.state === 'verified')?.name ?? null,
  };
}
