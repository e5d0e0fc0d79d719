import ExcelJS from 'exceljs';
import { formatDate, todayIso } from '../../../../shared/format/date';
import { fill, messages } from '../../../../shared/i18n';
import { addRow, BORDER, font, DATE_FORMAT, excelDate, INTEGER_FORMAT, RUPIAH_FORMAT, inline, styleHeaderCell, styleTotalCell, TEXT_FORMAT } from './cellFormats';
import { formatted, heightFor, LINE_HEIGHT, widthFor, wrappedLines } from './cellText';
import { columnLetter, printLayout, type Paper } from './pageLayout';
import { nextTurn } from '../../turns';

/** How a column is written: text (NIK, NIB, phone stay text), whole rupiah, a date, a count. */
export type ColumnKind = 'text' | 'money' | 'date' | 'integer';

export interface ListColumn<T> {
  header: string;
  /** Width in characters; figures widen it to their widest value (the total included). */
  width: number;
  /** Long text wraps within the column (the row grows) instead of running under the next. */
  wrap?: boolean;
  kind: ColumnKind;
  value: (row: T) => string | number | null | undefined;
  /** Money columns are totalled by default. */
  total?: boolean;
  /** The stored field a figure column shows, by which the list's `bounds` name its widest value and total. */
  figure?: string;
}

/**
 * Upper bounds of what a list will hold, read before its one pass (an aggregate query, not a read
 * of every row): how many rows at most, and for each named figure the largest absolute value and
 * the sum of absolute values. They size the columns so no value or total prints as "###"; a bound
 * above the real figure only widens a column a little.
 */
export interface ListBounds {
  rows: number;
  max: Record<string, number>;
  sum: Record<string, number>;
}

