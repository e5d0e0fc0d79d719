import type { MigrationInterface, QueryRunner } from 'typeorm';

// Several clerks at once (issue 14). Every record a form edits carries a version, one up with each
// change, and the username of its last change: a save made on the version the form opened is
// refused once another clerk has changed or deleted the record since (services/edits.ts), naming
// them. Each audit line records the computer it was made on.
//
// ADD COLUMN fires no trigger, so audit_log's append-only triggers stay as they are, and its lines
// keep their hashes: a line without a workstation is hashed as before (audit/chain.ts).
//
// PostgreSQL has the same columns in its baseline (db/postgres/migrations).

/** The tables whose records a clerk's form edits. */
export const VERSIONED_TABLES = ['umkm', 'mitra', 'komunitas', 'kemitraan', 'kegiatan', 'riwayat_kelas'] as const;

export class ConcurrentEdits1765411200000 implements MigrationInterface {
  name = 'ConcurrentEdits1765411200000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of VERSIONED_TABLES) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN version integer NOT NULL DEFAULT 1`);
      await q.query(`ALTER TABLE ${table} ADD COLUMN updated_by varchar`);
    }
    await q.query(`ALTER TABLE audit_log ADD COLUMN workstation varchar`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_log DROP COLUMN workstation`);
    for (const table of [...VERSIONED_TABLES].reverse()) {
      await q.query(`ALTER TABLE ${table} DROP COLUMN updated_by`);
      await q.query(`ALTER TABLE ${table} DROP COLUMN version`);
    }
  }
}
