import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fill, messages } from '../../../../shared/i18n';
import { AppError } from '../../errors';
import type { SecretSealer } from './secretSealer';

// The command-line tool and the browser preview have no Electron safeStorage: they seal the
// PostgreSQL password with AES-256-GCM under a random 32-byte key kept in a file only this account
// may read (0600; on Windows the account's own %APPDATA% folder), beside koneksi.json.

export const KEY_FILE = 'kunci-koneksi.key';
const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
// Binds a sealed value to its use: a value sealed for something else under the same key does not open.
const AAD = Buffer.from('kemitraan-umkm/koneksi/v1');

const e = messages.connection.errors;

export const keyFilePath = (dir: string): string => path.join(dir, KEY_FILE);

/** The key; made (owner-only) when `create` and there is none. */
function keyOf(dir: string, create: boolean): Buffer | null {
  const file = keyFilePath(dir);
  try {
    const key = fs.readFileSync(file);
    if (key.length === 32) return key;
    if (!create) return null;
    // A damaged key opens nothing; a new one seals the password the admin is saving now.
    fs.rmSync(file, { force: true });
  } catch {
    if (!create) return null;
  }
  fs.mkdirSync(dir, { recursive: true });
  const key = crypto.randomBytes(32);
  try {
    // 'wx': two processes making one at once keep the first; the other reads it back.
    fs.writeFileSync(file, key, { mode: 0o600, flag: 'wx' });
    return key;
  } catch {
    return keyOf(dir, false);
  }
}

export function fileSealer(dir: string): SecretSealer {
  return {
    kind: 'keyFile',
    seal: async (text) => {
      const key = keyOf(dir, true);
      if (!key) throw new AppError('UNAVAILABLE', fill(e.sealKeyMissing, { file: keyFilePath(dir) }));
      const iv = crypto.randomBytes(IV_BYTES);
      const cipher = crypto.createCipheriv('aes-256-gcm', key, iv).setAAD(AAD);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]).toString('base64');
    },
    open: async (sealed) => {
      const key = keyOf(dir, false);
      if (!key) throw new AppError('UNAVAILABLE', fill(e.sealKeyMissing, { file: keyFilePath(dir) }));
      const bytes = Buffer.from(sealed, 'base64');
      if (bytes.length < 1 + IV_BYTES + TAG_BYTES || bytes[0] !== VERSION) throw new AppError('UNAVAILABLE', e.sealBroken);
      try {
        const decipher = crypto.createDecipheriv('aes-256-gcm', key, bytes.subarray(1, 1 + IV_BYTES)).setAAD(AAD);
        decipher.setAuthTag(bytes.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES));
        return Buffer.concat([decipher.update(bytes.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        // Another key (a new installation) or altered bytes: GCM's tag refuses both.
        throw new AppError('UNAVAILABLE', e.sealBroken);
      }
    },
  };
}
