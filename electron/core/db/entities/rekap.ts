import type { UmkmClass } from '../../../../shared/domain/classification';
import type { MarketReach, Sector } from '../../../../shared/domain/sectors';
import { col, defineEntity, type Row } from './define';

// Counts kept by triggers (migration QuerySpeed1765152000000), read by the registry, the dashboard
// and the Naik Kelas report instead of counting rows; never written by the services.

/** Live UMKM per filter combination. */
export const RekapUmkmEntity = defineEntity('RekapUmkm', 'rekap_umkm', {
  kecamatan: col.text({ primary: true }),
  kelurahan: col.text({ primary: true }),
  class: col.text<UmkmClass>({ primary: true }),
  sector: col.text<Sector>({ primary: true }),
  status: col.text<'aktif' | 'tidak_aktif'>({ primary: true }),
  marketReach: col.text<MarketReach>({ name: 'market_reach', primary: true }),
  n: col.int(),
});
export type RekapUmkmRow = Row<typeof RekapUmkmEntity>;

/** Rows of kelas_tahunan per year and class (deleted UMKM's rows included, as in kelas_tahunan). */
export const RekapKelasTahunanEntity = defineEntity('RekapKelasTahunan', 'rekap_kelas_tahunan', {
  year: col.int({ primary: true }),
  class: col.text<UmkmClass>({ primary: true }),
  n: col.int(),
});

/** Live UMKM with at least one live record dated in the year, per kecamatan and sector. */
export const RekapTercatatEntity = defineEntity('RekapTercatat', 'rekap_tercatat', {
  year: col.int({ primary: true }),
  kecamatan: col.text({ primary: true }),
  sector: col.text<Sector>({ primary: true }),
  n: col.int(),
});

/** Each UMKM's live records per year (only years with one or more): "recorded in a year" by its key. */
export const RiwayatTahunanEntity = defineEntity('RiwayatTahunan', 'riwayat_tahunan', {
  umkmId: col.int({ name: 'umkm_id', primary: true }),
  year: col.int({ primary: true }),
  n: col.int(),
});

/** Each UMKM's move over a calendar year: the class at its start and end, where they differ. */
export const PerpindahanTahunanEntity = defineEntity('PerpindahanTahunan', 'perpindahan_tahunan', {
  year: col.int({ primary: true }),
  umkmId: col.int({ name: 'umkm_id', primary: true }),
  fromClass: col.text<UmkmClass>({ name: 'from_class' }),
  toClass: col.text<UmkmClass>({ name: 'to_class' }),
});

/** The live UMKM's moves over each year (perpindahan_tahunan), per kecamatan, sector and pair of classes. */
export const RekapNaikKelasEntity = defineEntity('RekapNaikKelas', 'rekap_naik_kelas', {
  year: col.int({ primary: true }),
  kecamatan: col.text({ primary: true }),
  sector: col.text<Sector>({ primary: true }),
  fromClass: col.text<UmkmClass>({ name: 'from_class', primary: true }),
  toClass: col.text<UmkmClass>({ name: 'to_class', primary: true }),
  n: col.int(),
});

/** Every move of a class (kelas_perpindahan) per year and direction, deleted UMKM's included. */
export const RekapPerpindahanEntity = defineEntity('RekapPerpindahan', 'rekap_perpindahan', {
  year: col.int({ primary: true }),
  direction: col.text<'naik' | 'turun'>({ primary: true }),
  n: col.int(),
});
