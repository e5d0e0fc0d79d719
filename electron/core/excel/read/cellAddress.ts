/** Excel's widest sheet: column XFD. */
export const LAST_EXCEL_COLUMN = 16_384;

/** The column of a cell reference ('B7' → 2, 'XFD1' → 16384); 0 when it starts with no letters. */
export function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 32; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
    // Longer than XFD: absurd, keep it just past the end instead of growing.
    if (col > LAST_EXCEL_COLUMN) return LAST_EXCEL_COLUMN + 1;
  }
  return col;
}

/** The letters of a 1-based column (1 → 'A', 200 → 'GR'). */
export function columnName(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A range like 'A1:M1' (1-based, inclusive); a single cell is a range of one; null when unreadable. */
export function parseRange(ref: string): CellRange | null {
  const [a, b = a] = ref.split(':');
  const cell = (s: string) => {
    const col = columnOf(s);
    const row = parseInt(s.replace(/^[A-Za-z]+/, ''), 10);
    return col > 0 && row > 0 ? { col, row } : null;
  };
  const p = cell(a ?? '');
  const q = cell(b ?? '');
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}
