import type { EntityManager } from 'typeorm';
import type { LampiranStore } from '../lampiranStore';
import { checkedBytes } from '../lampiranCheck';

/** PostgreSQL keeps attachments' bytes in lampiran_isi (bytea), in the writing call's transaction. */
export const postgresLampiranBytes: LampiranStore = {
  async put(em: EntityManager, sha256: string, bytes: Buffer) {
    await em.query(`INSERT INTO lampiran_isi (sha256, size, bytes) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING`, [sha256, bytes.length, bytes]);
  },
  async get(em: EntityManager, sha256: string) {
    const rows = (await em.query(`SELECT bytes FROM lampiran_isi WHERE sha256 = $1`, [sha256])) as Array<{ bytes: Buffer }>;
    return rows[0] ? checkedBytes(rows[0].bytes, sha256) : null;
  },
};
