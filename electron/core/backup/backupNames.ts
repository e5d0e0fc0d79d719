import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_NAME, type BackupKind } from '../../../shared/contract/backup';

export type { BackupKind };
export { BACKUP_NAME };

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Local time: the clerk reads the name as the day they made it. */
export function stamp(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
}

export const dayStamp = (at: Date) => stamp(at).slice(0, 10);

export function isBackupName(name: string): boolean {
  return BACKUP_NAME.test(name);
}

/** When the name says the backup was made (local time), or null for a name that is not one of ours. */
export function nameDate(name: string): Date | null {
  const m = BACKUP_NAME.exec(name);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(2, 8).map(Number) as [number, number, number, number, number, number];
  return new Date(y, mo - 1, d, h, mi, s);
}

export const namePrefix = (kind: BackupKind) => (kind === 'pre-restore' ? 'pre-restore' : 'kemitraan');

/** A new name in `dir` that no file holds yet. */
export function freshName(dir: string, kind: BackupKind, at: Date): string {
  const base = `${namePrefix(kind)}-${stamp(at)}`;
  for (let i = 1; ; i++) {
    const name = i === 1 ? `${base}.sqlite` : `${base}-${i}.sqlite`;
    if (!fs.existsSync(path.join(dir, name)) && !fs.existsSync(path.join(dir, `${name}.part`))) return name;
  }
}
