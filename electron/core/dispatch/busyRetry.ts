import { isBusy } from '../errors';

/** How long a call keeps trying while another process holds the write lock: SQLite's own busy_timeout. */
export const BUSY_WINDOW_MS = 5_000;
const FIRST_PAUSE_MS = 50;
const LONGEST_PAUSE_MS = 400;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` again while SQLite answers busy, for up to BUSY_WINDOW_MS (at least once more).
 * busy_timeout alone does not cover it: a transaction that read before it writes is answered busy
 * at once when another process holds the write lock (SQLite will not let it wait for a snapshot
 * that would be stale), and SQLITE_BUSY_SNAPSHOT is only cured by a fresh transaction. The pauses
 * between tries are the event loop's, so the core answers other calls meanwhile. Only for work
 * that is safe to repeat: a read, or one transaction that SQLite rolled back whole and that
 * touches nothing outside the database.
 */
export async function retryWhenBusy<T>(work: () => Promise<T>, windowMs = BUSY_WINDOW_MS): Promise<T> {
  const until = Date.now() + windowMs;
  let wait = FIRST_PAUSE_MS;
  for (let tries = 1; ; tries++) {
    try {
      return await work();
    } catch (err) {
      if (!isBusy(err) || (tries > 1 && Date.now() + wait > until)) throw err;
    }
    await pause(wait);
    wait = Math.min(wait * 2, LONGEST_PAUSE_MS);
  }
}
