import type { Channel } from '../../../shared/contract/channels';
import { LOCK_EXEMPT, PERMISSIONS } from '../../../shared/domain/permissions';
import { fill, messages } from '../../../shared/i18n';
import { AppError } from '../errors';
import type { AuthService } from './authService';
import type { Caller } from './caller';
import type { SessionRef } from './sessions';

// Asking the state (the renderer polls it) is not activity: it must not keep an idle session open.
const NOT_ACTIVITY = new Set<Channel>(['auth:status']);

/**
 * Who may make this call, decided in main for every channel: a session, not locked, with a role the
 * permission table allows. Counts the call as activity on the session.
 */
export function authorize(channel: Channel, auth: AuthService, ref: SessionRef | undefined): Caller {
  const access = PERMISSIONS[channel];
  const session = auth.session(ref);
  // Locked means locked, public channels included: only the password (or signing out) opens it.
  if (session?.locked && !LOCK_EXEMPT.has(channel)) throw new AppError('SESSION_LOCKED', messages.auth.errors.sessionLocked);
  if (access === 'public') return auth.callerFor(ref);
  if (!session) throw new AppError('UNAUTHENTICATED', messages.auth.errors.unauthenticated);
  if (!access.includes(session.caller.role)) {
    throw new AppError('FORBIDDEN', fill(messages.auth.errors.forbidden, { role: messages.auth.roles[session.caller.role] }));
  }
  if (!session.locked && !NOT_ACTIVITY.has(channel)) auth.sessions.touch(session);
  return session.caller;
}
