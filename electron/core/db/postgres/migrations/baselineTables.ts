import { SEARCH_TEXT } from '../searchText';

// The tables and indexes of the PostgreSQL baseline (PostgresSchema1765411200000): SQLite's schema
// after its migrations 1 to 10, statement for statement, with the columns of several clerks
// (version, updated_by, workstation) already in. Frozen with the baseline: a later change is a
// migration of its own, never an edit here.
//
// From SQLite: `integer PRIMARY KEY AUTOINCREMENT` is `serial PRIMARY KEY` (TypeORM's 'increment');
// WITHOUT ROWID tables are plain tables with the same primary key; NOCASE name columns collate
// "und-x-icu" (names sort with their capitals among them); the username is unique whatever its
// case through an index on lower(username). prev_hash and hash carry no DEFAULT: SQLite's '' was
// only what ALTER TABLE ADD COLUMN NOT NULL needs, and the audit writer always sets both.

const NAME = `varchar NOT NULL COLLATE "und-x-icu"`;
/** The columns of a record several clerks edit (issue 14): its version and who changed it last. */
const EDITED = `version integer NOT NULL DEFAULT 1,
      updated_by varchar`;
const LIVE = 'WHERE deleted_at IS NULL';
const FILTERS = 'kecamatan, kelurahan, sector, class, status';

