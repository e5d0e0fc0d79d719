/**
 * One writer at a time, in arrival order. better-sqlite3 is one connection and TypeORM one query
 * runner over it, so a second transaction started while the first awaits would run inside it;
 * readers use their own connection and never wait here.
 */
export class WriteLock {
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
