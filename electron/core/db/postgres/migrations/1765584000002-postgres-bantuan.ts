import type { MigrationInterface, QueryRunner } from 'typeorm';
import { BANTUAN_INDEXES, bantuanTable } from '../../migrations/1765584000002-bantuan';

// Assistance, PostgreSQL (issue 15): SQLite's Bantuan1765584000002 column for column, its id serial.
export class PostgresBantuan1765584000002 implements MigrationInterface {
  name = 'PostgresBantuan1765584000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(bantuanTable('serial PRIMARY KEY'));
    for (const index of BANTUAN_INDEXES) await q.query(index);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE bantuan`);
  }
}
