import { backupsDirOf } from '../paths';
import { sqliteOnly } from '../db/sqliteOnly';
import { messages } from '../../../shared/i18n';
import { createServerBackup } from './serverBackup';
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

/**
 * The server's registry: a snapshot copied in batches, the core's calls answered between them and
 * no write waiting (a snapshot needs no lock there). This PC's file: `make` (the desktop app's
 * thread), else VACUUM INTO under the write lock.
 */
function makeToday(core: Core, dir: string, meta: BackupMeta, make?: MakeBackup): Promise<CreatedBackup> {
  const db = core.db;
  if (db.kind === 'postgres') return createServerBackup(db, dir, meta, { nativeBinding: core.config.nativeBinding });
  if (make) return make(dir, meta);
  return core.exclusive((s) => createBackup(sqliteOnly(s.db, messages.backupEngine.backupWhat).raw, dir, meta));
}

export async function dailyBackup(core: Core, now = new Date(), make?: MakeBackup): Promise<CreatedBackup | null> {
  const dir = backupsDirOf(core.db);
  const today = `kemitraan-${dayStamp(now)}-`;
  const hasToday = listBackups(dir).some((b) => b.kind !== 'pre-restore' && b.name.startsWith(today));
  const meta: BackupMeta = { appVersion: core.appVersion, kind: 'daily', now };
  const created = hasToday ? null : await makeToday(core, dir, meta, make);
  pruneBackups(dir, await core.read((s) => backupKeep(s.settings)));
  return created;
}