export interface ListSpec<T> {
  sheetName: string;
  title: string;
  /** Lines above the header row instead of the list's own (title, department, date, filters). */
  titleLines?: string[];
  /** The filters as the clerk chose them, one line; empty when the whole list is written. */
  filters: string;
  columns: Array<ListColumn<T>>;
  /**
   * The rows, chunk by chunk. Called once when the list has `bounds`; otherwise twice, once to
   * measure the figures (a column is as wide as its widest value, total included, known before
   * the first row is written) and once to write (for the short lists: partners, agreements).
   */
  rows: () => AsyncIterable<T[]> | Iterable<T[]>;
  /** Upper bounds of the figures, so the rows are read once (the registry, the report's UMKM). */
  bounds?: () => Promise<ListBounds>;
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

type Figures = { n: number; max: number[]; sums: number[] };

const numeric = (kind: ColumnKind) => kind === 'money' || kind === 'integer';

/** The figures as the list's bounds give them, for the columns that name one. */
function bounded<T>(cols: Array<ListColumn<T>>, b: ListBounds): Figures {
  return {
    n: b.rows,
    max: cols.map((c) => (c.figure !== undefined ? (b.max[c.figure] ?? 0) : 0)),
    sums: cols.map((c) => (c.figure !== undefined ? (b.sum[c.figure] ?? 0) : 0)),
  };
}

/** The row count, and each figure column's widest value and total: one pass that holds nothing. */
async function measure<T>(cols: Array<ListColumn<T>>, rows: AsyncIterable<T[]> | Iterable<T[]>): Promise<Figures> {
  const f: Figures = { n: 0, max: cols.map(() => 0), sums: cols.map(() => 0) };
  for await (const chunk of rows) {
    for (const item of chunk) {
      f.n++;
      cols.forEach((c, i) => {
        if (i === 0 || !numeric(c.kind)) return;
        const v = Number(c.value(item) ?? 0);
        if (!Number.isFinite(v)) return;
        f.max[i] = Math.max(f.max[i]!, Math.abs(v));
        f.sums[i]! += v;
      });
    }
    await nextTurn();
  }
  return f;
}

/**
 * Column widths that show every value whole (no "###"): a figure column as wide as its widest
 * value or total in its format, the No column as wide as the last number, and every column at
 * least as wide as the longest word of its header.
 */
function columnWidths<T>(cols: Array<ListColumn<T>>, f: Figures): number[] {
  return cols.map((c, i) => {
    const word = Math.max(...c.header.split(/\s+/).map((w) => widthFor(w, true)));
    if (i === 0) return Math.max(c.width, word, widthFor(formatted(f.n, INTEGER_FORMAT)));
    if (!numeric(c.kind)) return Math.max(c.width, word);
    const fmt = NUM_FORMAT[c.kind];
    return Math.max(c.width, word, widthFor(formatted(f.max[i]!, fmt)), widthFor(formatted(f.sums[i]!, fmt), true));
  });
}

/** The header row's height: the most lines any header takes wrapped at its column's width. */
export function headerHeight(headers: string[], widths: number[]): number {
  return heightFor(Math.max(2, ...headers.map((h, i) => wrappedLines(h, widths[i]!, true))));
}

/** The longest the row loop runs without a break (a chunk of rows is read without one too: ~10 ms). */
const SLICE_MS = 30;

/** One list as a sheet of a streaming workbook; the sheet is committed when it returns. */
export async function writeListSheet<T>(wb: ExcelJS.stream.xlsx.WorkbookWriter, spec: ListSpec<T>): Promise<number> {
  const cols: Array<ListColumn<T>> = [{ header: messages.exportText.colNo, width: 5, kind: 'integer' as const, value: () => null }, ...spec.columns];
  const last = columnLetter(cols.length);
  const titleLines = spec.titleLines ?? [
    spec.title,
    messages.exportText.departmentLine,
    fill(messages.exportText.printedOn, { date: formatDate(spec.today ?? todayIso()) }),
    spec.filters ? fill(messages.exportText.filtersLine, { filters: spec.filters }) : messages.exportText.noFilters,
  ];
  const headerRow = titleLines.length + 1;
  const widths = columnWidths(cols, spec.bounds ? bounded(cols, await spec.bounds()) : await measure(cols, spec.rows()));
  const ws = wb.addWorksheet(spec.sheetName, {
    ...printLayout(spec.paper ?? 'A4', `${headerRow}:${headerRow}`),
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow }],
  });
  const wraps = cols.some((c) => c.wrap);
  // One style per column, shared by its every cell: exceljs looks a shared style object up once,
  // where a style set cell by cell is built and matched again for every cell (50,000 rows × 21
  // columns: 6 s of CPU against 2 s). The column's own style (<col>) borders its empty cells too.
  const styles: Array<Partial<ExcelJS.Style>> = cols.map((c) => ({
    ...(NUM_FORMAT[c.kind] ? { numFmt: NUM_FORMAT[c.kind]! } : {}),
    ...(wraps ? { alignment: { wrapText: c.wrap === true, vertical: 'top' as const } } : {}),
    border: BORDER,
  }));
  // Widths and formats go with the first committed row (<cols> is written then).
  ws.columns = cols.map((c, i) => ({ width: widths[i], style: styles[i] }));
  ws.autoFilter = `A${headerRow}:${last}${headerRow}`;

  titleLines.forEach((text, i) => {
    const row = addRow(ws, [text]);
    // Merged title cells carry the column's style (its format and border) otherwise: a style of
    // their own, set before the merge hands the first cell's style to the others.
    row.getCell(1).style = { numFmt: 'General', font: i === 0 ? font({ bold: true, size: 14 }) : font({ size: 10 }), alignment: { horizontal: 'left', vertical: 'middle' } };
    ws.mergeCells(`A${i + 1}:${last}${i + 1}`);
    row.commit();
  });

  const header = addRow(ws, cols.map((c) => c.header));
  header.height = headerHeight(cols.map((c) => c.header), widths);
  header.eachCell((cell) => styleHeaderCell(cell));
  header.commit();

  let n = 0;
  const sums = cols.map(() => 0);
  let slice = performance.now();
  for await (const chunk of spec.rows()) {
    for (const item of chunk) {
      n++;
      // A turn of the event loop every SLICE_MS or so: the core's thread answers the window's
      // calls and the zip takes what was committed, however slow the machine or wide the rows.
      if (n % 50 === 0 && performance.now() - slice > SLICE_MS) {
        await nextTurn();
        slice = performance.now();
      }
      // An empty value makes no cell at all (undefined): its column's style shows it.
      const values = cols.map((c, i): ExcelJS.CellValue | undefined => {
        if (i === 0) return n;
        const v = c.value(item);
        if (v === null || v === undefined || v === '') return undefined;
        if (c.kind === 'date') return excelDate(String(v)) ?? undefined;
        if (c.kind === 'text') return String(v);
        sums[i]! += Number(v);
        return Number(v);
      });
      // Plain strings: a data cell needs no run of rich text (inline or shared, each string costs).
      const row = ws.addRow(values);
      // exceljs cannot autofit and a reader does not on opening: a row with wrapped text is given the height of its lines.
      // Every row of a list with wrapped columns gets its height (a reader would guess its own).
      if (wraps) {
        let lines = 1;
        for (let i = 0; i < cols.length; i++) {
          const v = values[i];
          if (cols[i]!.wrap && typeof v === 'string') lines = Math.max(lines, wrappedLines(v, widths[i]!));
        }
        row.height = lines > 1 ? heightFor(lines) : LINE_HEIGHT;
      }
      // Each cell the row made takes its column's one style (eachCell walks them without the
      // address lookups of getCell).
      row.eachCell((cell, col) => (cell.style = styles[col - 1]!));
      row.commit();
    }
    // Let the zip take what was committed before the next chunk is read.
    await nextTurn();
    slice = performance.now();
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
