import crypto from 'node:crypto';
import fs from 'node:fs';
import type { BackupKind } from './backupNames';

/** What the sidecar `<backup>.json` records, so a backup can be checked before it is trusted. */
export interface BackupManifest {
  sha256: string;
  size: number;
  createdAt: string;
  appVersion: string;
  /** The last migration the backup holds. */
  schemaVersion: string;
  umkmCount: number;
  kind: BackupKind;
  /** The newest line of the backup's audit trail (its chain's head), 0 and '' when it has none. */
  auditId?: number;
  auditHash?: string;
  /** HMAC-SHA256 of the rest with the installation's key (backupKey.ts). */
  signature?: string;
}

export const manifestPath = (backupFile: string) => `${backupFile}.json`;

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = crypto.createHash('sha256');
    fs.createReadStream(file)
      .on('data', (c) => hash.update(c))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** The manifest beside a backup, or null when there is none or it cannot be read as one. */
export function readManifest(backupFile: string): BackupManifest | null {
  let text: string;
  try {
    text = fs.readFileSync(manifestPath(backupFile), 'utf8');
  } catch {
    return null;
  }
  try {
    const m = JSON.parse(text) as Partial<BackupManifest>;
    return typeof m.sha256 === 'string' && typeof m.size === 'number' ? (m as BackupManifest) : null;
  } catch {
    return null;
  }
}
