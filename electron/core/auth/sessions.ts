import type { Caller } from './caller';

/** How an adapter names the session of its window, page or run: main keeps who is behind it. */
export interface SessionRef {
  key: string;
  via: 'app' | 'cli';
}

export interface Session {
  key: string;
  caller: Caller;
  fullName: string;
  lastActivity: number;
  locked: boolean;
  /** Offline-admin and command-line runs last one command: they never lock. */
  lockable: boolean;
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

  bind(key: string, caller: Caller, opts: { fullName: string; lockable: boolean }): Session {
    const s: Session = { key, caller: { ...caller, sessionKey: key }, fullName: opts.fullName, lastActivity: this.now(), locked: false, lockable: opts.lockable };
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
