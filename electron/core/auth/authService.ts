import type { EntityManager } from 'typeorm';
import type { AuthStatus, SessionUser, UserAccount } from '../../../shared/contract/auth';
import type { Role } from '../../../shared/domain/roles';
import { messages } from '../../../shared/i18n';
import { requireStrongPassword } from './passwordPolicy';
import { AppError } from '../errors';
import { SettingsService } from '../services/settingsService';
import { AccountsService, type Actor, type Attempt } from './accounts';
import type { AccountRow } from './accountStore';
import type { AuthEvent, AuthEventListener } from './authEvents';
import { anonymousCaller, sourceOf, type Caller } from './caller';
import { passwordStamp } from './password';
import { DEFAULT_LOCK_MINUTES, SessionStore, type Session, type SessionRef } from './sessions';
import { Throttle } from './throttle';

export const SETTING_LOCK_MINUTES = 'auth.lockMinutes';

/**
 * Signing in, out, locking and unlocking the adapters' sessions, over the accounts. It lives on
 * the Core across calls (and, for its sessions, across a restore), so it holds no connection:
 * every method that reads or writes the database takes the call's unit of work (its manager),
 * and so does every subscriber to its events. The sign-in channels run without a transaction, so
 * a refused attempt stays counted and recorded although the call fails.
 */
export class AuthService {
  readonly sessions: SessionStore;
  /** The waits wrong passwords bring, per source and name (throttle.ts). */
  readonly throttle = new Throttle();
  private readonly listeners = new Set<AuthEventListener>();
  // Each read or write of the lock time takes a turn; a read overtaken by a later one is dropped.
  private lockTimeTurn = 0;

  constructor(readonly now: () => number = Date.now) {
    this.sessions = new SessionStore(now);
  }

  /** The accounts over one unit of work's manager. */
  accounts(em: EntityManager): AccountsService {
    return new AccountsService(em, this.now, this.throttle);
  }

