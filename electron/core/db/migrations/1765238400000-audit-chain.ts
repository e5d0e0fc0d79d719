import type { MigrationInterface, QueryRunner } from 'typeorm';
import { GENESIS, storedLinkHash, type StoredLine } from '../../audit/chain';

// The audit trail becomes a hash chain (audit/chain.ts): every line gets the hash of the line
// before and its own. Lines already written are linked here in id order, a page at a time; the
// trigger refusing UPDATE is lifted for that alone and put back with the same text.
const NO_UPDATE = `CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
      SELECT RAISE(ABORT, 'audit_log is append-only');
    END`;
const PAGE = 5000;

type Line = StoredLine & { id: number };

export class AuditChain1765238400000 implements MigrationInterface {
  name = 'AuditChain1765238400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_log ADD COLUMN prev_hash varchar NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE audit_log ADD COLUMN hash varchar NOT NULL DEFAULT ''`);
    await q.query(`DROP TRIGGER audit_log_no_update`);
    let prev = GENESIS;
    for (let after = 0; ; ) {
      const page = (await q.query(`SELECT id, at, user_id, username, role, via, action, entity, entity_id, summary, changes FROM audit_log WHERE id > ? ORDER BY id LIMIT ${PAGE}`, [after])) as Line[];
      if (page.length === 0) break;
      for (const l of page) {
        const hash = storedLinkHash(prev, l);
        await q.query(`UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?`, [prev, hash, l.id]);
        prev = hash;
      }
      after = page[page.length - 1]!.id;
    }
    await q.query(NO_UPDATE);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_log_no_update`);
    await q.query(`ALTER TABLE audit_log DROP COLUMN hash`);
    await q.query(`ALTER TABLE audit_log DROP COLUMN prev_hash`);
    await q.query(NO_UPDATE);
  }
}
