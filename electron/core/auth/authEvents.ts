import type { EntityManager } from 'typeorm';
import type { Caller } from './caller';

/**
 * What the audit trail records about signing in and out. The audit helper subscribes with
 * `auth.onAuthEvent(listener)`; a failed sign-in carries the name typed, never the password.
 */
export interface AuthEvent {
  type: 'setup' | 'login' | 'login-failed' | 'logout' | 'lock' | 'unlock' | 'unlock-failed' | 'password-changed' | 'offline-admin';
  username: string;
  userId: number | null;
  via: Caller['via'];
  at: string;
  /** The refusal's code for the failed kinds (UNAUTHENTICATED, TOO_MANY_ATTEMPTS). */
  reason?: string;
}

/** Called with the event and the unit of work it happened in (to record it there), and awaited. */
export type AuthEventListener = (event: AuthEvent, em: EntityManager) => Promise<void> | void;
