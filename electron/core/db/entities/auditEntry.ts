import type { AuditAction, AuditChanges, AuditEntity, AuditEntry } from '../../../../shared/contract/audit';
import { col, defineEntity, type Row } from './define';

/**
 * One line of the append-only audit trail (`audit_log`; the migration's triggers refuse UPDATE and
 * DELETE). The indexes serve a record's history (entity, entity_id, at), the date-ordered browse
 * (at) and the user filter with its list of names (username, at).
 */
export const AuditEntryEntity = defineEntity(
  'AuditEntry',
  'audit_log',
  {
    id: col.id(),
    at: col.instant(),
    userId: col.nullable(col.int({ name: 'user_id' })),
    username: col.text(),
    role: col.text(),
    via: col.text<AuditEntry['via']>(),
    action: col.text<AuditAction>(),
    entity: col.nullable(col.text<AuditEntity>()),
    entityId: col.nullable(col.int({ name: 'entity_id' })),
    summary: col.text(),
    changes: col.json<AuditChanges>({ default: '{}' }),
    /** The chain (audit/chain.ts): the line before's hash, and this line's over that and its content. */
    prevHash: col.text({ name: 'prev_hash' }),
    hash: col.text(),
    /** The computer the line was written on (CoreConfig.workstation); null on lines from before migration ConcurrentEdits. */
    workstation: col.nullable(col.text()),
  },
  [
    { name: 'ix_audit_entity', columns: ['entity', 'entityId', 'at'] },
    { name: 'ix_audit_at', columns: ['at'] },
    { name: 'ix_audit_user', columns: ['username', 'at'] },
  ],
);
export type AuditEntryRow = Row<typeof AuditEntryEntity>;
