import type { CellValue } from './types';

/** An exceljs cell value as the import reads it (see CellValue). */
export function toCellValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string') return raw === '' ? null : raw;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw === 'boolean') return raw;
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw;
  if (typeof raw !== 'object') return null;
  const o = raw as Record<string, unknown>;
  if (Array.isArray(o.richText)) {
    const text = (o.richText as Array<{ text?: unknown }>).map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
    return text === '' ? null : text;
  }
  if (typeof o.error === 'string') return o.error;
  // Formulas, including shared-formula followers ({formula:'', result} in the streaming reader).
  if ('formula' in o || 'sharedFormula' in o || 'result' in o) return toCellValue(o.result);
  if ('text' in o) return toCellValue(o.text);
  return null;
}

/** Drops trailing empty cells; null when the row holds nothing. */
export function trimRow(cells: CellValue[]): CellValue[] | null {
  let end = cells.length;
  while (end > 0 && (cells[end - 1] === null || cells[end - 1] === undefined)) end--;
  if (end === 0) return null;
  const out = cells.slice(0, end);
  for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
  return out;
}

/** A row's cells by column (A = 0), holes for empty cells. */
export function rowCells(row: { eachCell(opts: { includeEmpty: boolean }, fn: (cell: { value: unknown }, col: number) => void): void }): CellValue[] {
  const cells: CellValue[] = [];
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    cells[col - 1] = toCellValue(cell.value);
  });
  return cells;
}
