import { backupsDirFor } from '../paths';
import type { AppContext } from '../context';
import { dayStamp } from './backupNames';
import { backupKeep } from './backupSettings';
import { createBackup, type CreatedBackup } from './createBackup';
import { listBackups } from './listBackups';
import { pruneBackups } from './pruneBackups';

/**
 * The start-up backup: one a day (none when today already has one), then only the newest N kept.
 * Returns the backup it made, or null when today's was already there.
 */
export async function dailyBackup(ctx: AppContext, now = new Date()): Promise<CreatedBackup | null> {
  const dir = backupsDirFor(ctx.db.file);
  const today = `kemitraan-${dayStamp(now)}-`;
  const hasToday = listBackups(dir).some((b) => b.kind !== 'pre-restore' && b.name.startsWith(today));
  const created = hasToday ? null : await createBackup(ctx.db.raw, dir, { appVersion: ctx.appVersion, kind: 'daily', now });
  pruneBackups(dir, await backupKeep(ctx.settings));
  return created;
}
