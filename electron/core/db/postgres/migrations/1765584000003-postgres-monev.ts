import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MONEV_DOWN, MONEV_KEMITRAAN_COLUMNS, monevTables } from '../../migrations/1765584000003-monev';

// Monitoring of partnerships, PostgreSQL (issue 15): SQLite's statements, the key serial.
export class PostgresMonev1765584000003 implements MigrationInterface {
  name = 'PostgresMonev1765584000003';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of [...MONEV_KEMITRAAN_COLUMNS, ...monevTables('serial PRIMARY KEY')]) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of MONEV_DOWN) await q.query(sql);
  }
}
