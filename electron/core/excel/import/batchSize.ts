/**
 * How many rows the next batch of an import's write takes. A batch runs on the core's thread
 * without a break, and calls from the window wait until it ends: its size follows what the last
 * batch cost a row, aiming at `targetMs` a batch, so a slow machine or a large registry takes
 * smaller batches and a fast one fewer, larger ones.
 */
export class BatchSize {
  private size: number;

  constructor(
    private readonly targetMs = 40,
    first = 100,
    private readonly min = 10,
    private readonly max = 2000,
  ) {
    this.size = first;
  }

  get rows(): number {
    return this.size;
  }

  /** The last batch took `ms` for `rows` rows. */
  took(ms: number, rows: number): void {
    if (rows <= 0) return;
    const perRow = Math.max(ms, 0.01) / rows;
    // Halfway to the aim each time: one slow batch (a collection, a cache spill) does not halve the next.
    const aimed = this.targetMs / perRow;
    this.size = Math.round(Math.min(this.max, Math.max(this.min, (this.size + aimed) / 2)));
  }
}
