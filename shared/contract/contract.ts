import type { z } from 'zod';
import type { Channel } from './channels';
import { EmptyInput, SeedDemoInput, type AppInfo, type SeedDemoResult, type Stats } from './app';
import { IdInput, UmkmInput, UmkmListQuery, UmkmUpdateInput, type Page, type Umkm, type UmkmListItem } from './umkm';
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
import { AttendanceInput, KegiatanInput, KegiatanUpdateInput, SuggestInput, type Kegiatan, type KegiatanListItem, type Suggestion } from './kegiatan';

import { entry, type Entry } from './entry';
import { fileEntries } from './files';
import { excelEntries } from './excel';
import { authEntries } from './auth';
import { backupEntries } from './backup';

/** The whole interface between renderer and main: every channel, its input schema and result. */
export const contract = {
  'app:info': entry<AppInfo>()(EmptyInput),
  'app:startEmpty': entry<AppInfo>()(EmptyInput),
  'demo:seed': entry<SeedDemoResult>()(SeedDemoInput),
  'stats:summary': entry<Stats>()(EmptyInput),
  'umkm:list': entry<Page<UmkmListItem>>()(UmkmListQuery),
  'umkm:get': entry<Umkm>()(IdInput),
  'umkm:create': entry<Umkm>()(UmkmInput),
  'umkm:update': entry<Umkm>()(UmkmUpdateInput),
  'umkm:delete': entry<{ id: number }>()(IdInput),
  'komunitas:list': entry<KomunitasListItem[]>()(KomunitasListQuery),
  'komunitas:get': entry<Komunitas>()(IdInput),
  'komunitas:create': entry<Komunitas>()(KomunitasInput),
  'komunitas:update': entry<Komunitas>()(KomunitasUpdateInput),
  'komunitas:delete': entry<{ id: number }>()(IdInput),
  'komunitas:addMembers': entry<Komunitas>()(MembershipInput),
  'komunitas:removeMembers': entry<Komunitas>()(MembershipInput),
  'mitra:list': entry<Page<MitraListItem>>()(MitraListQuery),
  'mitra:get': entry<Mitra>()(IdInput),
  'mitra:create': entry<Mitra>()(MitraInput),
  'mitra:update': entry<Mitra>()(MitraUpdateInput),
  'mitra:delete': entry<{ id: number }>()(IdInput),
  'mitra:suggest': entry<Suggestion[]>()(SuggestInput),
  'kemitraan:list': entry<Page<Kemitraan>>()(KemitraanListQuery),
  'kemitraan:get': entry<Kemitraan>()(IdInput),
  'kemitraan:create': entry<Kemitraan>()(KemitraanInput),
  'kemitraan:update': entry<Kemitraan>()(KemitraanUpdateInput),
  'kemitraan:setStatus': entry<Kemitraan>()(KemitraanStatusInput),
  'kemitraan:propose': entry<Kemitraan>()(ProposeInput),
  'kemitraan:delete': entry<{ id: number }>()(IdInput),
  'kegiatan:list': entry<KegiatanListItem[]>()(EmptyInput),
  'kegiatan:get': entry<Kegiatan>()(IdInput),
  'kegiatan:create': entry<Kegiatan>()(KegiatanInput),
  'kegiatan:update': entry<Kegiatan>()(KegiatanUpdateInput),
  'kegiatan:delete': entry<{ id: number }>()(IdInput),
  'kegiatan:setAttendance': entry<Kegiatan>()(AttendanceInput),
  'progress:timeline': entry<UmkmTimeline>()(IdInput),
  'progress:add': entry<ClassRecord>()(ClassRecordInput),
  'progress:update': entry<ClassRecord>()(ClassRecordUpdateInput),
  'progress:delete': entry<{ id: number }>()(IdInput),
  'progress:report': entry<PeriodReport>()(PeriodQuery),
  'progress:reportList': entry<Page<PeriodListItem>>()(PeriodListQuery),
  'progress:overview': entry<ProgressOverview>()(EmptyInput),
  ...fileEntries,
  ...excelEntries,
  ...authEntries,
  ...backupEntries,
} satisfies Record<Channel, Entry<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = NonNullable<Contract[C]['output']>;
