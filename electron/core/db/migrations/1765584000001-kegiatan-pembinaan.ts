import type { MigrationInterface, QueryRunner } from 'typeorm';
import { KEGIATAN_PEMBINAAN_INDEXES, KEGIATAN_KINDS_SQL, KEHADIRAN_STATUS_SQL, FUND_SOURCES_SQL } from './kegiatanPembinaanSchema';

// Activities of every kind (issue 15). The meeting (temu kemitraan) becomes one kind among
// pelatihan, pendampingan, kurasi, pameran, sosialisasi and monitoring: `date` is the first day,
// `end_date` the last (NULL: one day). Walk-in persons join beside the UMKM of kegiatan_umkm
// (kept: its `hadir` is "present on at least one day", which matchmaking and the meeting's figures
// read); attendance is marked per day for either. PostgreSQL's twin makes the same tables.
export class KegiatanPembinaan1765584000001 implements MigrationInterface {
  name = 'KegiatanPembinaan1765584000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE kegiatan ADD COLUMN kind varchar NOT NULL DEFAULT 'temu_kemitraan' CHECK (kind IN (${KEGIATAN_KINDS_SQL}))`);
    await q.query(`ALTER TABLE kegiatan ADD COLUMN end_date varchar(10) CHECK (end_date IS NULL OR end_date >= date)`);
    await q.query(`ALTER TABLE kegiatan ADD COLUMN speakers varchar`);
    await q.query(`ALTER TABLE kegiatan ADD COLUMN quota integer CHECK (quota IS NULL OR quota > 0)`);
    await q.query(`ALTER TABLE kegiatan ADD COLUMN fund_source varchar CHECK (fund_source IS NULL OR fund_source IN (${FUND_SOURCES_SQL}))`);
    await q.query(`ALTER TABLE kegiatan ADD COLUMN budget bigint CHECK (budget IS NULL OR budget >= 0)`);
    await q.query(`ALTER TABLE kegiatan_umkm ADD COLUMN certificate_number varchar`);
    await q.query(`CREATE TABLE kegiatan_peserta (
      id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
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
      id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
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
    for (const sql of KEGIATAN_PEMBINAAN_INDEXES) await q.query(`DROP INDEX ${sql.match(/INDEX (\w+)/)![1]}`);
    await q.query(`DROP TABLE kegiatan_kehadiran`);
    await q.query(`DROP TABLE kegiatan_peserta`);
    await q.query(`ALTER TABLE kegiatan_umkm DROP COLUMN certificate_number`);
    for (const c of ['budget', 'fund_source', 'quota', 'speakers', 'end_date', 'kind']) await q.query(`ALTER TABLE kegiatan DROP COLUMN ${c}`);
  }
}
