import type { z } from 'zod';
import { CHANNELS, type Channel } from './channels';
import { EmptyInput, SeedDemoInput, type AppInfo, type SeedDemoResult, type Stats } from './app';
import { IdInput, UmkmInput, UmkmListQuery, UmkmUpdateInput, VersionedIdInput, type Page, type Umkm, type UmkmPage } from './umkm';
import { KomunitasInput, KomunitasListQuery, KomunitasUpdateInput, MembershipInput, type Komunitas, type KomunitasListItem } from './komunitas';
import { MitraInput, MitraListQuery, MitraUpdateInput, type Mitra, type MitraListItem } from './mitra';
import { KemitraanInput, KemitraanListQuery, KemitraanStatusInput, KemitraanUpdateInput, ProposeInput, type Kemitraan } from './kemitraan';
import {
  ClassRecordInput,
  ClassRecordUpdateInput,
  PeriodListQuery,
  PeriodQuery,
  type ClassRecord,
  type PeriodListItem,
  type PeriodReport,
  type ProgressOverview,
  type UmkmTimeline,
} from './progress';
import { AttendanceInput, KegiatanInput, KegiatanListQuery, KegiatanUpdateInput, SuggestInput, type Kegiatan, type KegiatanListItem, type Suggestion } from './kegiatan';

import { entry, read, write, type Entry, type Mode } from './entry';
import { fileEntries } from './files';
import { excelEntries } from './excel';
import { authEntries } from './auth';
import { backupEntries } from './backup';
import { officeEntries } from './office';
import { reportEntries } from './report';
import { connectionEntries } from './connection';
import { transferEntries } from './transfer';
import { sertifikatEntries } from './sertifikat';
import { bantuanEntries } from './bantuan';
import { lampiranEntries } from './lampiran';
import { monevEntries } from './monev';
import { riwayatEntries } from './riwayat';
import { kegiatanPesertaEntries } from './kegiatanPeserta';

/** The whole interface between renderer and main: every channel, its input schema and result. */
export const contract = {
  'app:info': entry<AppInfo>()(EmptyInput, read('public')),
  'app:startEmpty': entry<AppInfo>()(EmptyInput, write('database', 'settings_update')),
  'demo:seed': entry<SeedDemoResult>()(SeedDemoInput, write('database', 'import')),
  'stats:summary': entry<Stats>()(EmptyInput, read()),
  'umkm:list': entry<UmkmPage>()(UmkmListQuery, read()),
  'umkm:get': entry<Umkm>()(IdInput, read()),
  'umkm:create': entry<Umkm>()(UmkmInput, write('umkm', 'create')),
  'umkm:update': entry<Umkm>()(UmkmUpdateInput, write('umkm', 'update')),
  'umkm:delete': entry<{ id: number }>()(VersionedIdInput, write('umkm', 'delete')),
  'komunitas:list': entry<KomunitasListItem[]>()(KomunitasListQuery, read()),
  'komunitas:get': entry<Komunitas>()(IdInput, read()),
  'komunitas:create': entry<Komunitas>()(KomunitasInput, write('komunitas', 'create')),
  'komunitas:update': entry<Komunitas>()(KomunitasUpdateInput, write('komunitas', 'update')),
  'komunitas:delete': entry<{ id: number }>()(VersionedIdInput, write('komunitas', 'delete')),
  'komunitas:addMembers': entry<Komunitas>()(MembershipInput, write('komunitas', 'update')),
  'komunitas:removeMembers': entry<Komunitas>()(MembershipInput, write('komunitas', 'update')),
  'mitra:list': entry<Page<MitraListItem>>()(MitraListQuery, read()),
  'mitra:get': entry<Mitra>()(IdInput, read()),
  'mitra:create': entry<Mitra>()(MitraInput, write('mitra', 'create')),
  'mitra:update': entry<Mitra>()(MitraUpdateInput, write('mitra', 'update')),
  'mitra:delete': entry<{ id: number }>()(VersionedIdInput, write('mitra', 'delete')),
  'mitra:suggest': entry<Suggestion[]>()(SuggestInput, read()),
  'kemitraan:list': entry<Page<Kemitraan>>()(KemitraanListQuery, read()),
  'kemitraan:get': entry<Kemitraan>()(IdInput, read()),
  'kemitraan:create': entry<Kemitraan>()(KemitraanInput, write('kemitraan', 'create')),
  'kemitraan:update': entry<Kemitraan>()(KemitraanUpdateInput, write('kemitraan', 'update')),
  'kemitraan:setStatus': entry<Kemitraan>()(KemitraanStatusInput, write('kemitraan', 'update')),
  'kemitraan:propose': entry<Kemitraan>()(ProposeInput, write('kemitraan', 'create')),
  'kemitraan:delete': entry<{ id: number }>()(VersionedIdInput, write('kemitraan', 'delete')),
  'kegiatan:list': entry<KegiatanListItem[]>()(KegiatanListQuery, read()),
  'kegiatan:get': entry<Kegiatan>()(IdInput, read()),
  'kegiatan:create': entry<Kegiatan>()(KegiatanInput, write('kegiatan', 'create')),
  'kegiatan:update': entry<Kegiatan>()(KegiatanUpdateInput, write('kegiatan', 'update')),
  'kegiatan:delete': entry<{ id: number }>()(VersionedIdInput, write('kegiatan', 'delete')),
  'kegiatan:setAttendance': entry<Kegiatan>()(AttendanceInput, write('kegiatan', 'update')),
  'progress:timeline': entry<UmkmTimeline>()(IdInput, read()),
  'progress:add': entry<ClassRecord>()(ClassRecordInput, write('class_record', 'create')),
  'progress:update': entry<ClassRecord>()(ClassRecordUpdateInput, write('class_record', 'update')),
  'progress:delete': entry<{ id: number }>()(VersionedIdInput, write('class_record', 'delete')),
  'progress:report': entry<PeriodReport>()(PeriodQuery, read()),
  'progress:reportList': entry<Page<PeriodListItem>>()(PeriodListQuery, read()),
  'progress:overview': entry<ProgressOverview>()(EmptyInput, read()),
  ...fileEntries,
  ...excelEntries,
  ...authEntries,
  ...backupEntries,
  ...officeEntries,
  ...reportEntries,
  ...connectionEntries,
  ...transferEntries,
  ...sertifikatEntries,
  ...bantuanEntries,
  ...lampiranEntries,
  ...monevEntries,
  ...riwayatEntries,
  ...kegiatanPesertaEntries,
} satisfies Record<Channel, Entry<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = NonNullable<Contract[C]['output']>;

type AnyEntry = Entry<z.ZodType, unknown>;
const entryOf = (channel: Channel): AnyEntry => contract[channel];

/** How each channel reaches the database (see Mode). */
export const modeOf = (channel: Channel): Mode => entryOf(channel).mode;

/** The reads of stored records: the renderer re-asks them after every write. */
export const REFRESHED_READS: readonly Channel[] = CHANNELS.filter((c) => entryOf(c).mode === 'read' && entryOf(c).refresh !== false);
