/**
 * Work that must not interleave, run one at a time in arrival order; a failed turn does not stop
 * the next. The database's write lock is one (better-sqlite3 is one connection and TypeORM one
 * query runner over it, so a transaction started while another awaits would run inside it); an
 * import session's wizard steps are another (they replace the session's state across awaits).
 */
export class Turns {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.tail.then(work);
    this.tail = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }
}

/**
 * The next turn of the event loop: long work on the core's thread awaits it between pieces, so
 * the window's calls (and the export's zip) are answered in between.
 */
export const nextTurn = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));
