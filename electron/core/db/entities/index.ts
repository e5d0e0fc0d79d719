import {
  AnggotaEntity,
  DukunganEntity,
  KegiatanEntity,
  KegiatanKomunitasEntity,
  KegiatanMitraEntity,
  KegiatanUmkmEntity,
  KemitraanEntity,
  KomunitasEntity,
  MitraEntity,
} from './partnership';
import { ClassMoveEntity, ClassRecordEntity, YearClassEntity } from './progress';
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
];
export { SettingEntity, UmkmEntity };
export * from './partnership';
export * from './progress';
