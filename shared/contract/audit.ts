import { z } from 'zod';
import { entry, read, roles, writeAs } from './entry';
import { id, isoDate, optionalText } from './fields';
import type { Page } from './umkm';

// Audit trail and recycle bin (issue 6): what the log holds, how it is filtered, what the bin lists.

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'restore',
  'purge',
  'import',
  'login',
  'login_failed',
  'logout',
  'lock',
  'unlock',
  'backup_create',
  'backup_restore',
  'settings_update',
  /** Stored records leaving as a file: a list export, the report, its PDF. */
  'export',
  /** A copy of the whole database leaving the backups folder. */
  'backup_copy',
  /** Found at start-up: the audit chain broken, or the accounts changed outside the app (startupChainCheck.ts). */
  'integrity_alert',
  /** The whole registry moved from this PC's file to the office's PostgreSQL server (db/transfer). */
  'registry_move',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ENTITIES = ['umkm', 'mitra', 'kemitraan', 'komunitas', 'kegiatan', 'class_record', 'user', 'database', 'sertifikat', 'bantuan', 'lampiran', 'monev_kunjungan'] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export const AUDIT_VIA = ['app', 'cli', 'offline-admin', 'system'] as const;

/** What the recycle bin holds: the soft-deleted rows of these tables. */
export const TRASH_KINDS = ['umkm', 'mitra', 'kemitraan', 'komunitas', 'kegiatan', 'sertifikat', 'bantuan', 'lampiran', 'monev_kunjungan'] as const;
export type TrashKind = (typeof TRASH_KINDS)[number];

/** {field: [before, after]}; a created record has null before, a purged one null after. */
export type AuditChanges = Record<string, [unknown, unknown]>;

export interface AuditEntry {
  id: number;
  /** ISO instant (UTC). */
  at: string;
  userId: number | null;
  username: string;
  role: string;
  via: (typeof AUDIT_VIA)[number];
  /** The computer it was written on; null on lines from before the app recorded it. */
  workstation: string | null;
  action: AuditAction;
  entity: AuditEntity | null;
  entityId: number | null;
  summary: string;
  /** The record's name now (business name, agreement number, "30/06/2024 · Amplang Bu Ani" for a class record); null when it is gone or there is none. */
  recordName: string | null;
  changes: AuditChanges;
}

export const AuditListQuery = z.strictObject({
  /** Calendar dates on the clerk's clock, both inclusive. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  username: optionalText(120),
  action: z.enum(AUDIT_ACTIONS).optional(),
  entity: z.enum(AUDIT_ENTITIES).optional(),
  entityId: id.optional(),
  search: optionalText(200),
  page: z.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
});

export const AuditEntityQuery = z.strictObject({ entity: z.enum(AUDIT_ENTITIES), id });

export interface AuditPage extends Page<AuditEntry> {
  /** Everyone who appears in the log, for the user filter. */
  usernames: string[];
}

export interface TrashItem {
  kind: TrashKind;
  id: number;
  name: string;
  /** A second line: NIK, agreement number, date… */
  detail: string | null;
  deletedAt: string;
  deletedBy: string | null;
}

export const TrashListQuery = z.strictObject({
  kind: z.enum(TRASH_KINDS).default('umkm'),
  search: optionalText(200),
  page: z.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
});

export interface TrashPage extends Page<TrashItem> {
  counts: Record<TrashKind, number>;
}

export const TrashItemInput = z.strictObject({ kind: z.enum(TRASH_KINDS), id });

/** The row restored or purged, named for the message. */
export interface TrashDone {
  kind: TrashKind;
  id: number;
  name: string;
}

export const auditEntries = {
  'audit:list': entry<AuditPage>()(AuditListQuery, read(roles.admin)),
  'audit:entity': entry<AuditEntry[]>()(AuditEntityQuery, read()),
  'trash:list': entry<TrashPage>()(TrashListQuery, read(roles.admin)),
  'trash:restore': entry<TrashDone>()(TrashItemInput, writeAs('self', roles.admin)),
  'trash:purge': entry<TrashDone>()(TrashItemInput, writeAs('self', roles.admin)),
};
