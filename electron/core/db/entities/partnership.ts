import { EntitySchema } from 'typeorm';
import type { UmkmClass } from '../../../../shared/domain/classification';
import type { KemitraanStatus, MitraKind, MitraStatus, PartnershipPattern, SupportKind } from '../../../../shared/domain/partnership';
import type { Sector } from '../../../../shared/domain/sectors';
import { bigintNumber, timestamps } from './columns';

// Explicit column types throughout: esbuild-based tools emit no decorator metadata.

export interface KomunitasRow {
  id: number;
  name: string;
  kecamatan: string | null;
  leaderUmkmId: number | null;
  leaderName: string | null;
  phone: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}
export const KomunitasEntity = new EntitySchema<KomunitasRow>({
  name: 'Komunitas',
  tableName: 'komunitas',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    name: { type: 'varchar' },
    kecamatan: { type: 'varchar', length: 8, nullable: true },
    leaderUmkmId: { type: 'integer', name: 'leader_umkm_id', nullable: true },
    leaderName: { type: 'varchar', name: 'leader_name', nullable: true },
    phone: { type: 'varchar', nullable: true },
    notes: { type: 'text', nullable: true },
    ...timestamps,
  },
});

export interface AnggotaRow {
  komunitasId: number;
  umkmId: number;
  joinedAt: string;
}
export const AnggotaEntity = new EntitySchema<AnggotaRow>({
  name: 'KomunitasAnggota',
  tableName: 'komunitas_anggota',
  columns: {
    komunitasId: { type: 'integer', name: 'komunitas_id', primary: true },
    umkmId: { type: 'integer', name: 'umkm_id', primary: true },
    joinedAt: { type: 'varchar', name: 'joined_at' },
  },
});

export interface MitraRow {
  id: number;
  name: string;
  kind: MitraKind;
  sector: string | null;
  address: string | null;
  kecamatan: string | null;
  contactName: string | null;
  phone: string | null;
  email: string | null;
  nib: string | null;
  npwp: string | null;
  status: MitraStatus;
  interestSectors: Sector[];
  offers: SupportKind[];
  targetClasses: UmkmClass[];
  notes: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}
export const MitraEntity = new EntitySchema<MitraRow>({
  name: 'Mitra',
  tableName: 'mitra',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    name: { type: 'varchar' },
    kind: { type: 'varchar' },
    sector: { type: 'varchar', nullable: true },
    address: { type: 'varchar', nullable: true },
    kecamatan: { type: 'varchar', length: 8, nullable: true },
    contactName: { type: 'varchar', name: 'contact_name', nullable: true },
    phone: { type: 'varchar', nullable: true },
    email: { type: 'varchar', nullable: true },
    nib: { type: 'varchar', length: 13, nullable: true },
    npwp: { type: 'varchar', length: 16, nullable: true },
    status: { type: 'varchar' },
    // Short lists of enum keys, as JSON text on every backend.
    interestSectors: { type: 'simple-json', name: 'interest_sectors' },
    offers: { type: 'simple-json' },
    targetClasses: { type: 'simple-json', name: 'target_classes' },
    notes: { type: 'text', nullable: true },
    ...timestamps,
  },
});

export interface KegiatanRow {
  id: number;
  name: string;
  theme: string | null;
  date: string;
  venue: string;
  organizer: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}
export const KegiatanEntity = new EntitySchema<KegiatanRow>({
  name: 'Kegiatan',
  tableName: 'kegiatan',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    name: { type: 'varchar' },
    theme: { type: 'varchar', nullable: true },
    date: { type: 'varchar', length: 10 },
    venue: { type: 'varchar' },
    organizer: { type: 'varchar', nullable: true },
    notes: { type: 'text', nullable: true },
    ...timestamps,
  },
});

export interface KegiatanKomunitasRow {
  kegiatanId: number;
  komunitasId: number;
}
export const KegiatanKomunitasEntity = new EntitySchema<KegiatanKomunitasRow>({
  name: 'KegiatanKomunitas',
  tableName: 'kegiatan_komunitas',
  columns: {
    kegiatanId: { type: 'integer', name: 'kegiatan_id', primary: true },
    komunitasId: { type: 'integer', name: 'komunitas_id', primary: true },
  },
});

/** hadir: true present, false absent, null invited and not yet marked. */
const hadirColumn = {
  type: 'integer' as const,
  transformer: {
    to: (v: boolean | null | undefined) => (v === null || v === undefined ? null : v ? 1 : 0),
    from: (v: number | null) => (v === null ? null : v === 1),
  },
};

export interface KegiatanMitraRow {
  kegiatanId: number;
  mitraId: number;
  hadir: boolean | null;
}
export const KegiatanMitraEntity = new EntitySchema<KegiatanMitraRow>({
  name: 'KegiatanMitra',
  tableName: 'kegiatan_mitra',
  columns: {
    kegiatanId: { type: 'integer', name: 'kegiatan_id', primary: true },
    mitraId: { type: 'integer', name: 'mitra_id', primary: true },
    hadir: { ...hadirColumn, nullable: true },
  },
});

export interface KegiatanUmkmRow {
  kegiatanId: number;
  umkmId: number;
  hadir: boolean;
}
export const KegiatanUmkmEntity = new EntitySchema<KegiatanUmkmRow>({
  name: 'KegiatanUmkm',
  tableName: 'kegiatan_umkm',
  columns: {
    kegiatanId: { type: 'integer', name: 'kegiatan_id', primary: true },
    umkmId: { type: 'integer', name: 'umkm_id', primary: true },
    hadir: hadirColumn,
  },
});

export interface KemitraanRow {
  id: number;
  number: string;
  mitraId: number;
  umkmId: number | null;
  komunitasId: number | null;
  signedAt: string | null;
  startDate: string;
  endDate: string | null;
  pattern: PartnershipPattern;
  status: KemitraanStatus;
  kegiatanId: number | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}
export const KemitraanEntity = new EntitySchema<KemitraanRow>({
  name: 'Kemitraan',
  tableName: 'kemitraan',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    number: { type: 'varchar' },
    mitraId: { type: 'integer', name: 'mitra_id' },
    umkmId: { type: 'integer', name: 'umkm_id', nullable: true },
    komunitasId: { type: 'integer', name: 'komunitas_id', nullable: true },
    signedAt: { type: 'varchar', length: 10, name: 'signed_at', nullable: true },
    startDate: { type: 'varchar', length: 10, name: 'start_date' },
    endDate: { type: 'varchar', length: 10, name: 'end_date', nullable: true },
    pattern: { type: 'varchar' },
    status: { type: 'varchar' },
    kegiatanId: { type: 'integer', name: 'kegiatan_id', nullable: true },
    notes: { type: 'text', nullable: true },
    ...timestamps,
  },
});

export interface DukunganRow {
  id: number;
  kemitraanId: number;
  kind: SupportKind;
  description: string;
  value: number | null;
}
export const DukunganEntity = new EntitySchema<DukunganRow>({
  name: 'KemitraanDukungan',
  tableName: 'kemitraan_dukungan',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    kemitraanId: { type: 'integer', name: 'kemitraan_id' },
    kind: { type: 'varchar' },
    description: { type: 'varchar' },
    value: { ...bigintNumber, nullable: true },
  },
});
