import ExcelJS from 'exceljs';
import { formatDate, todayIso } from '../../../../shared/format/date';
import { fill, messages } from '../../../../shared/i18n';
import { addRow, BORDER, DATE_FORMAT, excelDate, INTEGER_FORMAT, RUPIAH_FORMAT, inline, styleHeaderCell, styleTotalCell, TEXT_FORMAT } from './cellFormats';
import { columnLetter, printLayout, type Paper } from './pageLayout';

/** How a column is written: text (NIK, NIB, phone stay text), whole rupiah, a date, a count. */
export type ColumnKind = 'text' | 'money' | 'date' | 'integer';

export interface ListColumn<T> {
  header: string;
  /** Width in characters. */
  width: number;
  kind: ColumnKind;
  value: (row: T) => string | number | null | undefined;
  /** Money columns are totalled by default. */
  total?: boolean;
}

export interface ListSpec<T> {
  sheetName: string;
  title: string;
  /** Lines above the header row instead of the list's own (title, department, date, filters). */
  titleLines?: string[];
  /** The filters as the clerk chose them, one line; empty when the whole list is written. */
  filters: string;
  columns: Array<ListColumn<T>>;
  rows: AsyncIterable<T[]> | Iterable<T[]>;
  paper?: Paper;
  today?: string;
}

const NUM_FORMAT: Record<ColumnKind, string | undefined> = { text: TEXT_FORMAT, money: RUPIAH_FORMAT, date: DATE_FORMAT, integer: INTEGER_FORMAT };

/**
 * Writes a list to an .xlsx with exceljs's streaming writer: each chunk of rows is committed and
 * handed to the zip before the next is read, and text is written inline (no shared-strings
 * table, which would hold every distinct string until the end), so memory holds one chunk
 * however long the list is. Title, department and filters on top; the header row frozen,
 * filtered and repeated on every printed page; money totalled by formulas under the last row.
 */
export async function writeListWorkbook<T>(file: string, spec: ListSpec<T>): Promise<number> {
  const wb = newStreamingWorkbook(file);
  try {
    const n = await writeListSheet(wb, spec);
    await wb.commit();
    return n;
  } catch (err) {
    await abandon(wb);
    throw err;
  }
}

/**
 * Closes the file of a workbook whose writing failed, so the caller can remove it (Windows keeps
 * open files). Resolves once the file is closed: a file still being opened would otherwise appear
 * after the caller removed it.
 */
export function abandon(wb: ExcelJS.stream.xlsx.WorkbookWriter): Promise<void> {
  const stream = (wb as unknown as { stream?: NodeJS.WritableStream & { destroy?: () => void; closed?: boolean } }).stream;
  if (!stream?.destroy) return Promise.resolve();
  return new Promise((resolve) => {
    if (stream.closed) return resolve();
    stream.once('close', () => resolve());
    stream.destroy!();
  });
}

export function newStreamingWorkbook(file: string): ExcelJS.stream.xlsx.WorkbookWriter {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  wb.creator = messages.app.title;
  return wb;
}

/** One list as a sheet of a streaming workbook; the sheet is committed when it returns. */
export async function writeListSheet<T>(wb: ExcelJS.stream.xlsx.WorkbookWriter, spec: ListSpec<T>): Promise<number> {
  const cols = [{ header: messages.exportText.colNo, width: 6, kind: 'integer' as const, value: () => null }, ...spec.columns];
  const last = columnLetter(cols.length);
  const titleLines = spec.titleLines ?? [
    spec.title,
    messages.exportText.departmentLine,
    fill(messages.exportText.printedOn, { date: formatDate(spec.today ?? todayIso()) }),
    spec.filters ? fill(messages.exportText.filtersLine, { filters: spec.filters }) : messages.exportText.noFilters,
  ];
  const headerRow = titleLines.length + 1;
  const ws = wb.addWorksheet(spec.sheetName, {
    ...printLayout(spec.paper ?? 'A4', `${headerRow}:${headerRow}`),
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow }],
  });
  // Widths and formats go with the first committed row (<cols> is written then).
  ws.columns = cols.map((c) => ({ width: c.width, style: NUM_FORMAT[c.kind] ? { numFmt: NUM_FORMAT[c.kind]! } : {} }));
  ws.autoFilter = `A${headerRow}:${last}${headerRow}`;

  titleLines.forEach((text, i) => {
    const row = addRow(ws, [text]);
    ws.mergeCells(`A${i + 1}:${last}${i + 1}`);
    const cell = row.getCell(1);
    // Merged title cells carry the column's style otherwise; set theirs explicitly.
    cell.numFmt = 'General';
    cell.font = i === 0 ? { bold: true, size: 14 } : { size: 10 };
    cell.alignment = { horizontal: 'left', vertical: 'middle' };
    row.commit();
  });

  const header = addRow(ws, cols.map((c) => c.header));
  header.height = 30;
  header.eachCell((cell) => styleHeaderCell(cell));
  header.commit();

  let n = 0;
  const sums = cols.map(() => 0);
  for await (const chunk of spec.rows) {
    for (const item of chunk) {
      n++;
      const values = cols.map((c, i) => {
        if (i === 0) return n;
        const v = c.value(item);
        if (v === null || v === undefined || v === '') return null;
        if (c.kind === 'date') return excelDate(String(v));
        if (c.kind === 'text') return String(v);
        sums[i]! += Number(v);
        return Number(v);
      });
      const row = addRow(ws, values);
      row.eachCell((cell) => {
        cell.border = BORDER;
      });
      row.commit();
    }
    // Let the zip take what was committed before the next chunk is read.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }

  const totals = cols.map((c, i) => (c.kind === 'money' && c.total !== false ? i : -1)).filter((i) => i >= 0);
  if (totals.length > 0) {
    const row = addRow(ws, []);
    row.getCell(2).value = inline(messages.exportText.totalLabel);
    for (const i of totals) {
      const col = columnLetter(i + 1);
      // The result is stored too, so a reader that does not recalculate shows the same figure.
      row.getCell(i + 1).value = { formula: n > 0 ? `SUM(${col}${headerRow + 1}:${col}${headerRow + n})` : '0', result: sums[i]! };
    }
    for (let i = 1; i <= cols.length; i++) styleTotalCell(row.getCell(i));
    row.commit();
  }
  ws.commit();
  return n;
}
