// Backups, restore and the integrity check (issue 6): schemas, result types, entries.
import { z } from 'zod';
import { EmptyInput } from './app';
import { entry, handedOver, read, roles, step, write, writeAs } from './entry';
import { fileId, type FileRef } from './files';

/** kemitraan-2025-12-01-093015.sqlite (or pre-restore-…): the only names a backup call accepts, so no path can ride in. */
export const BACKUP_NAME = /^(kemitraan|pre-restore)-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})(?:-(\d+))?\.sqlite$/;

export type BackupKind = 'daily' | 'manual' | 'pre-restore';
export type BackupState = 'verified' | 'unverified' | 'damaged';

export interface BackupEntry {
  name: string;
  /** ISO date-time. */
  createdAt: string;
  size: number;
  kind: BackupKind;
  umkmCount: number | null;
  schemaVersion: string | null;
  appVersion: string | null;
  /** From the manifest written with the backup; null for a file copied in by hand. */
  sha256: string | null;
  state: BackupState;
}

export interface BackupList {
  backups: BackupEntry[];
  /** The folder they are in, shown to the clerk. */
  dir: string;
  /** How many daily backups are kept. */
  keep: number;
}

export interface RestoreResult {
  restoredFrom: string;
  /** The copy of the database as it was just before, in the backups folder. */
  safetyCopy: string;
  schemaVersion: string;
  /** The backup's schema when it was older and migrated forward, else null. */
  migratedFrom: string | null;
  umkmCount: number;
  /** True when the backup was not signed by this installation and an admin vouched for its source. */
  unverifiedSource: boolean;
}

export interface DbCheck {
  ok: boolean;
  file: string;
  size: number;
  /** ["ok"], or integrity_check's complaints. */
  integrity: string[];
  schemaVersion: string | null;
  applied: string[];
  pending: string[];
  unknown: string[];
  /** Where the schema differs from the one its migration version makes (a trigger dropped, one added): each should be empty. */
  schemaChanges: string[];
  /** The audit trail's hash chain walked (and its end compared with the head kept beside the database). */
  auditChain: { ok: boolean; rows: number; brokenAt: number | null; problem: string | null };
  backups: number;
  latestBackup: string | null;
  latestGoodBackup: string | null;
}

const backupName = z.string().regex(BACKUP_NAME, 'Nama cadangan tidak dikenal.');
export const BackupNameInput = z.strictObject({ name: backupName });
/** An unsigned backup (another PC, its manifest lost) is restored only with the acting admin's password. */
const trustPassword = z.string().min(1).max(200).optional();
export const RestoreInput = z.union([z.strictObject({ name: backupName, trustPassword }), z.strictObject({ fileId, trustPassword })]);
export const BackupKeepInput = z.strictObject({ keep: z.number().int().min(1).max(365) });

export const backupEntries = {
  'backup:list': entry<BackupList>()(EmptyInput, read(roles.admin)),
  'backup:create': entry<BackupEntry>()(EmptyInput, writeAs({ entity: 'database', action: 'backup_create' }, roles.writers, 'exclusive')),
  // A backup as a file the renderer can save elsewhere (a USB stick) with saveFile.
  // A copy of the whole database leaving the backups folder: recorded in the audit trail first.
  'backup:save': entry<{ file: FileRef }>()(BackupNameInput, handedOver(roles.admin)),
  'backup:restore': entry<RestoreResult>()(RestoreInput, writeAs('self', roles.admin, 'exclusive')),
  'backup:setKeep': entry<{ keep: number }>()(BackupKeepInput, write('database', 'settings_update', roles.admin)),
  'db:check': entry<DbCheck>()(EmptyInput, step(roles.admin)),
};
