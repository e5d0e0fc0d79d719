// One script of raw writes, in SQL both engines read alike, that exercises every trigger keeping a
// count: UMKM added in several kecamatan, sectors and classes (one already deleted), moved,
// reclassed, deactivated, deleted, restored and purged; records over several years added (one
// already deleted), deleted softly and restored, moved to another year and another UMKM, removed;
// moves and year-end classes added, changed and removed, one row and several rows a statement.
// Columns named are only those both schemas have (never version, updated_by, workstation).

const T = `'2024-01-01T00:00:00.000Z'`;

type Umkm = { id: number; kec: string; kel: string; sector: string; cls: string; status?: string; reach?: string; deleted?: boolean };
const umkmRow = (u: Umkm) =>
  `(${u.id}, 'Usaha ${u.id}', 'Pemilik ${u.id}', '6471054506880${String(u.id).padStart(3, '0')}', 'Jl. Nomor ${u.id}', '64.71.${u.kec}', '64.71.${u.kec}.${u.kel}', '${u.sector}',
    '${u.reach ?? 'lokal'}', '${u.status ?? 'aktif'}', '2021-01-05', '${u.cls}', 'penjualan', 100000000, ${T}, ${T}, ${u.deleted ? T : 'NULL'})`;
const umkm = (...rows: Umkm[]) =>
  `INSERT INTO umkm (id, business_name, owner_name, nik, address, kecamatan, kelurahan, sector, market_reach, status, registered_at, class, class_basis,
    annual_sales, created_at, updated_at, deleted_at) VALUES ${rows.map(umkmRow).join(', ')}`;

const recordRow = (id: number, umkmId: number, date: string, cls: string, deleted = false) =>
  `(${id}, ${umkmId}, '${date}', 500000000, '[]', '[]', 'survei', '${cls}', 'penjualan', ${T}, ${T}, ${deleted ? T : 'NULL'})`;
const records = (...rows: string[]) =>
  `INSERT INTO riwayat_kelas (id, umkm_id, date, annual_sales, certifications, channels, source, class, class_basis, created_at, updated_at, deleted_at) VALUES ${rows.join(', ')}`;

const moveRow = (umkmId: number, to: number, from: number, fromDate: string, date: string, f: string, t: string) => {
  const rank = ['mikro', 'kecil', 'menengah', 'besar'];
  return `(${umkmId}, ${to}, ${from}, '${fromDate}', '${date}', '${f}', '${t}', '${rank.indexOf(t) > rank.indexOf(f) ? 'naik' : 'turun'}')`;
};
const moves = (...rows: string[]) =>
  `INSERT INTO kelas_perpindahan (umkm_id, to_record_id, from_record_id, from_date, date, from_class, to_class, direction) VALUES ${rows.join(', ')}`;

const yearClasses = (...rows: Array<[number, number, string]>) =>
  `INSERT INTO kelas_tahunan (umkm_id, year, class) VALUES ${rows.map(([u, y, c]) => `(${u}, ${y}, '${c}')`).join(', ')}`;

type Step = [step: string, sql: string];

/** UMKM 1 to 9, where the script starts. */
export const UMKM_STEPS: Step[] = [
  ['UMKM 1', umkm({ id: 1, kec: '01', kel: '1001', sector: 'kuliner', cls: 'mikro' })],
  ['UMKM 2', umkm({ id: 2, kec: '01', kel: '1002', sector: 'kuliner', cls: 'kecil' })],
  ['UMKM 3', umkm({ id: 3, kec: '02', kel: '1001', sector: 'jasa', cls: 'mikro', reach: 'regional' })],
  ['UMKM 4', umkm({ id: 4, kec: '03', kel: '1001', sector: 'kriya', cls: 'menengah' })],
  ['UMKM 5 inactive', umkm({ id: 5, kec: '02', kel: '1001', sector: 'kuliner', cls: 'mikro', status: 'tidak_aktif' })],
  ['UMKM 6 already deleted', umkm({ id: 6, kec: '03', kel: '1002', sector: 'jasa', cls: 'kecil', deleted: true })],
  ['UMKM 7', umkm({ id: 7, kec: '01', kel: '1001', sector: 'kriya', cls: 'mikro' })],
  ['UMKM 8 and 9 in one statement', umkm({ id: 8, kec: '04', kel: '1001', sector: 'kuliner', cls: 'mikro' }, { id: 9, kec: '04', kel: '1001', sector: 'kuliner', cls: 'mikro' })],
];

