import { PostgresSchema1765411200000 } from './1765411200000-postgres-schema';
import { PostgresSertifikat1765584000000 } from './1765584000000-postgres-sertifikat';
import { PostgresKegiatanPembinaan1765584000001 } from './1765584000001-postgres-kegiatan-pembinaan';
import { PostgresBantuan1765584000002 } from './1765584000002-postgres-bantuan';
import { PostgresMonev1765584000003 } from './1765584000003-postgres-monev';
import { PostgresLampiran1765584000004 } from './1765584000004-postgres-lampiran';

// In order, as SQLite's MIGRATIONS: the baseline, then one migration per later schema change.
export const POSTGRES_MIGRATIONS = [
  PostgresSchema1765411200000,
  PostgresSertifikat1765584000000,
  PostgresKegiatanPembinaan1765584000001,
  PostgresBantuan1765584000002,
  PostgresMonev1765584000003,
  PostgresLampiran1765584000004,
];
