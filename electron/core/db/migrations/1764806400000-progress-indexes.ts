import type { MigrationInterface, QueryRunner } from 'typeorm';

// Indexes for the Naik Kelas report at city scale. The report reads, per UMKM, the date of its
// latest record, its status, kecamatan and sector: one covering index answers "recorded in the
// period" (the latest record's date settles it for most UMKM, without visiting their records),
// "no record for over a year" and the data-to-collect list in date order. It replaces the plain
// last_record_date index of migration 3. The second index finds the few deleted UMKM at once, so
// the dashboard can leave their yearly rows out without scanning the registry.
export class ProgressIndexes1764806400000 implements MigrationInterface {
  name = 'ProgressIndexes1764806400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS ix_umkm_last_record`);
    await q.query(`CREATE INDEX ix_umkm_progress ON umkm (last_record_date, status, kecamatan, sector) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_umkm_deleted ON umkm (id) WHERE deleted_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_umkm_deleted`);
    await q.query(`DROP INDEX ix_umkm_progress`);
    await q.query(`CREATE INDEX ix_umkm_last_record ON umkm (last_record_date) WHERE deleted_at IS NULL`);
  }
}
