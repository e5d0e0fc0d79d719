import type { AuditAction, AuditChanges, AuditEntity, Channel } from '../../../shared/contract';
import { CORE_READ_CHANNELS } from '../../../shared/contract/channels';
import type { Caller } from '../auth/caller';
import { REDACTED } from './redact';

/* eslint-disable @typescript-eslint/no-explicit-any -- each row reads its own channel's input and result */

/** How one write channel appears in the trail. */
export interface WriteAudit {
  entity: AuditEntity;
  action: AuditAction;
  /** The record's id when it exists before the call (update, delete…). */
  idBefore?: (input: any, caller: Caller) => number | null | undefined;
  /** The record's id from the result (a create). */
  idAfter?: (result: any) => number | null | undefined;
  /**
   * true: the write, its snapshots and the audit row share one transaction (the core services'
   * writes are synchronous better-sqlite3 statements, so they nest as savepoints). false: the
   * call may run TypeORM's own transactions, which cannot nest, so the row follows the write.
   */
  atomic: boolean;
  /** Changes the snapshots cannot see (a password set), already masked. */
  extra?: (input: any) => AuditChanges;
  /** A summary of its own (no record to name). */
  summary?: (input: any, result: any) => { key: 'demoSeed' | 'startEmpty' | 'backupCreate' | 'backupKeep'; n?: number };
}

const byInput = (i: { id: number }) => i.id;
const byResult = (r: { id: number }) => r.id;
const create = (entity: AuditEntity): WriteAudit => ({ entity, action: 'create', idAfter: byResult, atomic: true });
const update = (entity: AuditEntity): WriteAudit => ({ entity, action: 'update', idBefore: byInput, atomic: true });
const remove = (entity: AuditEntity): WriteAudit => ({ entity, action: 'delete', idBefore: byInput, atomic: true });
const passwordSet: AuditChanges = { password: [REDACTED, REDACTED] };

/** Every write channel that auditWrite records around. */
export const WRITE_AUDIT: Partial<Record<Channel, WriteAudit>> = {
  'app:startEmpty': { entity: 'database', action: 'settings_update', atomic: false, summary: () => ({ key: 'startEmpty' }) },
  'demo:seed': { entity: 'database', action: 'import', atomic: false, summary: (_i, r: { umkm: number }) => ({ key: 'demoSeed', n: r.umkm }) },
  'umkm:create': create('umkm'),
  'umkm:update': update('umkm'),
  'umkm:delete': remove('umkm'),
  'komunitas:create': create('komunitas'),
  'komunitas:update': update('komunitas'),
  'komunitas:delete': remove('komunitas'),
  'komunitas:addMembers': update('komunitas'),
  'komunitas:removeMembers': update('komunitas'),
  'mitra:create': create('mitra'),
  'mitra:update': update('mitra'),
  'mitra:delete': remove('mitra'),
  'kemitraan:create': create('kemitraan'),
  'kemitraan:update': update('kemitraan'),
  'kemitraan:setStatus': update('kemitraan'),
  'kemitraan:propose': create('kemitraan'),
  'kemitraan:delete': remove('kemitraan'),
  'kegiatan:create': create('kegiatan'),
  'kegiatan:update': update('kegiatan'),
  'kegiatan:delete': remove('kegiatan'),
  'kegiatan:setAttendance': update('kegiatan'),
  'progress:add': create('class_record'),
  'progress:update': update('class_record'),
  'progress:delete': remove('class_record'),
  'users:create': { entity: 'user', action: 'create', idAfter: byResult, atomic: false, extra: () => passwordSet },
  'users:update': {
    entity: 'user',
    action: 'update',
    idBefore: byInput,
    atomic: false,
    extra: (i: { changes: { password?: string } }) => (i.changes.password !== undefined ? passwordSet : {}),
  },
  'backup:create': { entity: 'database', action: 'backup_create', atomic: false, summary: () => ({ key: 'backupCreate' }) },
  'backup:setKeep': { entity: 'database', action: 'settings_update', atomic: false, summary: (i: { keep?: number }) => ({ key: 'backupKeep', n: i.keep }) },
};

/**
 * Channels whose handler appends its own rows: an import (one per stored row and a summary), the
 * recycle bin (it reads the deleted row itself), a restore of the database (the row must go into
 * the database restored, after the swap), and the accounts' sign-in channels (their events reach the
 * trail through ctx.auth.onAuthEvent, so a command-line sign-in is recorded the same way).
 */
export const SELF_AUDITED: readonly Channel[] = [
  'import:commit',
  'trash:restore',
  'trash:purge',
  'backup:restore',
  'auth:setup',
  'auth:login',
  'auth:logout',
  'auth:lock',
  'auth:unlock',
  'auth:changePassword',
];

/** Channels that write nothing to the database. */
export const READ_ONLY: readonly Channel[] = [
  ...CORE_READ_CHANNELS,
  'file:pick',
  'file:save',
  // The wizard's steps before the commit read the workbook only; the template and exports write files.
  'import:open',
  'import:sheet',
  'import:preview',
  'import:progress',
  'import:cancel',
  'import:refusedFile',
  'import:template',
  'export:list',
  'export:report',
  'auth:status',
  'users:list',
  'audit:list',
  'audit:entity',
  'trash:list',
  'backup:list',
  'backup:save',
  'db:check',
];
