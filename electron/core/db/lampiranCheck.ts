import crypto from 'node:crypto';

/** The bytes when their SHA-256 is `sha256`, else 'damaged'. */
export function checkedBytes(bytes: Buffer | Uint8Array, sha256: string): Buffer | 'damaged' {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
  return crypto.createHash('sha256').update(buf).digest('hex') === sha256 ? buf : 'damaged';
}
