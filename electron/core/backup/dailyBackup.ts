import { backupsDirFor } from '../paths';
import type { Core } from '../core';
import { dayStamp } from './backupNames';
import { backupKeep } from './backupSettings';
import { createBackup, type BackupMeta, type CreatedBackup } from './createBackup';
import { listBackups } from './listBackups';
import { pruneBackups } from './pruneBackups';

/**
 * The start-up backup: one a day (none when today already has one), then only the newest N kept.
 * Returns the backup it made, or null when today's was already there.
 */
export type MakeBackup = (dir: string, meta: BackupMeta) => Promise<CreatedBackup>;

export async function dailyBackup(core: Core, now = new Date(), make?: MakeBackup): Promise<CreatedBackup | null> {
  const dir = backupsDirFor(core.db.file);
  const today = `kemitraan-${dayStamp(now)}-`;
  const hasToday = listBackups(dir).some((b) => b.kind !== 'pre-restore' && b.name.startsWith(today));
  const meta: BackupMeta = { appVersion: core.appVersion, kind: 'daily', now };
  const created = hasToday ? null : make ? await make(dir, meta) : await core.exclusive((s) => createBackup(s.db.raw, dir, meta));
  pruneBackups(dir, await core.read((s) => backupKeep(s.settings)));
  return created;
}
