import type BetterSqlite3 from 'better-sqlite3';
import type { AuthStatus, SessionUser } from '../../../shared/contract/auth';
import { messages } from '../../../shared/i18n';
import { AppError } from '../errors';
import { AccountsService } from './accounts';
import type { AccountRow } from './accountStore';
import type { AuthEvent, AuthEventListener } from './authEvents';
import { anonymousCaller, type Caller } from './caller';
import { DEFAULT_LOCK_MINUTES, SessionStore, type Session, type SessionRef } from './sessions';

export const SETTING_LOCK_MINUTES = 'auth.lockMinutes';

/** Signing in, out, locking and unlocking the adapters' sessions, over the accounts. */
export class AuthService {
  readonly accounts: AccountsService;
  readonly sessions: SessionStore;
  private readonly listeners = new Set<AuthEventListener>();

  constructor(
    private readonly db: BetterSqlite3.Database,
    readonly now: () => number = Date.now,
  ) {
    this.accounts = new AccountsService(db, now);
    this.sessions = new SessionStore(now);
    const row = db.prepare(`SELECT value FROM setting WHERE key = ?`).get(SETTING_LOCK_MINUTES) as { value: string } | undefined;
    const minutes = Number(row?.value);
    if (Number.isFinite(minutes) && minutes > 0) this.sessions.lockAfterMs = minutes * 60_000;
  }

  /** The hook the audit trail subscribes to; returns the unsubscribe. */
  onAuthEvent(listener: AuthEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: Omit<AuthEvent, 'at'>): void {
    const full = { ...event, at: new Date(this.now()).toISOString() };
    for (const listener of this.listeners) {
      try {
        listener(full);
      } catch (err) {
        // A broken subscriber must not refuse a sign-in; the error is the subscriber's to report.
        console.error('[auth] event listener failed', err instanceof Error ? err.message : err);
      }
    }
  }

  get lockMinutes(): number {
    return this.sessions.lockAfterMs / 60_000;
  }

  setLockMinutes(minutes: number): void {
    this.sessions.lockAfterMs = minutes * 60_000;
    this.db.prepare(`INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(SETTING_LOCK_MINUTES, String(minutes));
  }

  session(ref: SessionRef | undefined): Session | undefined {
    return ref ? this.sessions.get(ref.key) : undefined;
  }

  status(key: string | undefined): AuthStatus {
    const s = key ? this.sessions.get(key) : undefined;
    const user: SessionUser | null = s ? { id: s.caller.userId, username: s.caller.username, fullName: s.fullName, role: s.caller.role } : null;
    return {
      needsSetup: this.accounts.needsSetup(),
      user,
      locked: s?.locked ?? false,
      lockMinutes: Math.round(this.lockMinutes * 100) / 100,
    };
  }

  private signIn(key: string, row: AccountRow, via: 'app' | 'cli'): void {
    this.sessions.bind(key, { userId: row.id, username: row.username, role: row.role, via }, { fullName: row.full_name, lockable: via === 'app' });
  }

  async setup(caller: Caller, input: { username: string; fullName: string; password: string }): Promise<AuthStatus> {
    const account = await this.accounts.setupFirstAdmin(input);
    const key = requireKey(caller);
    this.signIn(key, this.accounts.get(account.id), viaOf(caller));
    this.emit({ type: 'setup', username: account.username, userId: account.id, via: viaOf(caller) });
    return this.status(key);
  }

  async login(caller: Caller, input: { username: string; password: string }): Promise<AuthStatus> {
    const key = requireKey(caller);
    const via = viaOf(caller);
    let row: AccountRow;
    try {
      row = await this.accounts.check(input.username, input.password);
    } catch (err) {
      this.emit({ type: 'login-failed', username: input.username.slice(0, 32), userId: null, via, reason: err instanceof AppError ? err.code : 'INTERNAL' });
      throw err;
    }
    this.signIn(key, row, via);
    this.emit({ type: 'login', username: row.username, userId: row.id, via });
    return this.status(key);
  }

  logout(caller: Caller): AuthStatus {
    const key = requireKey(caller);
    const s = this.sessions.get(key);
    this.sessions.drop(key);
    if (s) this.emit({ type: 'logout', username: s.caller.username, userId: s.caller.userId, via: s.caller.via });
    return this.status(key);
  }

  lock(caller: Caller): AuthStatus {
    const key = requireKey(caller);
    const s = this.sessions.get(key);
    if (s?.lockable && !s.locked) {
      s.locked = true;
      this.emit({ type: 'lock', username: s.caller.username, userId: s.caller.userId, via: s.caller.via });
    }
    return this.status(key);
  }

  async unlock(caller: Caller, password: string): Promise<AuthStatus> {
    const key = requireKey(caller);
    const s = this.sessions.get(key);
    if (!s || s.caller.userId === null) throw new AppError('UNAUTHENTICATED', messages.auth.errors.noSession);
    try {
      await this.accounts.check(s.caller.username, password);
    } catch (err) {
      this.emit({ type: 'unlock-failed', username: s.caller.username, userId: s.caller.userId, via: s.caller.via, reason: err instanceof AppError ? err.code : 'INTERNAL' });
      if (err instanceof AppError && err.code === 'UNAUTHENTICATED' && err.message === messages.auth.errors.wrongCredentials) {
        throw new AppError('UNAUTHENTICATED', messages.auth.errors.wrongPassword, { password: messages.auth.errors.wrongPassword });
      }
      // Deactivated while locked: the session ends.
      if (err instanceof AppError && err.code === 'UNAUTHENTICATED') this.sessions.drop(key);
      throw err;
    }
    s.locked = false;
    this.sessions.touch(s);
    this.emit({ type: 'unlock', username: s.caller.username, userId: s.caller.userId, via: s.caller.via });
    return this.status(key);
  }

  async changePassword(caller: Caller, oldPassword: string, newPassword: string): Promise<{ changed: true }> {
    if (caller.userId === null) throw new AppError('FORBIDDEN', messages.auth.errors.noSession);
    await this.accounts.changeOwn(caller.userId, oldPassword, newPassword);
    this.emit({ type: 'password-changed', username: caller.username, userId: caller.userId, via: caller.via });
    return { changed: true };
  }

  /** A command-line run's session: a reader, or the offline admin (recorded as such). */
  bindFixed(key: string, caller: Caller): void {
    this.sessions.bind(key, caller, { fullName: caller.username, lockable: false });
    if (caller.via === 'offline-admin') this.emit({ type: 'offline-admin', username: caller.username, userId: null, via: 'offline-admin' });
  }

  /** The caller a public channel runs with when nobody is signed in on the session. */
  callerFor(ref: SessionRef | undefined): Caller {
    return this.session(ref)?.caller ?? anonymousCaller(ref?.key, ref?.via ?? 'app');
  }
}

function requireKey(caller: Caller): string {
  if (!caller.sessionKey) throw new AppError('UNAUTHENTICATED', messages.auth.errors.noSession);
  return caller.sessionKey;
}

function viaOf(caller: Caller): 'app' | 'cli' {
  return caller.via === 'cli' ? 'cli' : 'app';
}

export { DEFAULT_LOCK_MINUTES };
