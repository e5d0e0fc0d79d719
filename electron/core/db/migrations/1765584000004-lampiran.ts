import type { MigrationInterface, QueryRunner } from 'typeorm';
import { LAMPIRAN_BYTES_TABLE, LAMPIRAN_DOWN, LAMPIRAN_INDEXES, lampiranTable } from './lampiranSchema';

// Attachments on any record (issue 15): the rows, and the table that carries their bytes inside a
// backup file (lampiranSchema.ts).
export class Lampiran1765584000004 implements MigrationInterface {
  name = 'Lampiran1765584000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(lampiranTable('id integer PRIMARY KEY AUTOINCREMENT NOT NULL'));
    await q.query(LAMPIRAN_BYTES_TABLE);
    for (const sql of LAMPIRAN_INDEXES) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of LAMPIRAN_DOWN) await q.query(sql);
  }
}
