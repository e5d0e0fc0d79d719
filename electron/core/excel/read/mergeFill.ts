import { parseRange } from './cellAddress';
import { rowCost, valueCost, type ContentBudget } from './contentBudget';
import type { CellValue, RowData } from './types';

/**
 * Gives every cell of each merged range its top-left value, as Excel shows it (and as exceljs's
 * document reader did): a title merged across a table, a header merged down two rows. Ranges are
 * clipped to the columns read; each filled cell costs the budget, so a range over a million rows
 * with a value in its corner is refused, not filled. `rows` must be in row order; rows only a
 * range reaches are added.
 */
export function fillMerges(rows: RowData[], refs: string[], maxColumns: number, budget: ContentBudget): RowData[] {
  if (refs.length === 0) return rows;
  const index = new Map<number, RowData>();
  for (const r of rows) index.set(r.row, r);
  const added: RowData[] = [];
  for (const ref of refs) {
    const range = parseRange(ref);
    if (!range || range.left > maxColumns) continue;
    const master: CellValue = index.get(range.top)?.cells[range.left - 1] ?? null;
    if (master === null) continue;
    const right = Math.min(range.right, maxColumns);
    const each = valueCost(master);
    // What the range will cost at least, before a cell of it is filled: a range down a million rows is refused at once.
    budget.add(0, (range.bottom - range.top + 1) * (right - range.left + 1) * each);
    for (let r = range.top; r <= range.bottom; r++) {
      let row = index.get(r);
      if (!row) {
        row = { row: r, cells: [] };
        index.set(r, row);
        added.push(row);
        budget.add(rowCost(0));
      }
      const cells = row.cells;
      if (cells.length < right) {
        budget.add(rowCost(right - cells.length) - rowCost(0));
        for (let c = cells.length; c < right; c++) cells[c] = null;
      }
      for (let c = range.left - 1; c < right; c++) {
        cells[c] = master;
        budget.add(each);
      }
    }
  }
  if (added.length === 0) return rows;
  return [...rows, ...added].sort((a, b) => a.row - b.row);
}
