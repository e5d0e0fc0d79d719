import BetterSqlite3 from 'better-sqlite3';
import { fill, messages } from '../../../shared/i18n';
import { checkedBytes } from '../db/lampiranCheck';
import { readLampiranFile } from '../db/sqlite/lampiranFiles';
import { AppError } from '../errors';

// A SQLite registry's attachments live in the folder beside its file; its backup is one file, so
// the backup carries them inside, in lampiran_isi (the same table PostgreSQL keeps them in). A
// restore checks every carried file against its SHA-256 before anything is swapped; the restored
// registry reads them from there and writes them back into its folder as they are opened
// (db/sqlite/lampiranFiles.ts). A backup from before attachments has no such table: nothing to do.

const hasTable = (db: BetterSqlite3.Database, name: string) => Boolean(db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name));

/**
 * Puts into the finished copy `part` (not yet checked or sealed) the bytes of every attachment its
 * rows name, from `folder`, each checked; one transaction. A file already missing or damaged in the
 * folder is left out (the copy holds what the registry holds). Answers how many were carried.
 */
export function carryLampiranInto(part: string, folder: string): number {
  const db = new BetterSqlite3(part, { fileMustExist: true });
  try {
    if (!hasTable(db, 'lampiran') || !hasTable(db, 'lampiran_isi')) return 0;
    const shas = (db.prepare(`SELECT DISTINCT sha256 FROM lampiran`).all() as Array<{ sha256: string }>).map((r) => r.sha256);
    const have = db.prepare(`SELECT 1 FROM lampiran_isi WHERE sha256 = ?`);
    const put = db.prepare(`INSERT INTO lampiran_isi (sha256, size, bytes) VALUES (?, ?, ?)`);
    let carried = 0;
    db.transaction(() => {
      for (const sha of shas) {
        if (have.get(sha)) continue;
        const bytes = readLampiranFile(folder, sha);
        if (!(bytes instanceof Buffer)) continue;
        put.run(sha, bytes.length, bytes);
        carried++;
      }
    })();
    return carried;
  } finally {
    db.close();
  }
}

/** Refuses a backup whose carried attachments do not match their checksums (BAD_FILE), before any restore. */
export function checkCarriedLampiran(file: string, label: string, nativeBinding?: string): void {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    if (!hasTable(db, 'lampiran_isi')) return;
    let bad = 0;
    for (const row of db.prepare(`SELECT sha256, bytes FROM lampiran_isi`).iterate() as Iterable<{ sha256: string; bytes: Buffer }>) {
      if (checkedBytes(row.bytes, row.sha256) === 'damaged') bad++;
    }
    if (bad > 0) throw new AppError('BAD_FILE', fill(messages.lampiran.errors.backupDamaged, { n: bad, file: label }));
  } finally {
    db.close();
  }
}