  /** The hook the audit trail subscribes to (with the unit of work to record in); returns the unsubscribe. */
  onAuthEvent(listener: AuthEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * `inWrite`: the event is part of a transaction that must commit whole (settle), so a failed
   * subscriber (its audit line refused) fails it. Swallowed there, PostgreSQL would end the aborted
   * transaction with a silent rollback at COMMIT while the sign-in answered OK.
   */
  private async emit(em: EntityManager, event: Omit<AuthEvent, 'at'>, inWrite = false): Promise<void> {
    const full = { ...event, at: new Date(this.now()).toISOString() };
    for (const listener of this.listeners) {
      try {
        await listener(full, em);
      } catch (err) {
        if (inWrite) throw err;
        // Elsewhere a broken subscriber must not refuse the call; the error is the subscriber's to report.
        console.error('[auth] event listener failed', err instanceof Error ? err.message : err);
      }
    }
  }

  get lockMinutes(): number {
    return this.sessions.lockAfterMs / 60_000;
  }

  /**
   * The idle time before a session locks is the database's setting: read when the Core opens
   * (or restores) a database and again on every status, so a restored setting is followed.
   */
  async readLockTime(em: EntityManager): Promise<void> {
    const turn = ++this.lockTimeTurn;
    const minutes = Number(await new SettingsService(em).get(SETTING_LOCK_MINUTES));
    if (turn !== this.lockTimeTurn) return;
    this.sessions.lockAfterMs = (Number.isFinite(minutes) && minutes > 0 ? minutes : DEFAULT_LOCK_MINUTES) * 60_000;
  }

  async setLockMinutes(em: EntityManager, minutes: number): Promise<void> {
    this.lockTimeTurn++;
    this.sessions.lockAfterMs = minutes * 60_000;
    await new SettingsService(em).set(SETTING_LOCK_MINUTES, String(minutes));
  }

  session(ref: SessionRef | undefined): Session | undefined {
    return ref ? this.sessions.get(ref.key) : undefined;
  }

  async status(em: EntityManager, key: string | undefined): Promise<AuthStatus> {
    await this.readLockTime(em);
    const s = key ? this.sessions.get(key) : undefined;
    const user: SessionUser | null = s ? { id: s.caller.userId, username: s.caller.username, fullName: s.fullName, role: s.caller.role } : null;
    return {
      needsSetup: await this.accounts(em).needsSetup(),
      user,
      locked: s?.locked ?? false,
      lockMinutes: Math.round(this.lockMinutes * 100) / 100,
    };
  }

  private signIn(key: string, row: AccountRow, via: 'app' | 'cli', source?: string): void {
    this.sessions.bind(key, { userId: row.id, username: row.username, role: row.role, via, ...(source ? { source } : {}) }, { fullName: row.fullName, lockable: via === 'app', passwordStamp: passwordStamp(row.passwordHash) });
  }

  /**
   * Records what a password check found (the name's count, or its reset and the sign-in time) and
   * its audit row in one transaction, committed whether the check passed or not.
   */
  private async settle(em: EntityManager, attempt: Attempt, signIn: boolean, event: Omit<AuthEvent, 'at'>): Promise<void> {
    await inTransaction(em, async (t) => {
      await this.accounts(t).settle(attempt, { signIn });
      await this.emit(t, event, true);
    });
  }

  async setup(em: EntityManager, caller: Caller, input: { username: string; fullName: string; password: string }): Promise<AuthStatus> {
    const row = await this.accounts(em).setupFirstAdmin(input);
    const key = requireKey(caller);
    this.signIn(key, row, viaOf(caller), caller.source);
    await this.emit(em, { type: 'setup', username: row.username, userId: row.id, via: viaOf(caller) });
    return this.status(em, key);
  }

  /**
   * A sign-in on the caller's session, which is also the source its wrong tries count against.
   * The count, the sign-in time and the audit row are written in one transaction.
   */
  async login(em: EntityManager, caller: Caller, input: { username: string; password: string }): Promise<AuthStatus> {
    const key = requireKey(caller);
    const via = viaOf(caller);
    const attempt = await this.accounts(em).attempt(input.username, input.password, sourceOf(caller));
    if (!attempt.ok) {
      // The trail says an inactive account was tried; the answer does not.
      const reason = attempt.inactive ? 'FORBIDDEN' : attempt.error.code;
      await this.settle(em, attempt, true, { type: 'login-failed', username: input.username.slice(0, 32), userId: null, via, reason });
      throw attempt.error;
    }
    const row = attempt.row;
    await this.settle(em, attempt, true, { type: 'login', username: row.username, userId: row.id, via });
    this.signIn(key, row, via, caller.source);
    return this.status(em, key);
  }

  async logout(em: EntityManager, caller: Caller): Promise<AuthStatus> {
    const key = requireKey(caller);
    const s = this.sessions.get(key);
    this.sessions.drop(key);
    if (s) await this.emit(em, { type: 'logout', username: s.caller.username, userId: s.caller.userId, via: s.caller.via });
    return this.status(em, key);
  }

  async lock(em: EntityManager, caller: Caller): Promise<AuthStatus> {
    const key = requireKey(caller);
    const s = this.sessions.get(key);
    if (s?.lockable && !s.locked) {
      s.locked = true;
      await this.emit(em, { type: 'lock', username: s.caller.username, userId: s.caller.userId, via: s.caller.via });
    }
    return this.status(em, key);
  }

  async unlock(em: EntityManager, caller: Caller, password: string): Promise<AuthStatus> {
    const key = requireKey(caller);
    const s = this.sessions.get(key);
    if (!s || s.caller.userId === null) throw new AppError('UNAUTHENTICATED', messages.auth.errors.noSession);
    const attempt = await this.accounts(em).attempt(s.caller.username, password, sourceOf(s.caller));
    const who = { username: s.caller.username, userId: s.caller.userId, via: s.caller.via };
    if (!attempt.ok) {
      await this.settle(em, attempt, false, { type: 'unlock-failed', ...who, reason: attempt.inactive ? 'FORBIDDEN' : attempt.error.code });
      // Deactivated (or renamed) while locked: the session ends.
      if (!attempt.row || !attempt.row.active || attempt.row.id !== s.caller.userId) this.sessions.drop(key);
      if (attempt.error.code === 'UNAUTHENTICATED') throw new AppError('UNAUTHENTICATED', messages.auth.errors.wrongPassword, { password: messages.auth.errors.wrongPassword });
      throw attempt.error;
    }
    await this.settle(em, attempt, false, { type: 'unlock', ...who });
    s.locked = false;
    this.sessions.touch(s);
    return this.status(em, key);
  }

  /**
   * A signed-in user's own password, with the old one checked like a sign-in (wrong tries count
   * against the session). The user's other sessions end; this one stays.
   */
  async changePassword(em: EntityManager, caller: Caller, oldPassword: string, newPassword: string): Promise<{ changed: true }> {
    if (caller.userId === null) throw new AppError('FORBIDDEN', messages.auth.errors.noSession);
    const userId = caller.userId;
    const key = requireKey(caller);
    const row = await this.accounts(em).get(userId);
    // The new one first: a weak password is refused without spending a try of the old one.
    requireStrongPassword(newPassword, row.username, 'newPassword');
    const attempt = await this.accounts(em).attempt(row.username, oldPassword, sourceOf(caller));
    if (!attempt.ok) {
      await this.settle(em, attempt, false, { type: 'unlock-failed', username: row.username, userId, via: caller.via, reason: attempt.error.code });
      if (attempt.error.code === 'UNAUTHENTICATED') throw new AppError('VALIDATION', messages.auth.errors.wrongPassword, { oldPassword: messages.auth.errors.wrongPassword });
      throw attempt.error;
    }
    const changed = await inTransaction(em, async (t) => {
      await this.accounts(t).settle(attempt, { signIn: false });
      const after = await this.accounts(t).setOwnPassword(userId, newPassword);
      await this.emit(t, { type: 'password-changed', username: caller.username, userId, via: caller.via }, true);
      return after;
    });
    this.sessions.endUser(userId, { key, passwordStamp: passwordStamp(changed.passwordHash) });
    return { changed: true };
  }

  /**
   * An admin's change to an account (users:update). A password reset ends every session of the
   * account but the acting one's own; deactivating ends them all; a new role or name follows.
   */
  async updateAccount(
    em: EntityManager,
    caller: Caller,
    input: { id: number; changes: { fullName?: string; role?: Role; active?: boolean; password?: string }; adminPassword?: string },
  ): Promise<UserAccount> {
    const accounts = this.accounts(em);
    const account = await accounts.update(input.id, input.changes, actorOf(caller), input.adminPassword);
    if (input.changes.password !== undefined) {
      const row = await accounts.get(input.id);
      this.sessions.endUser(input.id, caller.sessionKey ? { key: caller.sessionKey, passwordStamp: passwordStamp(row.passwordHash) } : undefined);
    }
    this.sessions.updateUser(account.id, account.active ? { role: account.role, fullName: account.fullName } : null);
    return account;
  }

  /** A command-line run's session: a reader, or the offline admin (recorded as such). */
  async bindFixed(em: EntityManager, key: string, caller: Caller): Promise<void> {
    this.sessions.bind(key, caller, { fullName: caller.username, lockable: false });
    if (caller.via === 'offline-admin') await this.emit(em, { type: 'offline-admin', username: caller.username, userId: null, via: 'offline-admin' });
  }

  /** The caller a public channel runs with when nobody is signed in on the session. */
  callerFor(ref: SessionRef | undefined): Caller {
    return this.session(ref)?.caller ?? anonymousCaller(ref?.key, ref?.via ?? 'app', ref?.source);
  }
}

/** `work` in one transaction: the caller's own when it has one, else a new one. */
function inTransaction<T>(em: EntityManager, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return em.queryRunner?.isTransactionActive ? work(em) : em.transaction(work);
}

function actorOf(caller: Caller): Actor {
  return { userId: caller.userId, username: caller.username, via: caller.via, source: sourceOf(caller) };
}

function requireKey(caller: Caller): string {
  if (!caller.sessionKey) throw new AppError('UNAUTHENTICATED', messages.auth.errors.noSession);
  return caller.sessionKey;
}

function viaOf(caller: Caller): 'app' | 'cli' {
  return caller.via === 'cli' ? 'cli' : 'app';
}

export { DEFAULT_LOCK_MINUTES };
