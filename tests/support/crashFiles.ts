import crypto from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';

/** The file's bytes as a digest, to show a refused file was left exactly as it was. */
export const fileSha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/**
 * Damages a closed database as a failing disk would: the header of the umkm table's root page
 * overwritten with garbage. quick_check and integrity_check both report it.
 */
export function damageDatabase(file: string): void {
  const db = new Database(file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  const root = (db.prepare(`SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'umkm'`).get() as { rootpage: number }).rootpage;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.alloc(64, 0x5a), 0, 64, (root - 1) * pageSize + 8);
  } finally {
    fs.closeSync(fd);
  }
}

/** integrity_check of a file through a read-only connection: ["ok"] when sound. */
export function integrityOf(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check);
  } finally {
    db.close();
  }
}
