import type ExcelJS from 'exceljs';
import { addRow, BORDER, inline, INTEGER_FORMAT, styleHeaderCell, styleTotalCell } from '../cellFormats';
import { columnLetter } from '../pageLayout';

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
}

export interface SummaryTablePlace {
  headerRow: number;
  firstRow: number;
  lastRow: number;
  totalRow: number | null;
}

const isFormula = (c: SummaryCell): c is { formula: (row: number) => string; result: number } => typeof c === 'object' && c !== null && !(c instanceof Date);

/**
 * Writes a table row by row into a streaming sheet (rows are committed as they go): header,
 * body, and totals computed by formulas that Excel and LibreOffice evaluate alike; each formula
 * also carries the app's figure as its cached result.
 */
export function writeSummaryTable(ws: ExcelJS.Worksheet, spec: SummaryTableSpec): SummaryTablePlace {
  const figureCols = spec.headers.length - 1;
  const headers = spec.rowTotal ? [...spec.headers, spec.rowTotal.header] : spec.headers;
  const format = (i: number) => spec.formats?.[i] ?? (i === 0 ? undefined : INTEGER_FORMAT);
  const header = addRow(ws, headers);
  header.eachCell((c) => styleHeaderCell(c));
  header.commit();
  const headerRow = header.number;
  const firstRow = headerRow + 1;
  const lastRow = headerRow + spec.rows.length;
  const sums = Array.from({ length: headers.length }, () => 0);

  const put = (row: ExcelJS.Row, cells: SummaryCell[]) => {
    cells.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      if (isFormula(c)) {
        cell.value = { formula: c.formula(row.number), result: c.result };
        sums[i]! += c.result;
      } else {
        cell.value = typeof c === 'string' ? inline(c) : c;
        if (typeof c === 'number') sums[i]! += c;
      }
      const fmt = format(i);
      if (fmt) cell.numFmt = fmt;
      cell.border = BORDER;
    });
  };

  for (const cells of spec.rows) {
    const row = addRow(ws, []);
    const figures = cells.slice(1).reduce<number>((s, c) => s + (typeof c === 'number' ? c : isFormula(c) ? c.result : 0), 0);
    const all = spec.rowTotal
      ? [...cells, { formula: (r: number) => `SUM(${columnLetter(2)}${r}:${columnLetter(figureCols + 1)}${r})`, result: figures }]
      : cells;
    put(row, all);
    row.commit();
  }

  let totalRow: number | null = null;
  if (spec.totalRow) {
    const row = addRow(ws, []);
    totalRow = row.number;
    const cells: SummaryCell[] = [spec.totalRow.label];
    for (let i = 1; i < headers.length; i++) {
      const how = spec.totalRow.columns?.[i] ?? 'sum';
      const col = columnLetter(i + 1);
      if (how === 'none') cells.push(null);
      else if (how === 'sum') cells.push({ formula: () => (spec.rows.length ? `SUM(${col}${firstRow}:${col}${lastRow})` : '0'), result: sums[i]! });
      else cells.push(how(row.number, firstRow, lastRow));
    }
    put(row, cells);
    for (let i = 1; i <= headers.length; i++) styleTotalCell(row.getCell(i));
    row.commit();
  }
  return { headerRow, firstRow, lastRow, totalRow };
}
