import { formatDateTime } from '../../../shared/format/date';
import { fill, messages } from '../../../shared/i18n';
import type { BackupInfo } from './listBackups';

/** What the clerk reads about a damaged database: what is wrong, and the backup to restore from. */
export function damagedMessage(file: string, problems: string[], latestGood: BackupInfo | null): string {
  const detail = problems.slice(0, 3).join('; ') || '?';
  return latestGood
    ? fill(messages.backupErrors.damagedWithBackup, { file, detail, backup: latestGood.name, date: formatDateTime(latestGood.createdAt) })
    : fill(messages.backupErrors.damagedNoBackup, { file, detail });
}
