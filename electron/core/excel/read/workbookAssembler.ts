import { ContentBudget } from './contentBudget';
import type { ReadLimits } from './limits';
import { fillMerges } from './mergeFill';
import type { SheetSink } from './streamReader';
import { SharedTexts } from './sharedTexts';
import type { RowData, SheetData, WorkbookData } from './types';

/** Collects what the stream reader emits into a WorkbookData, filling merged ranges at each sheet's end. */
export class WorkbookAssembler implements SheetSink {
  private readonly sheets: SheetData[] = [];
  /** The rows' short texts, one copy each (the worker's rows arrive as copies). */
  private readonly texts = new SharedTexts();
  private readonly budget: ContentBudget;
  /** Spent on filling merges, which the reader (maybe on another thread) does not see. */
  private filled = 0;

  constructor(
    fileName: string,
    private readonly limits: ReadLimits,
  ) {
    this.budget = new ContentBudget(fileName, limits);
  }

  sheet(index: number, name: string, hidden: boolean): void {
    this.sheets[index] = { name, hidden, rows: [] };
  }

  rows(index: number, rows: RowData[]): void {
    const target = this.sheets[index]!.rows;
    for (const r of rows) {
      const cells = r.cells;
      for (let i = 0; i < cells.length; i++) {
        const v = cells[i];
        if (typeof v === 'string') cells[i] = this.texts.share(v);
      }
      target.push(r);
    }
  }

  end(index: number, merges: string[], used: number): void {
    const s = this.sheets[index]!;
    // Rows come in the file's order, which Excel keeps ascending; other writers may not.
    let sorted = true;
    for (let i = 1; i < s.rows.length && sorted; i++) sorted = s.rows[i - 1]!.row < s.rows[i]!.row;
    if (!sorted) s.rows.sort((a, b) => a.row - b.row);
    this.budget.used = used + this.filled;
    s.rows = fillMerges(s.rows, merges, this.limits.maxColumns, this.budget);
    this.filled = this.budget.used - used;
  }

  finish(date1904: boolean): WorkbookData {
    return { sheets: this.sheets.filter(Boolean), date1904 };
  }
}
