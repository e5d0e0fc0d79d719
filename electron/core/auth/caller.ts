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
}

/** Start-up jobs of main itself (daily backup): never reachable from an adapter. */
export const SYSTEM_CALLER: Caller = { userId: null, username: 'sistem', role: 'admin', via: 'system' };
