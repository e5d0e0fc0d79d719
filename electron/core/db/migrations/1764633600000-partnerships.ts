import type { MigrationInterface, QueryRunner } from 'typeorm';

// Communities, partners, agreements with their support items, and partnership meetings.
// Membership and attendance are plain join tables; agreements point at a UMKM or a community,
// never both (CHECK), so removing a UMKM from a community leaves its agreements alone.
export class Partnerships1764633600000 implements MigrationInterface {
  name = 'Partnerships1764633600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE komunitas (
      id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      name varchar NOT NULL COLLATE NOCASE,
      kecamatan varchar(8),
      leader_umkm_id integer REFERENCES umkm (id) ON DELETE SET NULL,
      leader_name varchar,
      phone varchar,
      notes text,
      created_at varchar NOT NULL,
      updated_at varchar NOT NULL,
      deleted_at varchar
    )`);
    await q.query(`CREATE INDEX ix_komunitas_name ON komunitas (name) WHERE deleted_at IS NULL`);
    await q.query(`CREATE TABLE komunitas_anggota (
      komunitas_id integer NOT NULL REFERENCES komunitas (id) ON DELETE CASCADE,
      umkm_id integer NOT NULL REFERENCES umkm (id) ON DELETE CASCADE,
      joined_at varchar NOT NULL,
      PRIMARY KEY (komunitas_id, umkm_id)
    )`);
    await q.query(`CREATE INDEX ix_anggota_umkm ON komunitas_anggota (umkm_id)`);

    await q.query(`CREATE TABLE mitra (
      id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      name varchar NOT NULL COLLATE NOCASE,
      kind varchar NOT NULL,
      sector varchar,
      address varchar,
      kecamatan varchar(8),
      contact_name varchar,
      phone varchar,
      email varchar,
      nib varchar(13),
      npwp varchar(16),
      status varchar NOT NULL,
      interest_sectors text NOT NULL,
      offers text NOT NULL,
      target_classes text NOT NULL,
      notes text,
      created_at varchar NOT NULL,
      updated_at varchar NOT NULL,
      deleted_at varchar,
      CHECK (kind IN ('hotel', 'supermarket', 'swalayan', 'mall', 'pengembang', 'bumn_bumd', 'bank', 'lainnya')),
      CHECK (status IN ('aktif', 'tidak_aktif'))
    )`);
    await q.query(`CREATE INDEX ix_mitra_kind_name ON mitra (kind, name) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_mitra_name ON mitra (name) WHERE deleted_at IS NULL`);

    await q.query(`CREATE TABLE kegiatan (
      id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      name varchar NOT NULL,
      theme varchar,
      date varchar(10) NOT NULL,
      venue varchar NOT NULL,
      organizer varchar,
      notes text,
      created_at varchar NOT NULL,
      updated_at varchar NOT NULL,
      deleted_at varchar
    )`);
    await q.query(`CREATE INDEX ix_kegiatan_date ON kegiatan (date) WHERE deleted_at IS NULL`);
    await q.query(`CREATE TABLE kegiatan_komunitas (
      kegiatan_id integer NOT NULL REFERENCES kegiatan (id) ON DELETE CASCADE,
      komunitas_id integer NOT NULL REFERENCES komunitas (id) ON DELETE CASCADE,
      PRIMARY KEY (kegiatan_id, komunitas_id)
    )`);
    // hadir: 1 present, 0 absent, NULL invited but not yet marked.
    await q.query(`CREATE TABLE kegiatan_mitra (
      kegiatan_id integer NOT NULL REFERENCES kegiatan (id) ON DELETE CASCADE,
      mitra_id integer NOT NULL REFERENCES mitra (id) ON DELETE CASCADE,
      hadir integer,
      PRIMARY KEY (kegiatan_id, mitra_id),
      CHECK (hadir IS NULL OR hadir IN (0, 1))
    )`);
    await q.query(`CREATE TABLE kegiatan_umkm (
      kegiatan_id integer NOT NULL REFERENCES kegiatan (id) ON DELETE CASCADE,
      umkm_id integer NOT NULL REFERENCES umkm (id) ON DELETE CASCADE,
      hadir integer NOT NULL,
      PRIMARY KEY (kegiatan_id, umkm_id),
      CHECK (hadir IN (0, 1))
    )`);
    await q.query(`CREATE INDEX ix_kegiatan_umkm_umkm ON kegiatan_umkm (umkm_id)`);

    await q.query(`CREATE TABLE kemitraan (
      id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      number varchar NOT NULL,
      mitra_id integer NOT NULL REFERENCES mitra (id) ON DELETE RESTRICT,
      umkm_id integer REFERENCES umkm (id) ON DELETE RESTRICT,
      komunitas_id integer REFERENCES komunitas (id) ON DELETE RESTRICT,
      signed_at varchar(10),
      start_date varchar(10) NOT NULL,
      end_date varchar(10),
      pattern varchar NOT NULL,
      status varchar NOT NULL,
      kegiatan_id integer REFERENCES kegiatan (id) ON DELETE SET NULL,
      notes text,
      created_at varchar NOT NULL,
      updated_at varchar NOT NULL,
      deleted_at varchar,
      CHECK ((umkm_id IS NULL) <> (komunitas_id IS NULL)),
      CHECK (end_date IS NULL OR end_date >= start_date),
      CHECK (status IN ('diusulkan', 'aktif', 'selesai', 'dibatalkan')),
      CHECK (pattern IN ('inti_plasma', 'subkontrak', 'waralaba', 'perdagangan_umum', 'distribusi_keagenan', 'rantai_pasok', 'bagi_hasil', 'kerja_sama_operasional', 'usaha_patungan', 'penyumberluaran'))
    )`);
    await q.query(`CREATE UNIQUE INDEX ux_kemitraan_number ON kemitraan (number) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_kemitraan_status ON kemitraan (status, start_date) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_kemitraan_mitra ON kemitraan (mitra_id, status) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_kemitraan_umkm ON kemitraan (umkm_id, status) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_kemitraan_komunitas ON kemitraan (komunitas_id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_kemitraan_kegiatan ON kemitraan (kegiatan_id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE TABLE kemitraan_dukungan (
      id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
      kemitraan_id integer NOT NULL REFERENCES kemitraan (id) ON DELETE CASCADE,
      kind varchar NOT NULL,
      description varchar NOT NULL,
      value bigint,
      CHECK (kind IN ('pembinaan', 'permodalan', 'peralatan', 'pemasaran', 'event', 'pelatihan', 'lainnya')),
      CHECK (value IS NULL OR value >= 0)
    )`);
    await q.query(`CREATE INDEX ix_dukungan_kemitraan ON kemitraan_dukungan (kemitraan_id)`);
    await q.query(`CREATE INDEX ix_dukungan_kind ON kemitraan_dukungan (kind, kemitraan_id)`);
    // Matchmaking: a candidate's score depends only on these columns, so suggestions read them
    // from this index (grouped, then level by level) instead of visiting 200,000 rows.
    await q.query(`CREATE INDEX ix_umkm_match ON umkm (status, sector, class, kecamatan, market_reach) WHERE deleted_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_umkm_match`);
    for (const t of ['kemitraan_dukungan', 'kemitraan', 'kegiatan_umkm', 'kegiatan_mitra', 'kegiatan_komunitas', 'kegiatan', 'mitra', 'komunitas_anggota', 'komunitas']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
