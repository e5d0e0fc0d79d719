import { backupsDirFor } from '../paths';
import type { Core } from '../core';
import { dayStamp } from './backupNames';
import { backupKeep } from './backupSettings';
import { createBackup, type CreatedBackup } from './createBackup';
import { listBackups } from './listBackups';
import { pruneBackups } from './pruneBackups';

/**
 * The start-up backup: one a day (none when today already has one), then only the newest N kept.
 * Returns the backup it made, or null when today's was already there.
 */
export async function dailyBackup(core: Core, now = new Date()): Promise<CreatedBackup | null> {
  const dir = backupsDirFor(core.db.file);
  const today = `kemitraan-${dayStamp(now)}-`;
  const hasToday = listBackups(dir).some((b) => b.kind !== 'pre-restore' && b.name.startsWith(today));
  const created = hasToday ? null : await core.exclusive((s) => createBackup(s.db.raw, dir, { appVersion: core.appVersion, kind: 'daily', now }));
  pruneBackups(dir, await core.read((s) => backupKeep(s.settings)));
  return created;
}
