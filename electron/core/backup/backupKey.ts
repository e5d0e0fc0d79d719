import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupManifest } from './manifest';

// Backups are signed with a key of this installation, kept outside the database in a file only
// this account can read, beside the database. One file serves the app and the command-line tool,
// so each verifies the other's backups (Electron's safeStorage would hide the key from the
// command-line tool). A backup whose manifest was recomputed or deleted is no longer signed: it
// is restored only when an admin says they trust its source, and recorded as such.

export const keyPath = (dbFile: string): string => path.join(path.dirname(path.resolve(dbFile)), 'kunci-cadangan.key');

/** The installation's key; made (32 random bytes, owner-only) when `create` and there is none. */
export function installationKey(dbFile: string, create: boolean): Buffer | null {
  const file = keyPath(dbFile);
  try {
    const key = fs.readFileSync(file);
    if (key.length >= 32) return key;
  } catch {
    // None yet.
  }
  if (!create) return null;
  const key = crypto.randomBytes(32);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // 'wx': two processes making one at once keep the first; the other reads it back.
  try {
    fs.writeFileSync(file, key, { mode: 0o600, flag: 'wx' });
    return key;
  } catch {
    return installationKey(dbFile, false);
  }
}

/** The manifest's fields in a fixed order, without its signature: what the signature covers. */
function signed(m: BackupManifest): string {
  const { signature: _s, ...rest } = m;
  return JSON.stringify(rest, Object.keys(rest).sort());
}

export function signManifest(m: BackupManifest, key: Buffer): BackupManifest {
  return { ...m, signature: crypto.createHmac('sha256', key).update(signed(m)).digest('hex') };
}

export function signatureValid(m: BackupManifest, key: Buffer | null): boolean {
  if (!key || typeof m.signature !== 'string' || !/^[0-9a-f]{64}$/.test(m.signature)) return false;
  const want = crypto.createHmac('sha256', key).update(signed(m)).digest();
  return crypto.timingSafeEqual(want, Buffer.from(m.signature, 'hex'));
}
