import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SERTIFIKAT_INDEXES, sertifikatTable, TICKS_SQL, ticksToRegister } from '../../migrations/sertifikatSchema';

// The register of licences and certificates, PostgreSQL (issue 15): SQLite's migration
// (1765584000000-sertifikat.ts) with serial ids and jsonb for reading the yearly records' ticks.
export class PostgresSertifikat1765584000000 implements MigrationInterface {
  name = 'PostgresSertifikat1765584000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(sertifikatTable('id serial PRIMARY KEY'));
    for (const sql of SERTIFIKAT_INDEXES) await q.query(sql);
    await q.query(ticksToRegister(TICKS_SQL.postgres));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sertifikat`);
  }
}
