// What both engines' kegiatan-pembinaan migrations share, so their tables cannot drift apart.
// The value lists are written out (a migration never changes with the domain's lists later).
const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
export const KEGIATAN_KINDS_SQL = list(['temu_kemitraan', 'pelatihan', 'pendampingan', 'kurasi', 'pameran', 'sosialisasi', 'monitoring']);
export const KEHADIRAN_STATUS_SQL = list(['hadir', 'izin', 'tidak_hadir']);
export const FUND_SOURCES_SQL = list(['apbd', 'apbn_dak', 'csr_mitra', 'bank_indonesia', 'lainnya']);

export const KEGIATAN_PEMBINAAN_INDEXES = [
  `CREATE INDEX ix_kegiatan_kind ON kegiatan (kind, date) WHERE deleted_at IS NULL`,
  `CREATE INDEX ix_kegiatan_peserta_kegiatan ON kegiatan_peserta (kegiatan_id, name)`,
  `CREATE INDEX ix_kegiatan_peserta_umkm ON kegiatan_peserta (umkm_id) WHERE umkm_id IS NOT NULL`,
  // One walk-in per NIK and per matched UMKM in an activity.
  `CREATE UNIQUE INDEX ux_kegiatan_peserta_nik ON kegiatan_peserta (kegiatan_id, nik) WHERE nik IS NOT NULL`,
  `CREATE UNIQUE INDEX ux_kegiatan_peserta_matched ON kegiatan_peserta (kegiatan_id, umkm_id) WHERE umkm_id IS NOT NULL`,
  // One mark a day for each participant.
  `CREATE UNIQUE INDEX ux_kehadiran_umkm ON kegiatan_kehadiran (kegiatan_id, umkm_id, day) WHERE umkm_id IS NOT NULL`,
  `CREATE UNIQUE INDEX ux_kehadiran_peserta ON kegiatan_kehadiran (peserta_id, day) WHERE peserta_id IS NOT NULL`,
  `CREATE INDEX ix_kehadiran_umkm ON kegiatan_kehadiran (umkm_id) WHERE umkm_id IS NOT NULL`,
];
