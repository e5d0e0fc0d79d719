import ExcelJS from 'exceljs';
import { messages } from '../../../../shared/i18n';
import { printLayout } from '../export/pageLayout';
import { cellText } from '../read/cellText';
import type { CellValue } from '../read/types';
import type { Evaluation, EvaluatedRow } from './evaluate';

const m = messages.importEngine;

// Column widths in characters: the reasons wide enough to read, the file's own columns as wide as
// their longest text within bounds (longer text wraps), never so narrow that a number shows ###.
const REASON_WIDTH = 48;
const ROW_NO_WIDTH = 10;
const MIN_WIDTH = 8;
const MAX_WIDTH = 28;
// One font for every cell (a cell given only a colour would print in another font), points per
// wrapped line at its size, and a little air under the last line.
const FONT = { name: 'Calibri', size: 11 };
const LINE_HEIGHT = 15;
const PADDING = 3;
// Thin lines between cells, so neighbouring values stay apart on paper.
const THIN = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** A cell as Excel shows it here: dates as dd/mm/yyyy (the format set below), numbers in full. */
function shown(v: CellValue): string {
  if (v instanceof Date) return '00/00/0000';
  return cellText(v);
}

/** Lines a text takes in a column of `width` characters when wrapped: pessimistic, as words wrap
 *  whole and a printer's substitute font may run wider than Excel's. */
function lines(text: string, width: number): number {
  const per = Math.max(1, Math.floor(width * 0.95) - 1);
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / per)), 0);
}

/** What is wrong with a row, one problem a line, each named by the column the clerk sees. */
function reasons(r: EvaluatedRow, ev: Evaluation): string {
  return r.issues
    .filter((i) => i.level === 'error')
    .map((i) => {
      const col = i.field !== null ? ev.mapping[i.field] : undefined;
      return col !== undefined ? `${ev.headers[col] || i.field}: ${i.message}` : i.message;
    })
    .join('\n');
}

/**
 * The refused rows, what is wrong with each in the first column (so it is the first thing read,
 * on screen and on paper), then the row number and every cell as it was read under the original
 * header, so the clerk corrects them and imports this file again (the import skips the two added
 * columns). Readable column widths, wrapped text with row heights to match, A4 landscape.
 */
export async function writeRefusedFile(file: string, ev: Evaluation): Promise<number> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(m.refusedSheet, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }], ...printLayout('A4', '1:1') });
  const refused = ev.rows.filter((r) => !r.dropped && r.action === 'refuse');
  const width = Math.max(ev.headers.length, ...refused.map((r) => r.cells.length));
  const header = [m.refusedErrorColumn, m.refusedRowColumn, ...Array.from({ length: width }, (_, i) => ev.headers[i] ?? '')];
  const body = refused.map((r) => [reasons(r, ev), r.row, ...Array.from({ length: width }, (_, i) => r.cells[i] ?? null)] as CellValue[]);

  const widths = header.map((h, c) => {
    if (c === 0) return REASON_WIDTH;
    if (c === 1) return ROW_NO_WIDTH;
    const longest = Math.max(...body.map((row) => Math.max(0, ...shown(row[c] ?? null).split('\n').map((l) => l.length))));
    // Words of the header may wrap, but its longest word fits.
    const word = Math.max(0, ...h.split(/\s+/).map((w) => w.length));
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2, word + 2));
  });
  widths.forEach((w, c) => (ws.getColumn(c + 1).width = w));

  const addRow = (values: CellValue[]) => {
    const row = ws.addRow(values);
    let height = 1;
    values.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      cell.font = FONT;
      cell.border = BORDER;
      cell.alignment = { wrapText: true, vertical: 'top' };
      // Digits typed as text (NIK, phone) stay text when the clerk opens the file again.
      if (typeof v === 'string' && /^\+?\d{6,}$/.test(v)) cell.numFmt = '@';
      if (v instanceof Date) cell.numFmt = 'dd/mm/yyyy';
      // A number never wraps: its column is wide enough (above), so it takes one line.
      if (typeof v === 'string') height = Math.max(height, lines(v, widths[c]!));
    });
    row.height = height * LINE_HEIGHT + PADDING;
    return row;
  };
  const head = addRow(header);
  head.font = { ...FONT, bold: true };
  head.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } }));
  for (const values of body) {
    const row = addRow(values);
    row.getCell(1).font = { ...FONT, color: { argb: 'FFC00000' } };
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  await wb.xlsx.writeFile(file);
  return refused.length;
}
