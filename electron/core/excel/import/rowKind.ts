import { cellText } from '../read/cellText';
import type { CellValue } from '../read/types';
import { normaliseHeader } from './columnMatch';

export type RowKind = 'data' | 'blank' | 'total' | 'header';

// The whole label, so "Total Laundry" stays a business.
const TOTAL =
  /^(jumlah|total|jumlah total|total jumlah|grand total|sub ?total|total keseluruhan|jumlah keseluruhan|jumlah seluruhnya|rekapitulasi|rekap)( \d+)?( umkm| usaha| data| mitra| akhir)?$/;
const FIGURE_ONLY = /^[\d\s.,%()-]+$/;
// The first letter or digit of a text, or its first non-ASCII character (which may normalise to one).
const FIRST_SIGN = /[a-z0-9]|\P{ASCII}/iu;

const isEmpty = (v: CellValue | undefined) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * Whether a cell can normalise to the header `h` (normalised, not empty), cheaply: the normalised
 * text starts with the first letter or digit of the text, since every abbreviation normaliseHeader
 * expands keeps its first letter. Only texts that start with a dropped word ("Rp", "IDR",
 * "rupiah") or a non-ASCII character are normalised whole to tell. A data row is rejected on its
 * first letters instead of normalising every cell of it (1.6 s of a 50,000-row check).
 */
function mayEqualHeader(v: CellValue, h: string): boolean {
  if (typeof v !== 'string') return v instanceof Date || typeof v === 'number' ? /\d/.test(h[0]!) : true;
  const first = FIRST_SIGN.exec(v)?.[0].toLowerCase();
  if (first === undefined) return false;
  if (first === 'r' || first === 'i' || first > '\x7f') return true;
  return first === h[0];
}

/**
 * What a row below the header is, for the header and mapping of one evaluation: data, nothing, a
 * totals line, or the header repeated (page breaks, pasted blocks). The header's texts are
 * normalised once here, not once a row.
 */
export function rowKinds(headers: string[], mapping: Record<string, number>): (cells: CellValue[]) => RowKind {
  const cols = [...new Set(Object.values(mapping))].map((c) => ({ c, h: normaliseHeader(headers[c] ?? '') })).filter((x) => x.h !== '');
  const need = cols.length === 1 ? 1 : Math.max(2, Math.ceil(cols.length * 0.6));
  return (cells) => {
    let filled = 0;
    for (const v of cells) if (!isEmpty(v)) filled++;
    if (filled === 0) return 'blank';

    if (cols.length > 0) {
      // Stops as soon as too few columns are left to reach `need`.
      let same = 0;
      for (let i = 0; i < cols.length && same + (cols.length - i) >= need; i++) {
        const { c, h } = cols[i]!;
        const v = cells[c];
        if (isEmpty(v) || !mayEqualHeader(v!, h)) continue;
        if (normaliseHeader(cellText(v ?? null)) === h) same++;
      }
      if (same >= need) return 'header';
    }

    // Distinct texts: a merged "JUMLAH" label fills several cells. A data row has many; only a row of
    // at most two is worth normalising.
    const raw = new Set<string>();
    for (const v of cells) {
      if (typeof v !== 'string' || isEmpty(v) || FIGURE_ONLY.test(v)) continue;
      raw.add(v);
      if (raw.size > 2) return 'data';
    }
    const texts = new Set([...raw].map(normaliseHeader));
    const label = [...texts].find((t) => TOTAL.test(t));
    if (label && texts.size <= 2) return 'total';
    return 'data';
  };
}

/** What one row below the header is (see rowKinds). */
export function rowKind(cells: CellValue[], headers: string[], mapping: Record<string, number>): RowKind {
  return rowKinds(headers, mapping)(cells);
}
