import type { SettingsService } from '../services/settingsService';
import { DEFAULT_KEEP } from './pruneBackups';

const SETTING_KEEP = 'backup.keep';

/** How many daily backups to keep (a setting, 14 unless the admin chose otherwise). */
export async function backupKeep(settings: SettingsService): Promise<number> {
  const n = Number(await settings.get(SETTING_KEEP));
  return Number.isInteger(n) && n >= 1 ? n : DEFAULT_KEEP;
}

export async function setBackupKeep(settings: SettingsService, keep: number): Promise<void> {
  await settings.set(SETTING_KEEP, String(keep));
}
