import type ExcelJS from 'exceljs';
import { BORDER, HEADER_FILL, INTEGER_FORMAT, TOTAL_FILL } from '../cellFormats';
import { columnLetter } from '../pageLayout';
import type { PlanCell, PlanRow, SheetPlan } from './sheetPlan';

/** A cell of a summary table: text, a figure, or a formula over its own row with the app's figure as result. */
export type SummaryCell = string | number | Date | null | { formula: (row: number) => string; result: number };

export interface SummaryTableSpec {
  headers: string[];
  rows: SummaryCell[][];
  /** numFmt per column (index 0 is the label column). */
  formats?: Array<string | undefined>;
  /** Adds a last column: the SUM of the figure columns of each row. */
  rowTotal?: { header: string };
  /** Adds a totals row under the table: SUM of each figure column, unless the column's entry says otherwise. */
  totalRow?: { label: string; columns?: Array<'sum' | 'none' | ((row: number, first: number, last: number) => SummaryCell)> };
  /** Columns whose text wraps (long names); the label column always does. */
  wrap?: number[];
  /** The last column spans two sheet columns (a money column as wide as two figure columns). */
  wideLast?: boolean;
}

export interface SummaryTablePlace {
  headerRow: number;
  firstRow: number;
  lastRow: number;
  totalRow: number | null;
  /** Number of columns, the row total included. */
  columns: number;
}

const isFormula = (c: SummaryCell): c is { formula: (row: number) => string; result: number } => typeof c === 'object' && c !== null && !(c instanceof Date);

const headerCell = (text: string): PlanCell => ({
  value: text,
  font: { bold: true },
  fill: HEADER_FILL,
  border: BORDER,
  alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
});

/**
 * Plans a table: header, body, and totals computed by formulas that Excel and LibreOffice
 * evaluate alike; each formula also carries the app's figure as its cached result. Every row is
 * bordered, the header wraps (its height follows its lines) and the totals row is bold.
 */
export function planSummaryTable(plan: SheetPlan, spec: SummaryTableSpec): SummaryTablePlace {
  const figureCols = spec.headers.length - 1;
  const headers = spec.rowTotal ? [...spec.headers, spec.rowTotal.header] : spec.headers;
  const format = (i: number) => spec.formats?.[i] ?? (i === 0 ? undefined : INTEGER_FORMAT);
  const wraps = (i: number) => i === 0 || (spec.wrap ?? []).includes(i);
  const widen = (cells: Array<PlanCell | undefined>): PlanRow => {
    if (!spec.wideLast) return { cells };
    const last = cells.length;
    // The covered cell carries the same border and fill, so the merged cell is drawn whole.
    return { cells: [...cells, { ...cells[last - 1]!, value: null }], spans: [[last, last + 1]] };
  };
  const headerRow = plan.add(widen(headers.map(headerCell)));
  const firstRow = headerRow + 1;
  const lastRow = headerRow + spec.rows.length;
  const sums = Array.from({ length: headers.length }, () => 0);

  const cellsOf = (rowNumber: number, cells: SummaryCell[], total: boolean): PlanCell[] =>
    cells.map((c, i) => {
      let value: ExcelJS.CellValue;
      if (isFormula(c)) {
        value = { formula: c.formula(rowNumber), result: c.result };
        if (!total) sums[i]! += c.result;
      } else {
        value = c;
        if (typeof c === 'number' && !total) sums[i]! += c;
      }
      const fmt = format(i);
      return {
        value,
        ...(fmt ? { numFmt: fmt } : {}),
        border: BORDER,
        alignment: { vertical: 'middle', ...(wraps(i) && typeof c === 'string' ? { wrapText: true } : {}) },
        ...(total ? { font: { bold: true }, fill: TOTAL_FILL } : {}),
      };
    });

  for (const cells of spec.rows) {
    const r = plan.next;
    const figures = cells.slice(1).reduce<number>((s, c) => s + (typeof c === 'number' ? c : isFormula(c) ? c.result : 0), 0);
    const all = spec.rowTotal
      ? [...cells, { formula: (n: number) => `SUM(${columnLetter(2)}${n}:${columnLetter(figureCols + 1)}${n})`, result: figures }]
      : cells;
    plan.add(widen(cellsOf(r, all, false)));
  }

  let totalRow: number | null = null;
  if (spec.totalRow) {
    totalRow = plan.next;
    const cells: SummaryCell[] = [spec.totalRow.label];
    for (let i = 1; i < headers.length; i++) {
      const how = spec.totalRow.columns?.[i] ?? 'sum';
      const col = columnLetter(i + 1);
      if (how === 'none') cells.push(null);
      else if (how === 'sum') cells.push({ formula: () => (spec.rows.length ? `SUM(${col}${firstRow}:${col}${lastRow})` : '0'), result: sums[i]! });
      else cells.push(how(totalRow, firstRow, lastRow));
    }
    plan.add(widen(cellsOf(totalRow, cells, true)));
  }
  return { headerRow, firstRow, lastRow, totalRow, columns: headers.length };
}
