import type { MigrationInterface, QueryRunner } from 'typeorm';

// Monitoring and evaluation of partnerships (issue 15). An agreement gains its review cadence
// (review_months: 3 or 6, NULL for none) and, once an active one is closed, its outcome. Each
// visit (monev_kunjungan, a record a clerk edits: versioned, soft-deleted) lists the products it
// looked at (monev_produk, replaced as a whole with the visit's form).
//
// Agreements still open (diusulkan, aktif) take the cadence a new one gets (6 months), so the
// "monev jatuh tempo" list shows them from the first day; closed ones keep none.
//
// PostgreSQL runs the same statements (postgres/migrations/1765584000003-postgres-monev.ts).

/** The statements of both engines; `id` is the engine's own auto-numbered key. */
export function monevTables(id: string): string[] {
  return [
    `CREATE TABLE monev_kunjungan (
      id ${id},
      kemitraan_id integer NOT NULL REFERENCES kemitraan (id) ON DELETE CASCADE,
      date varchar(10) NOT NULL,
      officer varchar NOT NULL,
      method varchar NOT NULL,
      next_step text,
      notes text,
      created_at varchar NOT NULL,
      updated_at varchar NOT NULL,
      deleted_at varchar,
      version integer NOT NULL DEFAULT 1,
      updated_by varchar,
      CHECK (method IN ('kunjungan_lapangan', 'telepon', 'daring', 'laporan_mitra'))
    )`,
    // The due list reads each agreement's last live visit from here.
    `CREATE INDEX ix_monev_kemitraan ON monev_kunjungan (kemitraan_id, date) WHERE deleted_at IS NULL`,
    `CREATE INDEX ix_monev_date ON monev_kunjungan (date) WHERE deleted_at IS NULL`,
    `CREATE TABLE monev_produk (
      id ${id},
      kunjungan_id integer NOT NULL REFERENCES monev_kunjungan (id) ON DELETE CASCADE,
      product varchar NOT NULL,
      outlet varchar,
      since varchar(10),
      price bigint,
      sales varchar NOT NULL,
      stock_out integer NOT NULL,
      feedback text,
      CHECK (sales IN ('laku', 'kurang_laku', 'tidak_laku')),
      CHECK (stock_out IN (0, 1)),
      CHECK (price IS NULL OR price >= 0)
    )`,
    `CREATE INDEX ix_monev_produk_kunjungan ON monev_produk (kunjungan_id)`,
  ];
}

export const MONEV_KEMITRAAN_COLUMNS = [
  `ALTER TABLE kemitraan ADD COLUMN review_months integer CHECK (review_months IN (3, 6))`,
  `ALTER TABLE kemitraan ADD COLUMN outcome varchar CHECK (outcome IN ('berlanjut_mandiri', 'diperpanjang', 'tidak_berlanjut', 'gagal'))`,
  `ALTER TABLE kemitraan ADD COLUMN outcome_notes text`,
  `UPDATE kemitraan SET review_months = 6 WHERE status IN ('diusulkan', 'aktif')`,
];

export const MONEV_DOWN = [
  `DROP TABLE monev_produk`,
  `DROP TABLE monev_kunjungan`,
  `ALTER TABLE kemitraan DROP COLUMN outcome_notes`,
  `ALTER TABLE kemitraan DROP COLUMN outcome`,
  `ALTER TABLE kemitraan DROP COLUMN review_months`,
];

export class Monev1765584000003 implements MigrationInterface {
  name = 'Monev1765584000003';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of [...MONEV_KEMITRAAN_COLUMNS, ...monevTables('integer PRIMARY KEY AUTOINCREMENT NOT NULL')]) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of MONEV_DOWN) await q.query(sql);
  }
}
