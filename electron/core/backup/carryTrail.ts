import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { messages } from '../../../shared/i18n';
import type { AuditChanges } from '../../../shared/contract/audit';
import { chained, storedLineColumns } from '../audit/chain';
import { AuditEntryEntity, type AuditEntryRow } from '../db/entities/auditEntry';
import { hardenConnection } from '../db/sqlite/hardenConnection';
import { backupsDirOf } from '../paths';
import { trailHasWorkstation, trailIsChained } from './chainHead';
import type { Scope } from '../scope';

const PAGE = 2000;

type Line = Omit<AuditEntryRow, 'id' | 'prevHash' | 'hash'>;
type Stored = {
  id: number;
  at: string;
  user_id: number | null;
  username: string;
  role: string;
  via: AuditEntryRow['via'];
  action: AuditEntryRow['action'];
  entity: AuditEntryRow['entity'];
  entity_id: number | null;
  summary: string;
  changes: string;
  workstation?: string | null;
};

/**
 * A restore must not forget what happened since the backup was made: the lines of the trail the
 * replaced database had after the restored one's last line are read from the safety copy made just
 * before the swap and appended to the restored trail (linked into its chain), each marked as
 * carried over, with its own time, user and content. Where the restored trail's last line is not in
 * the replaced one at all (a backup from another PC), every line of the replaced trail is carried.
 * In the write that records the restore; answers how many lines were carried.
 */
export async function carryTrail(restored: Scope, safetyCopy: string): Promise<number> {
  const file = path.join(backupsDirOf(restored.db), safetyCopy);
  const { em, sql } = restored.tx;
  const lastRows = (await em.query(`SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1`)) as Array<{ hash: string }>;
  const old = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  let carried = 0;
  try {
    hardenConnection(old);
    const from = trailIsChained(old) && lastRows[0] ? ((old.prepare(`SELECT id FROM audit_log WHERE hash = ?`).get(lastRows[0].hash) as { id: number } | undefined)?.id ?? 0) : 0;
    const page = old.prepare(`SELECT ${storedLineColumns(trailHasWorkstation(old))} FROM audit_log WHERE id > ? ORDER BY id LIMIT ${PAGE}`);
    for (let after = from; ; ) {
      const rows = page.all(after) as Stored[];
      if (rows.length === 0) break;
      const lines: Line[] = rows.map((r) => ({
        at: r.at,
        userId: r.user_id,
        username: r.username,
        role: r.role,
        via: r.via,
        action: r.action,
        entity: r.entity,
        entityId: r.entity_id,
        summary: `${messages.backupAudit.carriedPrefix}${r.summary}`,
        changes: JSON.parse(r.changes) as AuditChanges,
        // Each carried line keeps the computer it was written on.
        workstation: r.workstation ?? null,
      }));
      await sql.bulk.insert(em, AuditEntryEntity, await chained(em, lines));
      carried += rows.length;
      after = rows[rows.length - 1]!.id;
    }
  } finally {
    old.close();
  }
  return carried;
}
