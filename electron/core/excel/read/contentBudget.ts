import { groupThousands } from '../../../../shared/format/rupiah';
import { DEFAULT_LIMITS, ROWS_AT_25_COLUMNS, type ReadLimits } from './limits';
import { refuse } from './refuse';
import type { CellValue } from './types';

// Roughly what V8 holds for the rows once read (and once more for each copy sent between threads):
// a row object and its array, then each cell's slot, its number or its string. A string shared by
// many cells is counted every time, since each copy across a thread boundary is its own string.
const ROW = 64;
const SLOT = 8;
const BOXED = 16;

export function valueCost(v: CellValue): number {
  return typeof v === 'string' ? BOXED + v.length : v === null || typeof v === 'boolean' ? 0 : BOXED;
}

export function rowCost(length: number): number {
  return ROW + SLOT * length;
}

/** What the read rows may cost: refuses the file, in the clerk's words, the moment they would cost more. */
export class ContentBudget {
  used = 0;

  constructor(
    private readonly fileName: string,
    private readonly limits: ReadLimits,
  ) {}

  /** Spends `bytes`; refuses when that, or `ahead` more still to come, would pass the limit. */
  add(bytes: number, ahead = 0): void {
    this.used += bytes;
    if (this.used + ahead > this.limits.maxContentBytes) {
      const rows = Math.round((ROWS_AT_25_COLUMNS * this.limits.maxContentBytes) / DEFAULT_LIMITS.maxContentBytes);
      throw refuse('tooMuchData', { file: this.fileName, rows: groupThousands(rows) });
    }
  }
}
