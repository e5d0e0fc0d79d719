import { messages } from '../../../../shared/i18n';

// The register of licences and certificates (issue 15), one description for both engines: SQLite's
// migration and PostgreSQL's give the same columns, CHECKs and indexes (pgSchema.test.ts).

const LIVE = 'WHERE deleted_at IS NULL';

/** CREATE TABLE sertifikat, with the engine's own id column. */
export function sertifikatTable(idColumn: string): string {
  return `CREATE TABLE sertifikat (
      ${idColumn},
      umkm_id integer NOT NULL REFERENCES umkm (id) ON DELETE CASCADE,
      kind varchar NOT NULL,
      kind_other varchar,
      number varchar,
      issuer varchar,
      issued_at varchar(10),
      valid_until varchar(10),
      status varchar NOT NULL,
      submitted_at varchar(10),
      route varchar,
      programme varchar,
      programme_year integer,
      companion varchar,
      refusal_reason text,
      notes text,
      created_at varchar NOT NULL,
      updated_at varchar NOT NULL,
      deleted_at varchar,
      version integer NOT NULL DEFAULT 1,
      updated_by varchar,
      CHECK (kind IN ('nib', 'pirt', 'halal', 'bpom_md', 'bpom_ml', 'sni', 'hki', 'label_gizi', 'sertifikat_standar', 'lainnya')),
      CHECK (status IN ('rencana', 'diajukan', 'berkas_kurang', 'terbit', 'ditolak')),
      CHECK (route IS NULL OR route IN ('self_declare', 'reguler')),
      CHECK (valid_until IS NULL OR issued_at IS NULL OR valid_until >= issued_at)
    )`;
}

export const SERTIFIKAT_INDEXES = [
  // A UMKM's tab and the yearly record's ticks (its issued certificates by kind).
  `CREATE INDEX ix_sertifikat_umkm ON sertifikat (umkm_id, kind, status) ${LIVE}`,
  // The queue by status, oldest application first.
  `CREATE INDEX ix_sertifikat_status ON sertifikat (status, submitted_at, id) ${LIVE}`,
  // Expiring in 30/60/90 days: issued ones by their valid-until day.
  `CREATE INDEX ix_sertifikat_valid ON sertifikat (valid_until, id) WHERE status = 'terbit' AND deleted_at IS NULL`,
  // Certificates issued in a period (the report's figures): issued ones by their issue day.
  `CREATE INDEX ix_sertifikat_issued ON sertifikat (issued_at, kind) WHERE status = 'terbit' AND deleted_at IS NULL`,
  `CREATE INDEX ix_sertifikat_companion ON sertifikat (companion) ${LIVE}`,
  `CREATE INDEX ix_sertifikat_programme ON sertifikat (programme, programme_year) ${LIVE}`,
  // Purging a UMKM cascades here (deleted certificates too).
  `CREATE INDEX ix_sertifikat_umkm_any ON sertifikat (umkm_id)`,
];

/** The day of a yearly record as clerks write it (23/05/2023), in SQL both engines speak. */
const DAY = `substr(first_day, 9, 2) || '/' || substr(first_day, 6, 2) || '/' || substr(first_day, 1, 4)`;

/**
 * Every certification tick of the live yearly records becomes an issued certificate in the
 * register (issued on the earliest record carrying it, a note saying so), so nothing is lost when
 * the ticks stop being typed. `ticks` lists (umkm_id, tick, date) from the engine's JSON. The
 * ticks themselves stay in riwayat_kelas, so down() is a plain DROP.
 */
export function ticksToRegister(ticks: string, noteText: string = messages.sertifikatText.fromTick): string {
  const note = noteText.replace(/'/g, "''");
  return `INSERT INTO sertifikat (umkm_id, kind, issued_at, status, notes, created_at, updated_at)
    SELECT umkm_id,
      CASE tick WHEN 'bpom' THEN 'bpom_md' ELSE tick END,
      first_day, 'terbit', replace('${note}', '{date}', ${DAY}), now_at, now_at
    FROM (SELECT t.umkm_id, t.tick, min(t.date) AS first_day, max(t.created_at) AS now_at FROM (${ticks}) t
      WHERE t.tick IN ('nib', 'pirt', 'halal', 'bpom', 'sni', 'hki', 'label_gizi')
      GROUP BY t.umkm_id, t.tick) firsts
    ORDER BY umkm_id, tick`;
}

/** The live yearly records' ticks as rows (umkm_id, tick, date, created_at), in each engine's JSON. */
export const TICKS_SQL = {
  sqlite: `SELECT r.umkm_id, j.value AS tick, r.date, r.created_at FROM riwayat_kelas r, json_each(r.certifications) j
        WHERE r.deleted_at IS NULL`,
  postgres: `SELECT r.umkm_id, j.tick, r.date, r.created_at FROM riwayat_kelas r
        CROSS JOIN LATERAL jsonb_array_elements_text(r.certifications::jsonb) AS j(tick) WHERE r.deleted_at IS NULL`,
} as const;
