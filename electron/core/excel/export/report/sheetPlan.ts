import type ExcelJS from 'exceljs';
import { font, inline } from '../cellFormats';
import { formatted, heightFor, LINE_HEIGHT, widthFor, wrappedLines } from '../cellText';
import { columnLetter } from '../pageLayout';

// The summary sheet is planned row by row before a byte is written: the widths follow the widest
// figure, the heights the wrapped text, and the page breaks the heights, none of which the
// streaming writer can change once a row is committed.

export interface PlanCell {
  value: ExcelJS.CellValue;
  numFmt?: string;
  font?: Partial<ExcelJS.Font>;
  alignment?: Partial<ExcelJS.Alignment>;
  border?: Partial<ExcelJS.Borders>;
  fill?: ExcelJS.Fill;
}

export interface PlanRow {
  /** Cells from column A; undefined leaves a cell empty. */
  cells: Array<PlanCell | undefined>;
  /** A fixed height in points; else the height its wrapped text needs. */
  height?: number;
  /** 1-based columns the first cell is merged across. */
  merge?: [number, number];
  /** Other cells merged across columns (1-based, from–to), e.g. a money column two columns wide. */
  spans?: Array<[number, number]>;
}

/** A run of rows that must print on one page (a heading with its table, the sign-off with the last rows). */
interface Keep {
  first: number;
  last: number;
}

export class SheetPlan {
  readonly rows: PlanRow[] = [];
  private readonly keeps: Keep[] = [];

  /** The 1-based number the next row gets. */
  get next(): number {
    return this.rows.length + 1;
  }

  add(row: PlanRow): number {
    this.rows.push(row);
    return this.rows.length;
  }

  blank(height = 8): number {
    return this.add({ cells: [], height });
  }

  /** Rows `first`..`last` print on one page (unless together they exceed a page). */
  keep(first: number, last: number): void {
    if (last >= first) this.keeps.push({ first, last });
  }

  /** Column widths: at least `base`, and as wide as the widest figure each column shows. */
  widths(base: number[]): number[] {
    const out = [...base];
    const needs: Array<{ from: number; to: number; width: number }> = [];
    for (const row of this.rows) {
      if (row.merge) continue;
      row.cells.forEach((c, i) => {
        if (!c) return;
        const v = c.value;
        const n = typeof v === 'number' ? v : typeof v === 'object' && v !== null && 'result' in v && typeof v.result === 'number' ? v.result : null;
        if (n === null) return;
        const width = widthFor(formatted(n, c.numFmt), c.font?.bold === true);
        const span = row.spans?.find(([from]) => from === i + 1);
        if (span) needs.push({ from: span[0] - 1, to: span[1] - 1, width });
        else out[i] = Math.max(out[i] ?? 8, width);
      });
    }
    // A figure in merged cells widens the span's last column only as far as it must.
    for (const n of needs) {
      const have = out.slice(n.from, n.to + 1).reduce((s, w) => s + (w ?? 8), 0);
      if (n.width > have) out[n.to] = (out[n.to] ?? 8) + n.width - have;
    }
    return out;
  }

  /** Each row's height: fixed, or the lines its wrapped text takes at the columns' widths. */
  heights(widths: number[]): number[] {
    return this.rows.map((row) => {
      if (row.height !== undefined) return row.height;
      let h = LINE_HEIGHT;
      row.cells.forEach((c, i) => {
        if (!c) return;
        const size = c.font?.size ?? 11;
        const text = textOf(c.value);
        let width = widths[i] ?? 8;
        if (row.merge && i === row.merge[0] - 1) width = widths.slice(row.merge[0] - 1, row.merge[1]).reduce((s, w) => s + w, 0);
        const lines = c.alignment?.wrapText && text ? wrappedLines(text, (width * 11) / size, c.font?.bold === true) : 1;
        h = Math.max(h, (heightFor(lines) * size) / 11);
      });
      return Math.ceil(h);
    });
  }

  /**
   * Rows after which a page ends, for pages `pageHeight` points tall: before a kept run that no
   * longer fits, and wherever the rows fill a page (so every break is ours, none the printer's).
   */
  pageBreaks(heights: number[], pageHeight: number): number[] {
    const breaks: number[] = [];
    let used = 0;
    heights.forEach((h, i) => {
      const r = i + 1;
      for (const k of this.keeps.filter((k) => k.first === r)) {
        const run = heights.slice(k.first - 1, k.last).reduce((s, x) => s + x, 0);
        if (used > 0 && used + Math.min(run, pageHeight) > pageHeight) {
          breaks.push(r - 1);
          used = 0;
        }
      }
      if (used > 0 && used + h > pageHeight) {
        breaks.push(r - 1);
        used = 0;
      }
      used += h;
    });
    return [...new Set(breaks)];
  }

  /** Writes the planned rows to a streaming sheet, committing each. */
  write(ws: ExcelJS.Worksheet, heights: number[], breaks: number[]): void {
    const breakAfter = new Set(breaks);
    this.rows.forEach((plan, i) => {
      const row = ws.addRow([]);
      row.height = heights[i]!;
      for (const [from, to] of [...(plan.merge ? [plan.merge] : []), ...(plan.spans ?? [])]) ws.mergeCells(`${columnLetter(from)}${row.number}:${columnLetter(to)}${row.number}`);
      plan.cells.forEach((c, j) => {
        if (!c) return;
        const cell = row.getCell(j + 1);
        // A cell covered by a merge holds nothing: writing it would write the merge's first cell.
        if (c.value !== null && c.value !== undefined) cell.value = typeof c.value === 'string' ? inline(c.value) : c.value;
        if (c.numFmt) cell.numFmt = c.numFmt;
        cell.font = font(c.font);
        if (c.alignment) cell.alignment = c.alignment;
        if (c.border) cell.border = c.border;
        if (c.fill) cell.fill = c.fill;
      });
      if (breakAfter.has(row.number)) row.addPageBreak();
      row.commit();
    });
  }
}

function textOf(v: ExcelJS.CellValue): string {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return '';
}