export const TABLES: string[] = [
  `CREATE TABLE setting (key varchar PRIMARY KEY NOT NULL, value text NOT NULL)`,
  `CREATE TABLE umkm (
      id serial PRIMARY KEY,
      business_name ${NAME},
      owner_name ${NAME},
      nik varchar(16) NOT NULL,
      nib varchar(13),
      npwp varchar(16),
      address varchar NOT NULL,
      kecamatan varchar(8) NOT NULL,
      kelurahan varchar(13) NOT NULL,
      sector varchar NOT NULL,
      kbli varchar(5),
      kbli_version varchar(4),
      phone varchar,
      email varchar,
      founded_year integer,
      employees integer,
      capital bigint,
      annual_sales bigint,
      assets bigint,
      products text,
      market_reach varchar NOT NULL,
      status varchar NOT NULL,
      notes text,
      registered_at varchar(10) NOT NULL,
      class varchar NOT NULL,
      class_basis varchar NOT NULL,
      created_at varchar NOT NULL,
      updated_at varchar NOT NULL,
      deleted_at varchar,
      last_record_date varchar(10),
      ${EDITED},
      CHECK (status IN ('aktif', 'tidak_aktif')),
      CHECK (class IN ('mikro', 'kecil', 'menengah', 'besar')),
      CHECK (class_basis IN ('penjualan', 'modal')),
      CHECK (capital IS NULL OR capital >= 0),
      CHECK (annual_sales IS NULL OR annual_sales >= 0)
    )`,
  `CREATE TABLE komunitas (
      id serial PRIMARY KEY,
      name ${NAME},
      kecamatan varchar(8),
      leader_umkm_id integer REFERENCES umkm (id) ON DELETE SET NULL,
      leader_name varchar,
      phone varchar,
      notes text,
      created_at varchar NOT NULL,
      updated_at varchar NOT NULL,
      deleted_at varchar,
      ${EDITED}
    )`,
  `CREATE TABLE komunitas_anggota (
      komunitas_id integer NOT NULL REFERENCES komunitas (id) ON DELETE CASCADE,
      umkm_id integer NOT NULL REFERENCES umkm (id) ON DELETE CASCADE,
      joined_at varchar NOT NULL,
      PRIMARY KEY (komunitas_id, umkm_id)
    )`,
  `CREATE TABLE mitra (
      id serial PRIMARY KEY,
      name ${NAME},
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
      ${EDITED},
      CHECK (kind IN ('hotel', 'supermarket', 'swalayan', 'mall', 'pengembang', 'bumn_bumd', 'bank', 'lainnya')),
      CHECK (status IN ('aktif', 'tidak_aktif'))
    )`,
  `CREATE TABLE kegiatan (
      id serial PRIMARY KEY,
      name varchar NOT NULL,
      theme varchar,
      date varchar(10) NOT NULL,
      venue varchar NOT NULL,
      organizer varchar,
      notes text,
      created_at varchar NOT NULL,
      updated_at varchar NOT NULL,
      deleted_at varchar,
      ${EDITED}
    )`,
  `CREATE TABLE kegiatan_komunitas (
      kegiatan_id integer NOT NULL REFERENCES kegiatan (id) ON DELETE CASCADE,
      komunitas_id integer NOT NULL REFERENCES komunitas (id) ON DELETE CASCADE,
      PRIMARY KEY (kegiatan_id, komunitas_id)
    )`,
  // hadir: 1 present, 0 absent, NULL invited but not yet marked.
  `CREATE TABLE kegiatan_mitra (
      kegiatan_id integer NOT NULL REFERENCES kegiatan (id) ON DELETE CASCADE,
      mitra_id integer NOT NULL REFERENCES mitra (id) ON DELETE CASCADE,
      hadir integer,
      PRIMARY KEY (kegiatan_id, mitra_id),
      CHECK (hadir IS NULL OR hadir IN (0, 1))
    )`,
  `CREATE TABLE kegiatan_umkm (
      kegiatan_id integer NOT NULL REFERENCES kegiatan (id) ON DELETE CASCADE,
      umkm_id integer NOT NULL REFERENCES umkm (id) ON DELETE CASCADE,
      hadir integer NOT NULL,
      PRIMARY KEY (kegiatan_id, umkm_id),
      CHECK (hadir IN (0, 1))
    )`,
  `CREATE TABLE kemitraan (
      id serial PRIMARY KEY,
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
      finished_at varchar(10),
      ${EDITED},
      CHECK ((umkm_id IS NULL) <> (komunitas_id IS NULL)),
      CHECK (end_date IS NULL OR end_date >= start_date),
      CHECK (status IN ('diusulkan', 'aktif', 'selesai', 'dibatalkan')),
      CHECK (pattern IN ('inti_plasma', 'subkontrak', 'waralaba', 'perdagangan_umum', 'distribusi_keagenan', 'rantai_pasok', 'bagi_hasil', 'kerja_sama_operasional', 'usaha_patungan', 'penyumberluaran'))
    )`,
  `CREATE TABLE kemitraan_dukungan (
      id serial PRIMARY KEY,
      kemitraan_id integer NOT NULL REFERENCES kemitraan (id) ON DELETE CASCADE,
      kind varchar NOT NULL,
      description varchar NOT NULL,
      value bigint,
      CHECK (kind IN ('pembinaan', 'permodalan', 'peralatan', 'pemasaran', 'event', 'pelatihan', 'lainnya')),
      CHECK (value IS NULL OR value >= 0)
    )`,
  `CREATE TABLE riwayat_kelas (
      id serial PRIMARY KEY,
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
      ${EDITED},
      CHECK (annual_sales IS NULL OR annual_sales >= 0),
      CHECK (capital IS NULL OR capital >= 0),
      CHECK (annual_sales IS NOT NULL OR capital IS NOT NULL),
      CHECK (source IN ('survei', 'laporan_mandiri', 'dokumen')),
      CHECK (class IN ('mikro', 'kecil', 'menengah', 'besar'))
    )`,
  `CREATE TABLE kelas_perpindahan (
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
    )`,
  `CREATE TABLE kelas_tahunan (
      umkm_id integer NOT NULL REFERENCES umkm (id) ON DELETE CASCADE,
      year integer NOT NULL,
      class varchar NOT NULL,
      PRIMARY KEY (umkm_id, year)
    )`,
  `CREATE TABLE pengguna (
      id serial PRIMARY KEY,
      username varchar(32) NOT NULL,
      full_name varchar(120) NOT NULL,
      role varchar NOT NULL CHECK (role IN ('admin', 'operator', 'pimpinan')),
      password_hash varchar NOT NULL,
      active integer NOT NULL DEFAULT 1,
      failed_count integer NOT NULL DEFAULT 0,
      locked_until varchar,
      created_at varchar NOT NULL,
      updated_at varchar NOT NULL,
      last_login_at varchar
    )`,
  `CREATE TABLE audit_log (
      id serial PRIMARY KEY,
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
      prev_hash varchar NOT NULL,
      hash varchar NOT NULL,
      workstation varchar,
      CHECK (via IN ('app', 'cli', 'offline-admin', 'system'))
    )`,
  // Counts kept by the triggers (baselineTriggers.ts), read instead of counting rows.
  `CREATE TABLE rekap_umkm (
      kecamatan varchar NOT NULL, kelurahan varchar NOT NULL, class varchar NOT NULL, sector varchar NOT NULL,
      status varchar NOT NULL, market_reach varchar NOT NULL, n integer NOT NULL,
      PRIMARY KEY (kecamatan, kelurahan, class, sector, status, market_reach))`,
  `CREATE TABLE rekap_kelas_tahunan (year integer NOT NULL, class varchar NOT NULL, n integer NOT NULL, PRIMARY KEY (year, class))`,
  `CREATE TABLE riwayat_tahunan (umkm_id integer NOT NULL, year integer NOT NULL, n integer NOT NULL, PRIMARY KEY (umkm_id, year))`,
  `CREATE TABLE rekap_tercatat (year integer NOT NULL, kecamatan varchar NOT NULL, sector varchar NOT NULL, n integer NOT NULL,
      PRIMARY KEY (year, kecamatan, sector))`,
  `CREATE TABLE perpindahan_tahunan (year integer NOT NULL, umkm_id integer NOT NULL, from_class varchar NOT NULL, to_class varchar NOT NULL,
      PRIMARY KEY (year, umkm_id))`,
  `CREATE TABLE rekap_naik_kelas (year integer NOT NULL, kecamatan varchar NOT NULL, sector varchar NOT NULL, from_class varchar NOT NULL,
      to_class varchar NOT NULL, n integer NOT NULL, PRIMARY KEY (year, kecamatan, sector, from_class, to_class))`,
  `CREATE TABLE rekap_perpindahan (year integer NOT NULL, direction varchar NOT NULL, n integer NOT NULL, PRIMARY KEY (year, direction))`,
];

