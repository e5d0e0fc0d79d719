// After a few wrong passwords for a name, each further try waits longer: 30 s, 1 min, 2 min, …
// up to 15 min. Pure, so the table (which persists the count) and the tests share one rule.
export const FREE_ATTEMPTS = 3;
const BASE_SECONDS = 30;
const MAX_SECONDS = 15 * 60;

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

/**
 * Names without an account have no row to count in: they wait the same way, counted in memory
 * (until a restart), so probing for names costs as much as guessing a password.
 */
export class UnknownNames {
  private readonly names = new Map<string, { failures: number; lockedUntil: string | null }>();

  /** Whole seconds `name` must still wait. */
  wait(name: string, now: number): number {
    return secondsLeft(this.names.get(name.toLowerCase())?.lockedUntil ?? null, now);
  }

  /** Counts a wrong try; the seconds the name waits from now (0: may try again at once). */
  fail(name: string, now: number): number {
    const key = name.toLowerCase();
    const entry = this.names.get(key) ?? { failures: 0, lockedUntil: null };
    entry.failures += 1;
    const seconds = waitAfter(entry.failures);
    entry.lockedUntil = seconds > 0 ? new Date(now + seconds * 1000).toISOString() : null;
    if (this.names.size > 1000) this.names.clear();
    this.names.set(key, entry);
    return seconds;
  }
}
