import fs from 'node:fs';
import path from 'node:path';
import type { BackupState } from '../../../shared/contract/backup';
import { isBackupName, nameDate, type BackupKind } from './backupNames';
import { readManifest } from './manifest';

export type { BackupState };

export interface BackupInfo {
  name: string;
  file: string;
  createdAt: string;
  size: number;
  kind: BackupKind;
  umkmCount: number | null;
  schemaVersion: string | null;
  appVersion: string | null;
  sha256: string | null;
  /**
   * verified: checked when written and its manifest still matches its size; unverified: no
   * manifest (copied in by hand); damaged: the file no longer matches its manifest. The full
   * checksum and integrity_check run again before any restore.
   */
  state: BackupState;
}

export function backupInfo(dir: string, name: string): BackupInfo | null {
  const file = path.join(dir, name);
  let size: number;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) return null;
    size = st.size;
  } catch {
    return null;
  }
  const manifest = readManifest(file);
  const kind: BackupKind = manifest?.kind ?? (name.startsWith('pre-restore') ? 'pre-restore' : 'manual');
  return {
    name,
    file,
    createdAt: manifest?.createdAt ?? (nameDate(name) ?? new Date(0)).toISOString(),
    size,
    kind,
    umkmCount: manifest?.umkmCount ?? null,
    schemaVersion: manifest?.schemaVersion ?? null,
    appVersion: manifest?.appVersion ?? null,
    sha256: manifest?.sha256 ?? null,
    state: !manifest ? 'unverified' : manifest.size === size ? 'verified' : 'damaged',
  };
}

/** The backups in `dir`, newest first (by the time in the name, which a copy keeps). */
export function listBackups(dir: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter(isBackupName)
    .map((n) => backupInfo(dir, n))
    .filter((b): b is BackupInfo => b !== null)
    .sort((a, b) => (nameDate(b.name)?.getTime() ?? 0) - (nameDate(a.name)?.getTime() ?? 0) || b.name.localeCompare(a.name));
}

/** The newest backup a restore can start from: written checked, never a safety copy of a damaged file. */
export function latestGoodBackup(dir: string): BackupInfo | null {
  return listBackups(dir).find((b) => b.state === 'verified') ?? null;
}