/** Every table above, the ones others point at last: the way down drops them in this order. */
export const TABLES_DOWN = [
  'rekap_perpindahan', 'rekap_naik_kelas', 'perpindahan_tahunan', 'rekap_tercatat', 'riwayat_tahunan', 'rekap_kelas_tahunan', 'rekap_umkm',
  'audit_log', 'pengguna', 'kelas_tahunan', 'kelas_perpindahan', 'riwayat_kelas', 'kemitraan_dukungan', 'kemitraan',
  'kegiatan_umkm', 'kegiatan_mitra', 'kegiatan_komunitas', 'kegiatan', 'mitra', 'komunitas_anggota', 'komunitas', 'umkm', 'setting',
];

export const INDEXES: string[] = [
  // NIK and NIB are unique among active UMKM (the service names the holder; this is the backstop).
  `CREATE UNIQUE INDEX ux_umkm_nik_active ON umkm (nik) WHERE status = 'aktif' AND deleted_at IS NULL`,
  `CREATE UNIQUE INDEX ux_umkm_nib_active ON umkm (nib) WHERE nib IS NOT NULL AND status = 'aktif' AND deleted_at IS NULL`,
  `CREATE INDEX ix_umkm_nik ON umkm (nik)`,
  `CREATE INDEX ix_umkm_kel_name ON umkm (kelurahan, business_name) ${LIVE}`,
  `CREATE INDEX ix_umkm_sector_name ON umkm (sector, business_name) ${LIVE}`,
  `CREATE INDEX ix_umkm_status_name ON umkm (status, business_name) ${LIVE}`,
  `CREATE INDEX ix_umkm_match ON umkm (status, sector, class, kecamatan, market_reach) ${LIVE}`,
  `CREATE INDEX ix_umkm_progress ON umkm (last_record_date, status, kecamatan, sector) ${LIVE}`,
  `CREATE INDEX ix_umkm_deleted ON umkm (id) WHERE deleted_at IS NOT NULL`,
  // One index per sort the registry offers, in the list's full order, carrying the filters.
  `CREATE INDEX ix_umkm_by_name ON umkm (business_name, id, ${FILTERS}, owner_name, nik, nib) ${LIVE}`,
  `CREATE INDEX ix_umkm_by_owner ON umkm (owner_name, business_name, id, ${FILTERS}) ${LIVE}`,
  `CREATE INDEX ix_umkm_by_kecamatan ON umkm (kecamatan, business_name, id, kelurahan, sector, class, status) ${LIVE}`,
  `CREATE INDEX ix_umkm_by_class ON umkm (class, business_name, id, kecamatan, kelurahan, sector, status) ${LIVE}`,
  `CREATE INDEX ix_umkm_by_sales ON umkm (annual_sales, business_name, id, ${FILTERS}) ${LIVE}`,
  `CREATE INDEX ix_umkm_by_registered ON umkm (registered_at, business_name, id, ${FILTERS}) ${LIVE}`,
  `CREATE INDEX ix_umkm_by_updated ON umkm (updated_at, business_name, id, ${FILTERS}) ${LIVE}`,
  `CREATE INDEX ix_umkm_facets ON umkm (kecamatan, class, kelurahan, sector, status) ${LIVE}`,
  `CREATE INDEX ix_umkm_live ON umkm (id, ${FILTERS}) ${LIVE}`,
  `CREATE INDEX ix_umkm_by_nik ON umkm (nik, ${FILTERS}) ${LIVE}`,
  `CREATE INDEX ix_umkm_by_nib ON umkm (nib, ${FILTERS}) WHERE nib IS NOT NULL AND deleted_at IS NULL`,
  // The registry's search: trigrams of the searched text (what FTS5's trigram table does on SQLite),
  // so ILIKE '%amplang%' over the same expression is an index scan.
  `CREATE INDEX ix_umkm_search ON umkm USING gin (${SEARCH_TEXT} gin_trgm_ops)`,
  // A search of one or two characters is a prefix of a column (postgresSearch.ts), read in the
  // column's order as SQLite reads its NOCASE indexes: lower() and byte order (text_pattern_ops,
  // which also lets LIKE 'ab%' be a range of the index whatever the column's collation).
  `CREATE INDEX ix_umkm_prefix_name ON umkm (lower(business_name) text_pattern_ops, id) WHERE deleted_at IS NULL`,
  `CREATE INDEX ix_umkm_prefix_owner ON umkm (lower(owner_name) text_pattern_ops, id) WHERE deleted_at IS NULL`,
  `CREATE INDEX ix_umkm_prefix_nik ON umkm (nik text_pattern_ops, id) WHERE deleted_at IS NULL`,
  `CREATE INDEX ix_umkm_prefix_nib ON umkm (nib text_pattern_ops, id) WHERE nib IS NOT NULL AND deleted_at IS NULL`,

  `CREATE INDEX ix_komunitas_name ON komunitas (name) ${LIVE}`,
  `CREATE INDEX ix_anggota_umkm ON komunitas_anggota (umkm_id)`,
  `CREATE INDEX ix_mitra_kind_name ON mitra (kind, name) ${LIVE}`,
  `CREATE INDEX ix_mitra_name ON mitra (name) ${LIVE}`,
  `CREATE INDEX ix_kegiatan_date ON kegiatan (date) ${LIVE}`,
  `CREATE INDEX ix_kegiatan_umkm_umkm ON kegiatan_umkm (umkm_id)`,
  `CREATE UNIQUE INDEX ux_kemitraan_number ON kemitraan (number) ${LIVE}`,
  `CREATE INDEX ix_kemitraan_status ON kemitraan (status, start_date) ${LIVE}`,
  `CREATE INDEX ix_kemitraan_mitra ON kemitraan (mitra_id, status) ${LIVE}`,
  `CREATE INDEX ix_kemitraan_umkm ON kemitraan (umkm_id, status) ${LIVE}`,
  `CREATE INDEX ix_kemitraan_komunitas ON kemitraan (komunitas_id) ${LIVE}`,
  `CREATE INDEX ix_kemitraan_kegiatan ON kemitraan (kegiatan_id) ${LIVE}`,
  `CREATE INDEX ix_kemitraan_umkm_any ON kemitraan (umkm_id)`,
  `CREATE INDEX ix_dukungan_kemitraan ON kemitraan_dukungan (kemitraan_id)`,
  `CREATE INDEX ix_dukungan_kind ON kemitraan_dukungan (kind, kemitraan_id)`,

  `CREATE INDEX ix_riwayat_umkm_date ON riwayat_kelas (umkm_id, date, id) ${LIVE}`,
  `CREATE INDEX ix_riwayat_date ON riwayat_kelas (date, umkm_id) ${LIVE}`,
  `CREATE INDEX ix_riwayat_umkm_any ON riwayat_kelas (umkm_id)`,
  `CREATE INDEX ix_perpindahan_date ON kelas_perpindahan (date, direction)`,
  `CREATE INDEX ix_perpindahan_ends ON kelas_perpindahan (date, umkm_id, from_class, to_class)`,
  `CREATE INDEX ix_tahunan_year_class ON kelas_tahunan (year, class)`,
  `CREATE INDEX ix_riwayat_tahunan_year ON riwayat_tahunan (year)`,

  // A username is one account whatever its case (SQLite: the NOCASE unique index).
  `CREATE UNIQUE INDEX ux_pengguna_username ON pengguna (lower(username))`,
  `CREATE INDEX ix_audit_entity ON audit_log (entity, entity_id, at)`,
  `CREATE INDEX ix_audit_at ON audit_log (at)`,
  `CREATE INDEX ix_audit_user ON audit_log (username, at)`,
];
