import type { MigrationInterface, QueryRunner } from 'typeorm';
import { FUND_SOURCES_SQL, KEGIATAN_KINDS_SQL, KEGIATAN_PEMBINAAN_INDEXES, KEHADIRAN_STATUS_SQL } from '../../migrations/kegiatanPembinaanSchema';

// Activities of every kind, PostgreSQL (issue 15): the tables, columns, CHECKs and indexes of
// SQLite's KegiatanPembinaan1765584000001 (see there why).
export class PostgresKegiatanPembinaan1765584000001 implements MigrationInterface {
  name = 'PostgresKegiatanPembinaan1765584000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE kegiatan ADD COLUMN kind varchar NOT NULL DEFAULT 'temu_kemitraan' CHECK (kind IN (${KEGIATAN_KINDS_SQL}))`);
    await q.query(`ALTER TABLE kegiatan ADD COLUMN end_date varchar(10)`);
    await q.query(`ALTER TABLE kegiatan ADD CONSTRAINT ck_kegiatan_end_date CHECK (end_date IS NULL OR end_date >= date)`);
    await q.query(`ALTER TABLE kegiatan ADD COLUMN speakers varchar`);
    await q.query(`ALTER TABLE kegiatan ADD COLUMN quota integer CHECK (quota IS NULL OR quota > 0)`);
    await q.query(`ALTER TABLE kegiatan ADD COLUMN fund_source varchar CHECK (fund_source IS NULL OR fund_source IN (${FUND_SOURCES_SQL}))`);
    await q.query(`ALTER TABLE kegiatan ADD COLUMN budget bigint CHECK (budget IS NULL OR budget >= 0)`);
    await q.query(`ALTER TABLE kegiatan_umkm ADD COLUMN certificate_number varchar`);
    await q.query(`CREATE TABLE kegiatan_peserta (
      id serial PRIMARY KEY,
      kegiatan_id integer NOT NULL REFERENCES kegiatan (id) ON DELETE CASCADE,
      nik varchar(16),
      name varchar NOT NULL,
      phone varchar,
      business_name varchar,
      umkm_id integer REFERENCES umkm (id) ON DELETE SET NULL,
      certificate_number varchar,
      created_at varchar NOT NULL,
      updated_at varchar NOT NULL
    )`);
    await q.query(`CREATE TABLE kegiatan_kehadiran (
      id serial PRIMARY KEY,
      kegiatan_id integer NOT NULL REFERENCES kegiatan (id) ON DELETE CASCADE,
      day varchar(10) NOT NULL,
      umkm_id integer REFERENCES umkm (id) ON DELETE CASCADE,
      peserta_id integer REFERENCES kegiatan_peserta (id) ON DELETE CASCADE,
      status varchar NOT NULL,
      CHECK ((umkm_id IS NULL) <> (peserta_id IS NULL)),
      CHECK (status IN (${KEHADIRAN_STATUS_SQL}))
    )`);
    for (const sql of KEGIATAN_PEMBINAAN_INDEXES) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE kegiatan_kehadiran`);
    await q.query(`DROP TABLE kegiatan_peserta`);
    await q.query(`DROP INDEX ix_kegiatan_kind`);
    await q.query(`ALTER TABLE kegiatan_umkm DROP COLUMN certificate_number`);
    for (const c of ['budget', 'fund_source', 'quota', 'speakers', 'end_date', 'kind']) await q.query(`ALTER TABLE kegiatan DROP COLUMN ${c}`);
  }
}
