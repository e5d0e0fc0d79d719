import type { MigrationInterface, QueryRunner } from 'typeorm';

// Class progress. riwayat_kelas holds the dated records clerks enter; kelas_perpindahan (moves)
// and kelas_tahunan (class at each year's end) are derived from them on every write, so the
// Naik Kelas report and the dashboard are indexed queries even at 200,000 UMKM.
export class Progress1764720000000 implements MigrationInterface {
  name = 'Progress1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE riwayat_kelas (
      id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      umkm_id integer NOT NULL REFERENCES umkm (id) ON DELETE CASCADE,
      date varchar(10) NOT NULL,
      annual_sales bigint,
      capital bigint,
      assets bigint,
      employees integer,
      market_reach varchar,
      certifications text NOT NULL,
      channels text NOT NULL,
      source varchar NOT NULL,
      notes text,
      class varchar NOT NULL,
      class_basis varchar NOT NULL,
      created_at varchar NOT NULL,
      updated_at varchar NOT NULL,
      deleted_at varchar,
      CHECK (annual_sales IS NULL OR annual_sales >= 0),
      CHECK (capital IS NULL OR capital >= 0),
      CHECK (annual_sales IS NOT NULL OR capital IS NOT NULL),
      CHECK (source IN ('survei', 'laporan_mandiri', 'dokumen')),
      CHECK (class IN ('mikro', 'kecil', 'menengah', 'besar'))
    )`);
    await q.query(`CREATE INDEX ix_riwayat_umkm_date ON riwayat_kelas (umkm_id, date, id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_riwayat_date ON riwayat_kelas (date, umkm_id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE TABLE kelas_perpindahan (
      umkm_id integer NOT NULL REFERENCES umkm (id) ON DELETE CASCADE,
      to_record_id integer NOT NULL,
      from_record_id integer NOT NULL,
      from_date varchar(10) NOT NULL,
      date varchar(10) NOT NULL,
      from_class varchar NOT NULL,
      to_class varchar NOT NULL,
      direction varchar NOT NULL,
      PRIMARY KEY (umkm_id, to_record_id),
      CHECK (direction IN ('naik', 'turun'))
    )`);
    await q.query(`CREATE INDEX ix_perpindahan_date ON kelas_perpindahan (date, direction)`);
    await q.query(`CREATE TABLE kelas_tahunan (
      umkm_id integer NOT NULL REFERENCES umkm (id) ON DELETE CASCADE,
      year integer NOT NULL,
      class varchar NOT NULL,
      PRIMARY KEY (umkm_id, year)
    )`);
    await q.query(`CREATE INDEX ix_tahunan_year_class ON kelas_tahunan (year, class)`);
    await q.query(`ALTER TABLE umkm ADD COLUMN last_record_date varchar(10)`);
    await q.query(`CREATE INDEX ix_umkm_last_record ON umkm (last_record_date) WHERE deleted_at IS NULL`);

    // Every registered UMKM starts with one record: its figures at registration.
    await q.query(`INSERT INTO riwayat_kelas (umkm_id, date, annual_sales, capital, assets, employees, market_reach, certifications, channels,
        source, notes, class, class_basis, created_at, updated_at)
      SELECT id, registered_at, annual_sales, capital, assets, employees, market_reach, '[]', '[]', 'dokumen', 'Data registrasi', class,
        class_basis, created_at, created_at
      FROM umkm WHERE deleted_at IS NULL`);
    await q.query(`UPDATE umkm SET last_record_date = registered_at WHERE deleted_at IS NULL`);
    await q.query(`WITH RECURSIVE years(y) AS (
        SELECT CAST(min(substr(date, 1, 4)) AS integer) FROM riwayat_kelas
        UNION ALL SELECT y + 1 FROM years WHERE y < CAST(strftime('%Y', 'now') AS integer)
      )
      INSERT INTO kelas_tahunan (umkm_id, year, class)
      SELECT r.umkm_id, years.y, r.class FROM riwayat_kelas r JOIN years ON years.y >= CAST(substr(r.date, 1, 4) AS integer)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_umkm_last_record`);
    await q.query(`ALTER TABLE umkm DROP COLUMN last_record_date`);
    for (const t of ['kelas_tahunan', 'kelas_perpindahan', 'riwayat_kelas']) await q.query(`DROP TABLE ${t}`);
  }
}