export const TRIGGER_SCRIPT: Step[] = [
  ...UMKM_STEPS,

  ['records of UMKM 1', records(recordRow(1, 1, '2021-03-01', 'mikro'), recordRow(2, 1, '2021-09-01', 'kecil'), recordRow(3, 1, '2022-05-01', 'kecil'), recordRow(4, 1, '2023-01-01', 'menengah'))],
  ['records of UMKM 2, one already deleted', records(recordRow(5, 2, '2021-02-02', 'kecil'), recordRow(6, 2, '2022-02-02', 'kecil', true), recordRow(7, 2, '2022-08-08', 'mikro'))],
  ['records of UMKM 3', records(recordRow(8, 3, '2022-01-01', 'mikro'), recordRow(9, 3, '2022-06-06', 'kecil'))],
  ['record of UMKM 4', records(recordRow(10, 4, '2023-04-04', 'menengah'))],
  ['records of UMKM 5', records(recordRow(11, 5, '2021-01-01', 'mikro'), recordRow(12, 5, '2021-07-07', 'mikro'))],
  ['record of the deleted UMKM 6', records(recordRow(13, 6, '2021-05-05', 'kecil'))],
  ['records of UMKM 7', records(recordRow(14, 7, '2022-03-03', 'mikro'), recordRow(15, 7, '2023-03-03', 'kecil'))],
  ['records of UMKM 8 and 9', records(recordRow(16, 8, '2022-02-02', 'mikro'), recordRow(17, 9, '2022-02-02', 'mikro'), recordRow(18, 9, '2022-10-10', 'kecil'))],

  ['moves of UMKM 1', moves(moveRow(1, 2, 1, '2021-03-01', '2021-09-01', 'mikro', 'kecil'), moveRow(1, 4, 3, '2022-05-01', '2023-01-01', 'kecil', 'menengah'))],
  // Down and back up within 2023: the year's ends are equal, so no yearly move.
  ['UMKM 1 down in 2023', moves(moveRow(1, 40, 4, '2023-01-01', '2023-06-01', 'menengah', 'kecil'))],
  ['UMKM 1 back up in 2023', moves(moveRow(1, 41, 40, '2023-06-01', '2023-09-01', 'kecil', 'menengah'))],
  ['moves of UMKM 2, 3, 6, 7, 9', moves(
    moveRow(2, 7, 5, '2021-02-02', '2022-08-08', 'kecil', 'mikro'),
    moveRow(3, 9, 8, '2022-01-01', '2022-06-06', 'mikro', 'kecil'),
    moveRow(6, 13, 12, '2020-05-05', '2021-05-05', 'mikro', 'kecil'),
    moveRow(7, 15, 14, '2022-03-03', '2023-03-03', 'mikro', 'kecil'),
    moveRow(9, 18, 17, '2022-02-02', '2022-10-10', 'mikro', 'kecil'),
  )],
  ['year-end classes', yearClasses([1, 2021, 'kecil'], [1, 2022, 'kecil'], [1, 2023, 'menengah'], [2, 2021, 'kecil'], [2, 2022, 'mikro'], [3, 2022, 'kecil'], [6, 2021, 'kecil'], [7, 2022, 'mikro'], [7, 2023, 'kecil'], [9, 2022, 'kecil'])],

  ['UMKM 1 moves kecamatan', `UPDATE umkm SET kecamatan = '64.71.04', kelurahan = '64.71.04.1001' WHERE id = 1`],
  ['UMKM 3 moves sector', `UPDATE umkm SET sector = 'kriya' WHERE id = 3`],
  ['UMKM 1 reclassed', `UPDATE umkm SET class = 'kecil', class_basis = 'modal' WHERE id = 1`],
  ['UMKM 2 deactivated', `UPDATE umkm SET status = 'tidak_aktif' WHERE id = 2`],
  ['UMKM 4 kecamatan set to itself', `UPDATE umkm SET kecamatan = kecamatan, sector = sector WHERE id = 4`],
  ['market reach of a whole kecamatan', `UPDATE umkm SET market_reach = 'nasional' WHERE kecamatan = '64.71.02'`],
  ['sector of several UMKM', `UPDATE umkm SET sector = 'jasa' WHERE id IN (1, 2, 4, 9)`],
  ['UMKM 3 deleted softly', `UPDATE umkm SET deleted_at = ${T} WHERE id = 3`],
  ['UMKM 6 restored', `UPDATE umkm SET deleted_at = NULL WHERE id = 6`],
  ['UMKM 6 moves kecamatan and sector at once', `UPDATE umkm SET kecamatan = '64.71.01', kelurahan = '64.71.01.1001', sector = 'kuliner' WHERE id = 6`],

  ['a record deleted softly', `UPDATE riwayat_kelas SET deleted_at = ${T} WHERE id = 3`],
  ['one of two records of a year deleted softly', `UPDATE riwayat_kelas SET deleted_at = ${T} WHERE id = 12`],
  ['an already deleted record added to a year with records', records(recordRow(21, 1, '2021-12-12', 'kecil', true))],
  ['the already deleted record restored', `UPDATE riwayat_kelas SET deleted_at = NULL WHERE id = 6`],
  ['a record moved to another year', `UPDATE riwayat_kelas SET date = '2024-02-02' WHERE id = 10`],
  ['a record moved to another UMKM', `UPDATE riwayat_kelas SET umkm_id = 8 WHERE id = 18`],
  ['a record of a deleted UMKM moved within its year', `UPDATE riwayat_kelas SET date = '2022-12-12' WHERE id = 9`],
  ['a record removed', `DELETE FROM riwayat_kelas WHERE id = 2`],
  ['both records of UMKM 5 removed in one statement', `DELETE FROM riwayat_kelas WHERE umkm_id = 5`],
  ['a record changed elsewhere than its date', `UPDATE riwayat_kelas SET notes = 'dikoreksi', annual_sales = 600000000 WHERE id = 1`],

  ['a move dated into another year', `UPDATE kelas_perpindahan SET date = '2022-02-02' WHERE umkm_id = 1 AND to_record_id = 2`],
  ['a move turned around', `UPDATE kelas_perpindahan SET to_class = 'mikro', from_class = 'kecil', direction = 'turun' WHERE umkm_id = 9 AND to_record_id = 18`],
  ['a move removed', `DELETE FROM kelas_perpindahan WHERE umkm_id = 1 AND to_record_id = 41`],
  ['moves of UMKM 7 removed', `DELETE FROM kelas_perpindahan WHERE umkm_id = 7`],
  ['moves added in one statement', moves(moveRow(8, 16, 16, '2021-02-02', '2022-02-02', 'kecil', 'mikro'), moveRow(8, 18, 16, '2022-02-02', '2022-10-10', 'mikro', 'menengah'), moveRow(8, 19, 18, '2022-10-10', '2022-11-11', 'menengah', 'kecil'))],
  ['a move changed only in its record', `UPDATE kelas_perpindahan SET from_record_id = 99 WHERE umkm_id = 8 AND to_record_id = 19`],
  ['a year-end class changed', `UPDATE kelas_tahunan SET class = 'besar' WHERE umkm_id = 1 AND year = 2023`],
  ['a year-end class moved to another year', `UPDATE kelas_tahunan SET year = 2024 WHERE umkm_id = 9 AND year = 2022`],
  ['a year-end class removed', `DELETE FROM kelas_tahunan WHERE umkm_id = 2 AND year = 2021`],

  ['UMKM 7 purged with its records and moves', `DELETE FROM umkm WHERE id = 7`],
  ['the softly deleted UMKM 3 purged', `DELETE FROM umkm WHERE id = 3`],
  ['UMKM 9 deleted softly, then a record added to it', `UPDATE umkm SET deleted_at = ${T} WHERE id = 9`],
  ['a record for the deleted UMKM 9', records(recordRow(20, 9, '2023-05-05', 'kecil'))],
  ['UMKM 9 restored', `UPDATE umkm SET deleted_at = NULL WHERE id = 9`],
  ['UMKM 8 and 9 purged in one statement', `DELETE FROM umkm WHERE id IN (8, 9)`],
  ['every UMKM of a kecamatan deleted softly', `UPDATE umkm SET deleted_at = ${T} WHERE kecamatan = '64.71.01'`],
];

/** Each kept count, as sorted lines; the rekap tables' rows of 0 are left out (kept or not alike). */
export const SUMMARY_ROWS: Record<string, string> = {
  rekap_umkm: `SELECT kecamatan, kelurahan, class, sector, status, market_reach, n FROM rekap_umkm WHERE n <> 0`,
  rekap_tercatat: `SELECT year, kecamatan, sector, n FROM rekap_tercatat WHERE n <> 0`,
  rekap_naik_kelas: `SELECT year, kecamatan, sector, from_class, to_class, n FROM rekap_naik_kelas WHERE n <> 0`,
  rekap_perpindahan: `SELECT year, direction, n FROM rekap_perpindahan WHERE n <> 0`,
  rekap_kelas_tahunan: `SELECT year, class, n FROM rekap_kelas_tahunan WHERE n <> 0`,
  riwayat_tahunan: `SELECT umkm_id, year, n FROM riwayat_tahunan`,
  perpindahan_tahunan: `SELECT year, umkm_id, from_class, to_class FROM perpindahan_tahunan`,
};
