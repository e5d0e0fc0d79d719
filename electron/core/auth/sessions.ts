import type { Caller } from './caller';

/** How an adapter names the session of its window, page or run: main keeps who is behind it. */
export interface SessionRef {
  key: string;
  via: 'app' | 'cli';
  /**
   * Where the calls come from, for the waits wrong passwords bring (throttle.ts), when it outlives
   * the key: the loopback adapter signs in on a fresh key per try, but its tab stays. The key when absent.
   */
  source?: string;
}

export interface Session {
  key: string;
  caller: Caller;
  fullName: string;
  lastActivity: number;
  locked: boolean;
  /** Offline-admin and command-line runs last one command: they never lock. */
  lockable: boolean;
  /** A fingerprint of the account's password hash at sign-in: a session of another password ends. */
  passwordStamp?: string;
}

/** What a session is checked against after a restore: the accounts of the restored file. */
export interface AccountFacts {
  id: number;
  username: string;
  role: Caller['role'];
  fullName: string;
  active: boolean;
  passwordStamp: string;
}

export const DEFAULT_LOCK_MINUTES = 15;

/**
 * Signed-in sessions, in memory only: quitting the app signs everyone out. A session idle for
 * longer than lockAfterMs locks; only the password opens it again.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  lockAfterMs = DEFAULT_LOCK_MINUTES * 60_000;

  constructor(private readonly now: () => number) {}

  get(key: string): Session | undefined {
    const s = this.sessions.get(key);
    if (s && s.lockable && !s.locked && this.now() - s.lastActivity > this.lockAfterMs) s.locked = true;
    return s;
  }

  bind(key: string, caller: Caller, opts: { fullName: string; lockable: boolean; passwordStamp?: string }): Session {
    const s: Session = {
      key,
      caller: { ...caller, sessionKey: key },
      fullName: opts.fullName,
      lastActivity: this.now(),
      locked: false,
      lockable: opts.lockable,
      passwordStamp: opts.passwordStamp,
    };
    this.sessions.set(key, s);
    return s;
  }

  /** Locks every session idle past the limit now, not at its next call; returns their keys. */
  lockIdle(): string[] {
    const locked: string[] = [];
    for (const [key, s] of this.sessions) {
      if (s.locked) continue;
      if (this.get(key)?.locked) locked.push(key);
    }
    return locked;
  }

  drop(key: string): void {
    this.sessions.delete(key);
  }

  touch(s: Session): void {
    s.lastActivity = this.now();
  }

  /**
   * The account's password changed or was reset: its sessions end, all but `keep` (the session
   * that changed its own password), which takes the new password's stamp. Returns the keys ended.
   */
  endUser(userId: number, keep?: { key: string; passwordStamp: string }): string[] {
    const ended: string[] = [];
    for (const [key, s] of this.sessions) {
      if (s.caller.userId !== userId) continue;
      if (keep && key === keep.key) s.passwordStamp = keep.passwordStamp;
      else {
        this.sessions.delete(key);
        ended.push(key);
      }
    }
    return ended;
  }

  /**
   * After a restore: every signed-in session is checked against the restored accounts. One whose
   * account is missing, inactive, renamed or has another password ends; a changed role or name
   * follows. Sessions of no account (the command line's reader, the offline admin) stay. Returns
   * the keys ended.
   */
  recheck(accounts: readonly AccountFacts[]): string[] {
    const byId = new Map(accounts.map((a) => [a.id, a]));
    const ended: string[] = [];
    for (const [key, s] of this.sessions) {
      if (s.caller.userId === null) continue;
      const a = byId.get(s.caller.userId);
      const same = a && a.active && a.username.toLowerCase() === s.caller.username.toLowerCase() && (!s.passwordStamp || s.passwordStamp === a.passwordStamp);
      if (!same) {
        this.sessions.delete(key);
        ended.push(key);
        continue;
      }
      s.caller = { ...s.caller, role: a.role };
      s.fullName = a.fullName;
    }
    return ended;
  }

  /** An admin changed or deactivated an account: its open sessions follow at once. */
  updateUser(userId: number, change: { role: Caller['role']; fullName: string } | null): void {
    for (const [key, s] of this.sessions) {
      if (s.caller.userId !== userId) continue;
      if (change) {
        s.caller = { ...s.caller, role: change.role };
        s.fullName = change.fullName;
      } else this.sessions.delete(key);
    }
  }
}
