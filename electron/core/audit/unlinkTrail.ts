import { fill, messages } from '../../../shared/i18n';
import type { Caller } from '../auth/caller';
import type { AuditLog } from './auditLog';

/**
 * A deleted meeting's agreements lose their link to it: one line on each agreement, with the same
 * fields an edit of the agreement would show (its meeting's id and name, before and after), in the
 * meeting's delete transaction, so the agreement's own history says where its link went.
 */
export async function recordUnlinked(audit: AuditLog, caller: Caller, meeting: { id: number; name: string }, agreements: Array<{ id: number; number: string }>): Promise<void> {
  for (const a of agreements) {
    await audit.record({
      caller,
      action: 'update',
      entity: 'kemitraan',
      entityId: a.id,
      summary: fill(messages.auditSummary.unlinked, { name: a.number, event: meeting.name }),
      changes: { kegiatanId: [meeting.id, null], eventName: [meeting.name, null] },
    });
  }
}
