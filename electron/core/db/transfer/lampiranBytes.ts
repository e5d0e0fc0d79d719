import { fill, messages } from '../../../../shared/i18n';
import { AppError } from '../../errors';
import { nextTurn } from '../../turns';
import type { Database, Tx } from '../database';
import { LampiranEntity } from '../entities/lampiran';
import { lampiranTableStore, type LampiranStore } from '../lampiranStore';
import { postgresLampiranBytes } from '../postgres/lampiranBytes';
import { sqliteLampiranFolder } from '../sqlite/lampiranFiles';

// Attachments' bytes travel with a copied registry (a move to the server, a server's backup, a
// restore onto it): read from the source's store (a SQLite registry's folder, or the table a backup
// file or the server holds), each checked against its SHA-256, and written into the target's table
// lampiran_isi in the copy's one transaction. A damaged one refuses the whole copy.

/** Where a copy's source keeps its bytes; a SQLite file read for a copy is never written to. */
const sourceStore = (db: Database): LampiranStore => (db.kind === 'sqlite' ? sqliteLampiranFolder(db.file, { heal: false }) : postgresLampiranBytes);

/** Copies the bytes of every attachment row the source holds (deleted ones too: the recycle bin restores them). */
export async function copyLampiranBytes(source: Database, src: Tx, dst: Tx): Promise<number> {
  const from = sourceStore(source);
  const into = lampiranTableStore(dst.em);
  const rows = await src.em.createQueryBuilder(LampiranEntity, 'l').select('l.sha256', 'sha256').addSelect('l.fileName', 'name').getRawMany<{ sha256: string; name: string }>();
  const seen = new Set<string>();
  let copied = 0;
  for (const { sha256, name } of rows) {
    if (seen.has(sha256)) continue;
    seen.add(sha256);
    const bytes = await from.get(src.em, sha256);
    if (bytes === 'damaged') throw new AppError('BAD_FILE', fill(messages.lampiran.errors.damaged, { name }));
    // Missing at the source already: the row is copied, the clerk sees it damaged there as here.
    if (bytes === null) continue;
    await into.put(dst.em, sha256, bytes);
    copied++;
    if (copied % 20 === 0) await nextTurn();
  }
  return copied;
}
