import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SERTIFIKAT_INDEXES, sertifikatTable, TICKS_SQL, ticksToRegister } from './sertifikatSchema';

// The register of licences and certificates (issue 15): many per UMKM, each with its status,
// dates, route, programme and companion. The yearly record's certification ticks come from it
// from now on; the ticks recorded so far become issued certificates here (sertifikatSchema.ts).
export class Sertifikat1765584000000 implements MigrationInterface {
  name = 'Sertifikat1765584000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(sertifikatTable('id integer PRIMARY KEY AUTOINCREMENT NOT NULL'));
    for (const sql of SERTIFIKAT_INDEXES) await q.query(sql);
    await q.query(ticksToRegister(TICKS_SQL.sqlite));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sertifikat`);
  }
}
