// Channel names only, without schemas, so the sandboxed preload can bundle them cheaply.
import { AUTH_CHANNELS, BACKUP_CHANNELS, CONNECTION_CHANNELS, EXCEL_CHANNELS, FILE_CHANNELS, OFFICE_CHANNELS, TRANSFER_CHANNELS, SERTIFIKAT_CHANNELS, LAMPIRAN_CHANNELS, BANTUAN_CHANNELS, MONEV_CHANNELS, RIWAYAT_CHANNELS, KEGIATAN_CHANNELS } from './areaChannels';

const CORE_CHANNELS = [
  'app:info',
  'app:startEmpty',
  'demo:seed',
  'stats:summary',
  'umkm:list',
  'umkm:get',
  'umkm:create',
  'umkm:update',
  'umkm:delete',
  'komunitas:list',
  'komunitas:get',
  'komunitas:create',
  'komunitas:update',
  'komunitas:delete',
  'komunitas:addMembers',
  'komunitas:removeMembers',
  'mitra:list',
  'mitra:get',
  'mitra:create',
  'mitra:update',
  'mitra:delete',
  'mitra:suggest',
  'kemitraan:list',
  'kemitraan:get',
  'kemitraan:create',
  'kemitraan:update',
  'kemitraan:setStatus',
  'kemitraan:propose',
  'kemitraan:delete',
  'kegiatan:list',
  'kegiatan:get',
  'kegiatan:create',
  'kegiatan:update',
  'kegiatan:delete',
  'kegiatan:setAttendance',
  'progress:timeline',
  'progress:add',
  'progress:update',
  'progress:delete',
  'progress:report',
  'progress:reportList',
  'progress:overview',
] as const;

export const CHANNELS = [...CORE_CHANNELS, ...FILE_CHANNELS, ...EXCEL_CHANNELS, ...AUTH_CHANNELS, ...BACKUP_CHANNELS, ...OFFICE_CHANNELS, ...CONNECTION_CHANNELS, ...TRANSFER_CHANNELS, ...SERTIFIKAT_CHANNELS, ...LAMPIRAN_CHANNELS, ...BANTUAN_CHANNELS, ...MONEV_CHANNELS, ...RIWAYAT_CHANNELS, ...KEGIATAN_CHANNELS] as const;
export type Channel = (typeof CHANNELS)[number];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNELS as readonly string[]).includes(name);
}
