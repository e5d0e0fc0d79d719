import type { EntityManager } from 'typeorm';
import type { AuthStatus, SessionUser } from '../../../shared/contract/auth';
import { messages } from '../../../shared/i18n';
import { AppError } from '../errors';
import { SettingsService } from '../services/settingsService';
import { AccountsService } from './accounts';
import type { AccountRow } from './accountStore';
import type { AuthEvent, AuthEventListener } from './authEvents';
import { anonymousCaller, type Caller } from './caller';
import { DEFAULT_LOCK_MINUTES, SessionStore, type Session, type SessionRef } from './sessions';
import { UnknownNames } from './throttle';

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
  private readonly unknownNames = new UnknownNames();
  private readonly listeners = new Set<AuthEventListener>();
  // Each read or write of the lock time takes a turn; a read overtaken by a later one is dropped.
  private lockTimeTurn = 0;

  constructor(readonly now: () => number = Date.now) {
    this.sessions = new SessionStore(now);
  }

  /** The accounts over one unit of work's manager. */
  accounts(em: EntityManager): AccountsService {
    return new AccountsService(em, this.now, this.unknownNames);
  }

  /** The hook the audit trail subscribes to (with the unit of work to record in); returns the unsubscribe. */
  onAuthEvent(listener: AuthEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async emit(em: EntityManager, event: Omit<AuthEvent, 'at'>): Promise<void> {
    const full = { ...event, at: new Date(this.now()).toISOString() };
    for (const listener of this.listeners) {
      try {
        await listener(full, em);
      } catch (err) {
        // A broken subscriber must not refuse a sign-in; the error is the subscriber's to report.
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

  private signIn(key: string, row: AccountRow, via: 'app' | 'cli'): void {
    this.sessions.bind(key, { userId: row.id, username: row.username, role: row.role, via }, { fullName: row.fullName, lockable: via === 'app' });
  }

  async setup(em: EntityManager, caller: Caller, input: { username: string; fullName: string; password: string }): Promise<AuthStatus> {
    const row = await this.accounts(em).setupFirstAdmin(input);
    const key = requireKey(caller);
    this.signIn(key, row, viaOf(caller));
    await this.emit(em, { type: 'setup', username: row.username, userId: row.id, via: viaOf(caller) });
    return this.status(em, key);
  }

  async login(em: EntityManager, caller: Caller, input: { username: string; password: string }): Promise<AuthStatus> {
    const key = requireKey(caller);
    const via = viaOf(caller);
    let row: AccountRow;
    try {
      row = await this.accounts(em).check(input.username, input.password);
    } catch (err) {
      await this.emit(em, { type: 'login-failed', username: input.username.slice(0, 32), userId: null, via, reason: err instanceof AppError ? err.code : 'INTERNAL' });
      throw err;
    }
    this.signIn(key, row, via);
    await this.emit(em, { type: 'login', username: row.username, userId: row.id, via });
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
    try {
      await this.accounts(em).check(s.caller.username, password);
    } catch (err) {
      await this.emit(em, { type: 'unlock-failed', username: s.caller.username, userId: s.caller.userId, via: s.caller.via, reason: err instanceof AppError ? err.code : 'INTERNAL' });
      if (err instanceof AppError && err.code === 'UNAUTHENTICATED' && err.message === messages.auth.errors.wrongCredentials) {
        throw new AppError('UNAUTHENTICATED', messages.auth.errors.wrongPassword, { password: messages.auth.errors.wrongPassword });
      }
      // Deactivated while locked: the session ends.
      if (err instanceof AppError && err.code === 'UNAUTHENTICATED') this.sessions.drop(key);
      throw err;
    }
    s.locked = false;
    this.sessions.touch(s);
    await this.emit(em, { type: 'unlock', username: s.caller.username, userId: s.caller.userId, via: s.caller.via });
    return this.status(em, key);
  }

  async changePassword(em: EntityManager, caller: Caller, oldPassword: string, newPassword: string): Promise<{ changed: true }> {
    if (caller.userId === null) throw new AppError('FORBIDDEN', messages.auth.errors.noSession);
    await this.accounts(em).changeOwn(caller.userId, oldPassword, newPassword);
    await this.emit(em, { type: 'password-changed', username: caller.username, userId: caller.userId, via: caller.via });
    return { changed: true };
  }

  /** A command-line run's session: a reader, or the offline admin (recorded as such). */
  async bindFixed(em: EntityManager, key: string, caller: Caller): Promise<void> {
    this.sessions.bind(key, caller, { fullName: caller.username, lockable: false });
    if (caller.via === 'offline-admin') await this.emit(em, { type: 'offline-admin', username: caller.username, userId: null, via: 'offline-admin' });
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
