import type { MigrationInterface, QueryRunner } from 'typeorm';
import { LAMPIRAN_BYTES_TABLE, LAMPIRAN_DOWN, LAMPIRAN_INDEXES, lampiranTable } from '../../migrations/lampiranSchema';

// Attachments, PostgreSQL (issue 15): the same tables as SQLite's migration; here lampiran_isi
// holds every attachment's bytes, so every PC of the office sees them.
export class PostgresLampiran1765584000004 implements MigrationInterface {
  name = 'PostgresLampiran1765584000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(lampiranTable('id serial PRIMARY KEY'));
    await q.query(LAMPIRAN_BYTES_TABLE);
    for (const sql of LAMPIRAN_INDEXES) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of LAMPIRAN_DOWN) await q.query(sql);
  }
}
