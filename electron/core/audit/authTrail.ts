import type { AuditAction } from '../../../shared/contract';
import type { Role } from '../../../shared/domain/roles';
import { fill, messages } from '../../../shared/i18n';
import type { AuthEvent } from '../auth/authEvents';
import type { AuthService } from '../auth/authService';
import type { Raw } from '../services/sqlHelpers';
import type { AuditLog } from './auditLog';
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
 * command they came from (the handler table's auditWrite leaves the auth channels to it). The
 * role is read from the account, since the event does not carry it; an unknown name has none.
 */
export function followAuthEvents(auth: AuthService, audit: AuditLog, raw: Raw): () => void {
  const account = raw.prepare(`SELECT id, username, full_name AS fullName, role, active FROM pengguna WHERE id = ? OR (? IS NULL AND username = ? COLLATE NOCASE)`);
  return auth.onAuthEvent((e) => {
    const row = account.get(e.userId, e.userId, e.username) as { id: number; username: string; fullName: string; role: Role; active: number } | undefined;
    const role: string = e.via === 'offline-admin' ? 'admin' : (row?.role ?? '-');
    const changes =
      e.type === 'setup' && row
        ? { ...diff(null, { username: row.username, fullName: row.fullName, role: row.role, active: row.active === 1 }), password: [null, REDACTED] as [unknown, unknown] }
        : e.type === 'password-changed'
          ? { password: [REDACTED, REDACTED] as [unknown, unknown] }
          : {};
    audit.record({
      caller: { userId: e.userId, username: e.username, role, via: e.via },
      action: ACTION[e.type],
      entity: 'user',
      entityId: e.userId ?? row?.id ?? null,
      summary: fill(SUMMARY[e.type], { name: e.username, reason: reasonText(e.reason) }),
      changes,
      at: e.at,
    });
  });
}
