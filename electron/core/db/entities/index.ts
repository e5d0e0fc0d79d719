import { AccountEntity } from './account';
import { AuditEntryEntity } from './auditEntry';
import { AnggotaEntity } from './anggota';
import { BantuanEntity } from './bantuan';
import { SertifikatEntity } from './sertifikat';
import { MonevKunjunganEntity, MonevProdukEntity } from './monev';
import { DukunganEntity } from './dukungan';
import { KegiatanEntity } from './kegiatan';
import { KegiatanKomunitasEntity } from './kegiatanKomunitas';
import { KegiatanMitraEntity } from './kegiatanMitra';
import { KegiatanUmkmEntity } from './kegiatanUmkm';
import { KegiatanPesertaEntity } from './kegiatanPeserta';
import { KegiatanKehadiranEntity } from './kegiatanKehadiran';
import { KemitraanEntity } from './kemitraan';
import { KomunitasEntity } from './komunitas';
import { LampiranEntity } from './lampiran';
import { MitraEntity } from './mitra';
import { ClassMoveEntity, ClassRecordEntity, YearClassEntity } from './progress';
import { PerpindahanTahunanEntity, RekapKelasTahunanEntity, RekapNaikKelasEntity, RekapPerpindahanEntity, RekapTercatatEntity, RekapUmkmEntity, RiwayatTahunanEntity } from './rekap';
import { SettingEntity } from './setting';
import { UmkmEntity } from './umkm';

// Imported, never globbed: globs do not resolve inside a bundle.
export const ENTITIES = [
  UmkmEntity,
  SettingEntity,
  KomunitasEntity,
  AnggotaEntity,
  MitraEntity,
  KegiatanEntity,
  KegiatanKomunitasEntity,
  KegiatanMitraEntity,
  KegiatanUmkmEntity,
  KegiatanPesertaEntity,
  KegiatanKehadiranEntity,
  KemitraanEntity,
  DukunganEntity,
  ClassRecordEntity,
  ClassMoveEntity,
  YearClassEntity,
  AccountEntity,
  AuditEntryEntity,
  RekapUmkmEntity,
  RekapKelasTahunanEntity,
  RekapTercatatEntity,
  RiwayatTahunanEntity,
  PerpindahanTahunanEntity,
  RekapNaikKelasEntity,
  RekapPerpindahanEntity,
  LampiranEntity,
  SertifikatEntity,
  BantuanEntity,
  MonevKunjunganEntity,
  MonevProdukEntity,
];
export { AccountEntity, AuditEntryEntity, SettingEntity, UmkmEntity };
export * from './anggota';
export * from './bantuan';
export * from './dukungan';
export * from './kegiatan';
export * from './kegiatanKomunitas';
export * from './kegiatanMitra';
export * from './kegiatanUmkm';
export * from './kegiatanPeserta';
export * from './kegiatanKehadiran';
export * from './kemitraan';
export * from './komunitas';
export * from './lampiran';
export * from './mitra';
export * from './progress';
export * from './rekap';
export * from './sertifikat';
export * from './monev';
