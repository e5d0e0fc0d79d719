import type { Caller } from './caller';

/**
 * What the audit trail records about signing in and out. The audit helper subscribes with
 * `ctx.auth.onAuthEvent(listener)`; a failed sign-in carries the name typed, never the password.
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

export type AuthEventListener = (event: AuthEvent) => void;
