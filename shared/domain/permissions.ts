import type { Channel } from '../contract/channels';
import { ROLES, type Role } from './roles';

/** 'public': answered without a session (first start, sign-in, the app's own facts). */
export type Access = 'public' | readonly Role[];

const ALL: readonly Role[] = ROLES;
const WRITERS: readonly Role[] = ['admin', 'operator'];
const ADMIN: readonly Role[] = ['admin'];

/**
 * Who may call each channel. Main enforces it in the handler table; the renderer only reads it to
 * hide what a role may not use. Typed over every channel, so a new channel without a rule does not
 * compile.
 */
export const PERMISSIONS: Record<Channel, Access> = {
  'app:info': 'public',
  'app:startEmpty': WRITERS,
  'demo:seed': WRITERS,
  'stats:summary': ALL,
  'umkm:list': ALL,
  'umkm:get': ALL,
  'umkm:create': WRITERS,
  'umkm:update': WRITERS,
  'umkm:delete': WRITERS,
  'komunitas:list': ALL,
  'komunitas:get': ALL,
  'komunitas:create': WRITERS,
  'komunitas:update': WRITERS,
  'komunitas:delete': WRITERS,
  'komunitas:addMembers': WRITERS,
  'komunitas:removeMembers': WRITERS,
  'mitra:list': ALL,
  'mitra:get': ALL,
  'mitra:create': WRITERS,
  'mitra:update': WRITERS,
  'mitra:delete': WRITERS,
  'mitra:suggest': ALL,
  'kemitraan:list': ALL,
  'kemitraan:get': ALL,
  'kemitraan:create': WRITERS,
  'kemitraan:update': WRITERS,
  'kemitraan:setStatus': WRITERS,
  'kemitraan:propose': WRITERS,
  'kemitraan:delete': WRITERS,
  'kegiatan:list': ALL,
  'kegiatan:get': ALL,
  'kegiatan:create': WRITERS,
  'kegiatan:update': WRITERS,
  'kegiatan:delete': WRITERS,
  'kegiatan:setAttendance': WRITERS,
  'progress:timeline': ALL,
  'progress:add': WRITERS,
  'progress:update': WRITERS,
  'progress:delete': WRITERS,
  'progress:report': ALL,
  'progress:reportList': ALL,
  'progress:overview': ALL,
  // Choosing a file writes nothing; a viewer saves the exports it may make.
  'file:pick': ALL,
  'file:save': ALL,
  'import:open': WRITERS,
  'import:sheet': WRITERS,
  'import:preview': WRITERS,
  'import:commit': WRITERS,
  'import:progress': WRITERS,
  'import:cancel': WRITERS,
  'import:refusedFile': WRITERS,
  'import:template': ALL,
  'export:list': ALL,
  'export:report': ALL,
  'auth:status': 'public',
  'auth:setup': 'public',
  'auth:login': 'public',
  'auth:logout': ALL,
  'auth:lock': ALL,
  'auth:unlock': ALL,
  'auth:changePassword': ALL,
  'users:list': ADMIN,
  'users:create': ADMIN,
  'users:update': ADMIN,
  // The whole trail is the admin's; an entity's own history shows on its page to everyone.
  'audit:list': ADMIN,
  'audit:entity': ALL,
  'trash:list': ADMIN,
  'trash:restore': ADMIN,
  'trash:purge': ADMIN,
  'backup:list': ADMIN,
  // A backup before a large import is the operator's safety net too.
  'backup:create': WRITERS,
  'backup:save': ADMIN,
  'backup:restore': ADMIN,
  'backup:setKeep': ADMIN,
  'db:check': ADMIN,
};

/** A locked session may still ask its state, unlock, lock again or sign out; nothing else. */
export const LOCK_EXEMPT: ReadonlySet<Channel> = new Set<Channel>(['auth:status', 'auth:setup', 'auth:login', 'auth:logout', 'auth:lock', 'auth:unlock']);

export function isPublic(channel: Channel): boolean {
  return PERMISSIONS[channel] === 'public';
}

export function roleMay(role: Role, channel: Channel): boolean {
  const access = PERMISSIONS[channel];
  return access === 'public' || access.includes(role);
}

/** A channel a viewer may not call: the command line asks for an account before it. */
export function isWriting(channel: Channel): boolean {
  return !roleMay('pimpinan', channel);
}
