import type { AuditAction } from '../../../shared/contract';
import { fill, messages } from '../../../shared/i18n';
import type { AuthEvent } from '../auth/authEvents';
import type { AuthService } from '../auth/authService';
import { AccountEntity } from '../db/entities/account';
import { AuditLog } from './auditLog';
import { diff } from './diff';
import { REDACTED } from './redact';

const s = messages.auditSummary;

const ACTION: Record<AuthEvent['type'], AuditAction> = {
  setup: 'create',
  login: 'login',
  'login-failed': 'login_failed',
  logout: 'logout',
  lock: 'lock',
  unlock: 'unlock',
  'unlock-failed': 'login_failed',
  'password-changed': 'update',
  'offline-admin': 'login',
};

const SUMMARY: Record<AuthEvent['type'], string> = {
  setup: s.setup,
  login: s.login,
  'login-failed': s.loginFailed,
  logout: s.logout,
  lock: s.lock,
  unlock: s.unlock,
  'unlock-failed': s.unlockFailed,
  'password-changed': s.passwordChanged,
  'offline-admin': s.offlineAdmin,
};

function reasonText(code: string | undefined): string {
  const r = messages.auditReasons;
  return code && code in r ? r[code as keyof typeof r] : fill(r.other, { code: code ?? '' });
}

/**
 * Signing in and out reach the trail through the accounts' event hook, whichever adapter or
 * command they came from (the handler table's auditWrite leaves the auth channels to it), in the
 * unit of work the event happened in. The role is read from the account, since the event does not
 * carry it; an unknown name has none. The lines name `workstation` (this computer when not given).
 */
export function followAuthEvents(auth: AuthService, workstation?: string): () => void {
  return auth.onAuthEvent(async (e, em) => {
    const account = await em.findOne(AccountEntity, {
      select: { id: true, username: true, fullName: true, role: true, active: true },
      where: e.userId !== null ? { id: e.userId } : { username: e.username },
    });
    const role: string = e.via === 'offline-admin' ? 'admin' : (account?.role ?? '-');
    const changes =
      e.type === 'setup' && account
        ? { ...diff(null, { username: account.username, fullName: account.fullName, role: account.role, active: account.active }), password: [null, REDACTED] as [unknown, unknown] }
        : e.type === 'password-changed'
          ? { password: [REDACTED, REDACTED] as [unknown, unknown] }
          : {};
    await new AuditLog(em, workstation).record({
      caller: { userId: e.userId, username: e.username, role, via: e.via },
      action: ACTION[e.type],
      entity: 'user',
      entityId: e.userId ?? account?.id ?? null,
      summary: fill(SUMMARY[e.type], { name: e.username, reason: reasonText(e.reason) }),
      changes,
      at: e.at,
    });
  });
}
