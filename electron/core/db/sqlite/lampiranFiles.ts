import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager } from 'typeorm';
import type { LampiranStore } from '../lampiranStore';
import { checkedBytes } from '../lampiranCheck';

// SQLite's attachments: one file per content in `lampiran/<first two hex>/<sha256>` beside the
// database file. A restored backup brings its bytes inside the file (lampiran_isi): they are read
// from there until written back into the folder, and they repair a folder file that was damaged.

/** The folder of a database file's attachments. */
export const lampiranFolderOf = (dbFile: string): string => path.join(path.dirname(path.resolve(dbFile)), 'lampiran');

export const lampiranFilePath = (folder: string, sha256: string): string => path.join(folder, sha256.slice(0, 2), sha256);

/** Written as .part, forced to disk and renamed: a crash never leaves a cut file under the real name. */
export function writeLampiranFile(folder: string, sha256: string, bytes: Buffer): void {
  const file = lampiranFilePath(folder, sha256);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const part = `${file}.${process.pid}.part`;
  const fd = fs.openSync(part, 'w');
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(part, file);
}

/** The folder's copy, checked: null when there is none. */
export function readLampiranFile(folder: string, sha256: string): Buffer | null | 'damaged' {
  const file = lampiranFilePath(folder, sha256);
  if (!fs.existsSync(file)) return null;
  return checkedBytes(fs.readFileSync(file), sha256);
}

/** lampiran_isi on a SQLite file (a backup's bytes). */
export const sqliteLampiranTable: LampiranStore = {
  async put(em: EntityManager, sha256: string, bytes: Buffer) {
    await em.query(`INSERT OR IGNORE INTO lampiran_isi (sha256, size, bytes) VALUES (?, ?, ?)`, [sha256, bytes.length, bytes]);
  },
  async get(em: EntityManager, sha256: string) {
    const rows = (await em.query(`SELECT bytes FROM lampiran_isi WHERE sha256 = ?`, [sha256])) as Array<{ bytes: Buffer }>;
    return rows[0] ? checkedBytes(rows[0].bytes, sha256) : null;
  },
};

/**
 * The live SQLite registry's store: the folder beside `dbFile`, the file's own table as its
 * fallback. `heal`: a copy found only in the table is written back into the folder (the app's own
 * registry; not a backup file being read for a copy elsewhere).
 */
export function sqliteLampiranFolder(dbFile: string, opts: { heal?: boolean } = {}): LampiranStore {
  const heal = opts.heal ?? true;
  const folder = lampiranFolderOf(dbFile);
  return {
    async put(_em, sha256, bytes) {
      if (readLampiranFile(folder, sha256) instanceof Buffer) return;
      writeLampiranFile(folder, sha256, bytes);
    },
    async get(em, sha256) {
      const own = readLampiranFile(folder, sha256);
      if (own instanceof Buffer) return own;
      const carried = await sqliteLampiranTable.get(em, sha256);
      if (carried instanceof Buffer && heal) {
        // A restored backup's copy puts the folder right (a missing or damaged file).
        try {
          writeLampiranFile(folder, sha256, carried);
        } catch {
          // Read-only folder or a full disk: the bytes are still shown from the database.
        }
      }
      if (carried instanceof Buffer) return carried;
      return own === 'damaged' || carried === 'damaged' ? 'damaged' : null;
    },
  };
}
