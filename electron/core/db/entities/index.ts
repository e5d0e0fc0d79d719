import { AccountEntity } from './account';
import { AuditEntryEntity } from './auditEntry';
import { AnggotaEntity } from './anggota';
import { DukunganEntity } from './dukungan';
import { KegiatanEntity } from './kegiatan';
import { KegiatanKomunitasEntity } from './kegiatanKomunitas';
import { KegiatanMitraEntity } from './kegiatanMitra';
import { KegiatanUmkmEntity } from './kegiatanUmkm';
import { KemitraanEntity } from './kemitraan';
import { KomunitasEntity } from './komunitas';
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
];
export { AccountEntity, AuditEntryEntity, SettingEntity, UmkmEntity };
export * from './anggota';
export * from './dukungan';
export * from './kegiatan';
export * from './kegiatanKomunitas';
export * from './kegiatanMitra';
export * from './kegiatanUmkm';
export * from './kemitraan';
export * from './komunitas';
export * from './mitra';
export * from './progress';
export * from './rekap';
