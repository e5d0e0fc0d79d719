import type { Role } from '../../../shared/domain/roles';

/**
 * Who a handler call is made for, as the handler table resolved it from the adapter's session.
 * `via` tells the audit trail how the call came in.
 */
export interface Caller {
  userId: number | null;
  username: string;
  role: Role;
  via: 'app' | 'cli' | 'offline-admin' | 'system';
  /** The adapter's session the call came through (auth handlers sign it in and out). */
  sessionKey?: string;
  /** Where it came from, for the sign-in waits (SessionRef.source); the session key when absent. */
  source?: string;
}

/** Start-up jobs of main itself (daily backup): never reachable from an adapter. */
export const SYSTEM_CALLER: Caller = { userId: null, username: 'sistem', role: 'admin', via: 'system' };

/** `--as-admin-offline` on the command line: an admin without an account, named in the audit log. */
export const OFFLINE_ADMIN_CALLER: Caller = { userId: null, username: 'admin-offline', role: 'admin', via: 'offline-admin' };

/** A command-line run without an account: it may only read, as a viewer does. */
export const CLI_READER_CALLER: Caller = { userId: null, username: 'cli', role: 'pimpinan', via: 'cli' };

/**
 * Nobody signed in yet. Only public channels (status, setup, sign-in, app info) ever run with it,
 * so its role is never consulted.
 */
export function anonymousCaller(sessionKey: string | undefined, via: 'app' | 'cli', source?: string): Caller {
  return { userId: null, username: 'anonim', role: 'pimpinan', via, sessionKey, ...(source ? { source } : {}) };
}

/** The source a caller's wrong passwords count against. */
export function sourceOf(caller: Caller): string {
  return caller.source ?? caller.sessionKey ?? caller.via;
}
