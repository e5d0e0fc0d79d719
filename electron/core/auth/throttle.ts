// Wrong passwords slow the one who types them, not the account's owner. Each source (the Electron
// window, a loopback page's session, a command-line run) that fails a name waits 30 s, 1 min,
// 2 min … up to 15 min before it may try that name again; another source is not held by that
// wait, so nobody can lock the admin out by failing the admin's name. The name's own count (kept
// in the account's row, so a restart does not reset it) grows with every source's failures: once
// others have failed a name three times, every source waits from its first wrong password.
export const FREE_ATTEMPTS = 3;
const BASE_SECONDS = 30;
const MAX_SECONDS = 15 * 60;
// Memory bound: past it, finished waits are forgotten first.
const MAX_ENTRIES = 10_000;

/** Seconds to wait after `failures` wrong passwords in a row (0: may try at once). */
export function waitAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_SECONDS, BASE_SECONDS * 2 ** (failures - FREE_ATTEMPTS));
}

/** Whole seconds left before `lockedUntil` (ISO), 0 when passed or absent. */
export function secondsLeft(lockedUntil: string | null, now: number): number {
  if (!lockedUntil) return 0;
  return Math.max(0, Math.ceil((Date.parse(lockedUntil) - now) / 1000));
}

interface SourceEntry {
  failures: number;
  /** When the source may try the name again (ms). */
  until: number;
  /** The latest wrong password (ms): a lift made after it (by any process) voids the entry. */
  last: number;
}

const keyOf = (source: string, name: string) => `${source}\u0000${name.toLowerCase()}`;

/**
 * The waits of every source, per name, in memory (sources live no longer than the process), and
 * the count of names that have no account (they have no row to count in: probing for names costs
 * as much as guessing a password).
 */
export class Throttle {
  private readonly sources = new Map<string, SourceEntry>();
  private readonly unknownNames = new Map<string, number>();

  /**
   * Whole seconds `source` must still wait before trying `name`. `liftedAt` (ms): when an admin
   * last changed the account (a lift, a reset); waits from before it no longer hold.
   */
  wait(source: string, name: string, now: number, liftedAt = 0): number {
    const entry = this.entry(source, name, liftedAt);
    return entry ? Math.max(0, Math.ceil((entry.until - now) / 1000)) : 0;
  }

  /** This source's failures for the name so far (0 after a lift or a success). */
  failures(source: string, name: string, liftedAt = 0): number {
    return this.entry(source, name, liftedAt)?.failures ?? 0;
  }

  /**
   * Counts a wrong password from `source` for `name`, whose count over every source was
   * `nameFailures` before it; returns the seconds the source now waits (0: may try again at once).
   */
  fail(source: string, name: string, now: number, nameFailures: number, liftedAt = 0): number {
    const own = this.failures(source, name, liftedAt);
    const byOthers = Math.max(0, nameFailures - own);
    // A name others keep failing gives no free tries to anyone.
    const seconds = waitAfter(own + 1 + (byOthers >= FREE_ATTEMPTS ? FREE_ATTEMPTS - 1 : 0));
    if (this.sources.size >= MAX_ENTRIES) this.forgetFinished(now);
    this.sources.set(keyOf(source, name), { failures: own + 1, until: now + seconds * 1000, last: now });
    return seconds;
  }

  /** The right password from `source`: its own waits for the name end (other sources' stay). */
  succeed(source: string, name: string): void {
    this.sources.delete(keyOf(source, name));
  }

  /** An admin lifted the name's waits: every source may try it again at once. */
  lift(name: string): void {
    const suffix = `\u0000${name.toLowerCase()}`;
    for (const key of [...this.sources.keys()]) if (key.endsWith(suffix)) this.sources.delete(key);
    this.unknownNames.delete(name.toLowerCase());
  }

  /** When the last source waiting on `name` may try again (ms), or null when none waits. */
  waitingUntil(name: string, now: number, liftedAt = 0): number | null {
    const suffix = `\u0000${name.toLowerCase()}`;
    let latest: number | null = null;
    for (const [key, e] of this.sources) {
      if (!key.endsWith(suffix) || e.last < liftedAt || e.until <= now) continue;
      latest = Math.max(latest ?? 0, e.until);
    }
    return latest;
  }

  /** Wrong tries so far for a name without an account. */
  unknownFailures(name: string): number {
    return this.unknownNames.get(name.toLowerCase()) ?? 0;
  }

  /** Counts a wrong try for a name without an account; the seconds `source` now waits. */
  failUnknown(source: string, name: string, now: number): number {
    const before = this.unknownFailures(name);
    if (this.unknownNames.size >= MAX_ENTRIES) this.unknownNames.clear();
    this.unknownNames.set(name.toLowerCase(), before + 1);
    return this.fail(source, name, now, before);
  }

  private entry(source: string, name: string, liftedAt: number): SourceEntry | undefined {
    const key = keyOf(source, name);
    const entry = this.sources.get(key);
    if (entry && entry.last < liftedAt) {
      this.sources.delete(key);
      return undefined;
    }
    return entry;
  }

  private forgetFinished(now: number): void {
    for (const [key, e] of this.sources) if (e.until <= now) this.sources.delete(key);
    // Still full of running waits: the oldest go (a Map iterates in insertion order).
    for (const key of this.sources.keys()) {
      if (this.sources.size < MAX_ENTRIES) break;
      this.sources.delete(key);
    }
  }
}
