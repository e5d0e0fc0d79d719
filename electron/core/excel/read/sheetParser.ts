import { groupThousands } from '../../../../shared/format/rupiah';
import { columnName, columnOf } from './cellAddress';
import { rowCost, valueCost, type ContentBudget } from './contentBudget';
import { refuse } from './refuse';
import type { CellValue, RowData } from './types';
import type { WorkbookSource } from './workbookSource';
import { XmlError } from './xmlStream';

export interface SheetContext {
  sheet: string;
  shared: string[];
  dateStyles: boolean[];
  date1904: boolean;
  budget: ContentBudget;
  onRow(row: RowData): void;
}

const DAY_MS = 24 * 3600 * 1000;

/** exceljs's conversion: a serial day count to a Date whose UTC fields are Excel's wall-clock time. */
function excelDate(serial: number, date1904: boolean): Date | null {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A `t="d"` cell: ISO 8601, wall-clock time when it names no zone. */
function isoDate(text: string): Date | null {
  const t = text.trim();
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(t) ? `${t}T00:00:00Z` : /(Z|[+-]\d\d:?\d\d)$/.test(t) ? t : `${t}Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * One worksheet, row by row, straight from its XML: only cells holding a value are kept, and a row
 * is an array no longer than its last value (never 16,384 slots for a cell in column XFD: a value
 * past `maxColumns` refuses the file). Rows, columns and the memory the rows will take are counted
 * as they stream. Returns the merged ranges (<mergeCells> comes after the rows).
 */
export async function readSheet(src: WorkbookSource, part: string, ctx: SheetContext): Promise<string[]> {
  const { maxColumns, maxRows, maxCellChars } = src.limits;
  const { shared, dateStyles, date1904, budget, sheet } = ctx;
  const merges: string[] = [];
  let inData = false;
  let inRow = false;
  let rowNum = 0;
  let cells: CellValue[] = [];
  let width = 0;
  let cost = 0;
  let valued = 0;
  let lastCol = 0;
  // The open cell.
  let inCell = false;
  let col = 0;
  let type = 'n';
  let style = 0;
  let has = false;
  let inV = false;
  let inIs = false;
  let inT = false;
  let phonetic = 0;
  let text = '';

  const cellRef = () => `${columnName(col)}${rowNum}`;

  const value = (): CellValue => {
    switch (type) {
      case 's': {
        const s = shared[parseInt(text, 10)];
        return s === undefined || s === '' ? null : s;
      }
      case 'str':
      case 'inlineStr':
      case 'e':
        return text === '' ? null : text;
      case 'b':
        return parseInt(text, 10) !== 0;
      case 'd':
        return isoDate(text);
      default: {
        const n = parseFloat(text);
        if (!Number.isFinite(n)) return null;
        return dateStyles[style] ? excelDate(n, date1904) : n;
      }
    }
  };

  const finishCell = () => {
    if (!has) return;
    const v = value();
    if (v === null) return;
    if (col > maxColumns) throw refuse('tooManyColumns', { sheet, cell: cellRef(), max: maxColumns, last: columnName(maxColumns) });
    if (typeof v === 'string' && v.length > maxCellChars) throw refuse('cellTooLong', { sheet, cell: cellRef() });
    cells[col - 1] = v;
    if (col > width) width = col;
    cost += valueCost(v);
  };

  const finishRow = () => {
    if (width === 0) return;
    for (let i = 0; i < width; i++) if (cells[i] === undefined) cells[i] = null;
    budget.add(rowCost(width) + cost);
    if (++valued > maxRows) throw refuse('tooManyRows', { sheet, max: groupThousands(maxRows) });
    ctx.onRow({ row: rowNum, cells });
  };

  await src.scan(part, {
    open(name, attrs) {
      switch (name) {
        case 'sheetData':
          inData = true;
          break;
        case 'row':
          if (!inData) break;
          inRow = true;
          rowNum = parseInt(attrs.r ?? '', 10) || rowNum + 1;
          cells = [];
          width = 0;
          cost = 0;
          lastCol = 0;
          break;
        case 'c': {
          if (!inRow) break;
          const r = attrs.r;
          col = (r && columnOf(r)) || lastCol + 1;
          lastCol = col;
          type = attrs.t ?? 'n';
          const s = attrs.s;
          style = s ? parseInt(s, 10) : 0;
          has = false;
          text = '';
          inCell = true;
          break;
        }
        case 'v':
          if (inCell) {
            inV = true;
            text = '';
          }
          break;
        case 'is':
          if (inCell) {
            inIs = true;
            text = '';
          }
          break;
        case 't':
          if (inIs && phonetic === 0) inT = true;
          break;
        case 'rPh':
          phonetic++;
          break;
        case 'mergeCell': {
          const ref = attrs.ref;
          if (ref) {
            merges.push(ref);
            budget.add(16 + ref.length);
          }
          break;
        }
      }
    },
    close(name) {
      switch (name) {
        case 'v':
          if (inV) has = true;
          inV = false;
          break;
        case 't':
          inT = false;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'is':
          if (inIs) has = true;
          inIs = false;
          break;
        case 'c':
          if (inCell) finishCell();
          inCell = false;
          break;
        case 'row':
          if (inRow) finishRow();
          inRow = false;
          break;
        case 'sheetData':
          inData = false;
          break;
      }
    },
    text(t) {
      if (!inV && !inT) return;
      text += t;
      if (text.length > maxCellChars) throw refuse('cellTooLong', { sheet, cell: cellRef() });
    },
    tooLong() {
      return inCell ? refuse('cellTooLong', { sheet, cell: cellRef() }) : new XmlError('text or markup too long');
    },
  });
  return merges;
}
