import { cellText } from '../read/cellText';
import type { CellValue, SheetData } from '../read/types';
import { matchColumns, normaliseHeader } from './columnMatch';
import type { ImportTargetDef } from './targets/types';

const SCAN_ROWS = 30;
const text = (v: CellValue | undefined) => (v === undefined ? '' : cellText(v).replace(/[\s\u00a0]+/g, ' ').trim());

/** A title row ("DATA UMKM BINAAN 2023" merged across the table) repeats one text; a group-header row has several. */
function isTitleRow(cells: CellValue[]): boolean {
  return new Set(cells.map(text).filter(Boolean)).size < 2;
}

/**
 * How many columns each cell of a row covers when the first rows are shown for picking the header
 * row: n for the first cell of a run of n equal texts, 0 for the cells it covers, 1 otherwise.
 * A merged cell reads its value in every cell it covers (read/types.ts), so without this a title
 * merged across the table shows in every column. Runs are joined only where merges are what they
 * are (`titles`: the rows at or above the header row, and rows of one text); two equal neighbours
 * in a data row are two values and keep a column each.
 */
export function cellSpans(cells: CellValue[], titles: boolean): number[] {
  const texts = cells.map(text);
  const spans = texts.map(() => 1);
  if (!titles && !isTitleRow(cells)) return spans;
  for (let c = 0; c < texts.length; ) {
    let end = c + 1;
    while (texts[c] && end < texts.length && texts[end] === texts[c]) spans[end++] = 0;
    spans[c] = end - c;
    c = end;
  }
  return spans;
}

/** A second header line that only qualifies the one above: "(Rp)", "orang", "2023". */
function isQualifier(t: string): boolean {
  const n = normaliseHeader(t);
  return /^\(.*\)$/.test(t.trim()) || n === '' || /^(orang|jiwa|unit|persen|tahun \d{4}|\d{4})$/.test(n) || t.trim() === '%';
}

/** The column names of a header row. An empty cell takes the merged group title above it; a qualifier
 *  under a title is joined to it ("Omzet" over "(Rp)" gives "Omzet (Rp)"). */
export function headerTexts(sheet: SheetData, headerRow: number): string[] {
  const row = sheet.rows.find((r) => r.row === headerRow)?.cells ?? [];
  const aboveCells = sheet.rows.find((r) => r.row === headerRow - 1)?.cells;
  const above = aboveCells && !isTitleRow(aboveCells) ? aboveCells : [];
  const width = Math.max(row.length, above.length);
  const out: string[] = [];
  for (let c = 0; c < width; c++) {
    const t = text(row[c]);
    const a = text(above[c]);
    if (!t) out.push(a);
    else if (a && a !== t && isQualifier(t)) out.push(`${a} ${t}`);
    else out.push(t);
  }
  return out;
}

function score(sheet: SheetData, rowNumber: number, cells: CellValue[], def: ImportTargetDef): number {
  const { matchedBy } = matchColumns(headerTexts(sheet, rowNumber), def);
  let s = 0;
  for (const kind of Object.values(matchedBy)) s += kind === 'fuzzy' ? 0.6 : 1;
  // Headers are words; data rows carry numbers and dates.
  for (const v of cells) if (typeof v === 'number' || v instanceof Date) s -= 0.25;
  return s;
}

/** The 1-based row holding the column names: the best-matching of the first rows, below any title
 *  block; else the first row with at least three text cells. */
export function detectHeaderRow(sheet: SheetData, def: ImportTargetDef): number {
  const rows = sheet.rows.slice(0, SCAN_ROWS);
  if (rows.length === 0) return 1;
  let bestIdx = -1;
  let best = -Infinity;
  const scores = rows.map((r) => score(sheet, r.row, r.cells, def));
  scores.forEach((s, i) => {
    if (s > best) {
      best = s;
      bestIdx = i;
    }
  });
  if (best >= 2) {
    // The second line of a two-row header scores the same or better (it fills in from the line above).
    const next = rows[bestIdx + 1];
    if (next && next.row === rows[bestIdx]!.row + 1 && scores[bestIdx + 1]! >= best && next.cells.every((v) => v === null || typeof v === 'string')) {
      return next.row;
    }
    return rows[bestIdx]!.row;
  }
  const texty = rows.find((r) => r.cells.filter((v) => typeof v === 'string' && v.trim() !== '').length >= 3);
  return (texty ?? rows[0]!).row;
}
