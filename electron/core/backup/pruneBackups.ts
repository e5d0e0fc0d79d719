import { removeQuietly } from './diskError';
import { listBackups, type BackupInfo } from './listBackups';
import { manifestPath } from './manifest';

export const DEFAULT_KEEP = 14;

/**
 * Keeps the newest `keep` daily and manual backups and the newest `keep` safety copies; removes
 * the rest with their manifests. Returns what it removed.
 */
export function pruneBackups(dir: string, keep: number): BackupInfo[] {
  const all = listBackups(dir);
  const regular = all.filter((b) => b.kind !== 'pre-restore');
  const safety = all.filter((b) => b.kind === 'pre-restore');
  const removed = [...regular.slice(keep), ...safety.slice(keep)];
  for (const b of removed) removeQuietly(b.file, manifestPath(b.file));
  return removed;
}
