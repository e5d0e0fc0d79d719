import type { MigrationInterface, QueryRunner } from 'typeorm';

// The audit trail. Append-only: the triggers refuse any UPDATE or DELETE of a row, whoever asks
// (the app, a script, the sqlite3 shell), so a record once written stays as written. `changes` is
// JSON {field: [before, after]}. The two indexes answer an entity's history and the date-ordered
// browse; (username, at) the user filter and its list of names. The two indexes on
// riwayat_kelas and kemitraan serve the recycle bin: purging a UMKM checks and cascades through
// those foreign keys, which only have partial (live-row) indexes so far.
export class Audit1764979200000 implements MigrationInterface {
  name = 'Audit1764979200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE audit_log (
      id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      at varchar NOT NULL,
      user_id integer,
      username varchar NOT NULL,
      role varchar NOT NULL,
      via varchar NOT NULL,
      action varchar NOT NULL,
      entity varchar,
      entity_id integer,
      summary varchar NOT NULL,
      changes text NOT NULL DEFAULT '{}',
      CHECK (via IN ('app', 'cli', 'offline-admin', 'system'))
    )`);
    await q.query(`CREATE INDEX ix_audit_entity ON audit_log (entity, entity_id, at)`);
    await q.query(`CREATE INDEX ix_audit_at ON audit_log (at)`);
    await q.query(`CREATE INDEX ix_audit_user ON audit_log (username, at)`);
    await q.query(`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
      SELECT RAISE(ABORT, 'audit_log is append-only');
    END`);
    await q.query(`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
      SELECT RAISE(ABORT, 'audit_log is append-only');
    END`);
    await q.query(`CREATE INDEX ix_riwayat_umkm_any ON riwayat_kelas (umkm_id)`);
    await q.query(`CREATE INDEX ix_kemitraan_umkm_any ON kemitraan (umkm_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_kemitraan_umkm_any`);
    await q.query(`DROP INDEX ix_riwayat_umkm_any`);
    await q.query(`DROP TABLE audit_log`);
  }
}
