import { CHANNELS, type Channel } from '../contract/channels';
import { contract } from '../contract/contract';
import type { Access } from '../contract/entry';
import type { Role } from './roles';

export type { Access };

/**
 * Who may call each channel, as its contract entry says. Main enforces it in the handler table;
 * the renderer only reads it to hide what a role may not use.
 */
export const PERMISSIONS = Object.fromEntries(CHANNELS.map((c) => [c, contract[c].roles])) as Record<Channel, Access>;

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
