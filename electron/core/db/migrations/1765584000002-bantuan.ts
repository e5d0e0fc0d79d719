import type { MigrationInterface, QueryRunner } from 'typeorm';

// Assistance handed to a UMKM (issue 15): what, its value, the source of funds, the programme and
// year, the handover day and the handover record's number (BAST). Versioned and soft-deleted like
// every record a clerk's form edits; confirmed_warnings keeps the warnings the clerk confirmed at
// its last save (JSON list: repeat, not_umkm, inactive). PostgreSQL: PostgresBantuan1765584000002.
export class Bantuan1765584000002 implements MigrationInterface {
  name = 'Bantuan1765584000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(bantuanTable('integer PRIMARY KEY AUTOINCREMENT NOT NULL'));
    for (const index of BANTUAN_INDEXES) await q.query(index);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE bantuan`);
  }
}

/** The same on both engines: the UMKM's tab and the repeat check, the list by year and source, the cascade. */
export const BANTUAN_INDEXES = [
  `CREATE INDEX ix_bantuan_umkm ON bantuan (umkm_id, kind, fund_source) WHERE deleted_at IS NULL`,
  `CREATE INDEX ix_bantuan_year ON bantuan (year, fund_source, kind) WHERE deleted_at IS NULL`,
  `CREATE INDEX ix_bantuan_umkm_any ON bantuan (umkm_id)`,
];

/** The table on both engines; `id` is the engine's own auto-numbered key. */
export function bantuanTable(id: string): string {
  return `CREATE TABLE bantuan (
      id ${id},
      umkm_id integer NOT NULL REFERENCES umkm (id) ON DELETE CASCADE,
      kind varchar NOT NULL,
      item varchar NOT NULL,
      value bigint,
      fund_source varchar NOT NULL,
      programme varchar,
      year integer NOT NULL,
      handed_at varchar(10),
      handover_number varchar,
      notes text,
      confirmed_warnings text NOT NULL DEFAULT '[]',
      created_at varchar NOT NULL,
      updated_at varchar NOT NULL,
      deleted_at varchar,
      version integer NOT NULL DEFAULT 1,
      updated_by varchar,
      CHECK (kind IN ('peralatan', 'modal', 'kemasan', 'sewa_stand', 'lainnya')),
      CHECK (fund_source IN ('apbd', 'apbn_dak', 'csr_mitra', 'bank_indonesia', 'lainnya')),
      CHECK (value IS NULL OR value >= 0),
      CHECK (year BETWEEN 1990 AND 2100)
    )`;
}
