import { cellText } from '../read/cellText';
import type { CellValue } from '../read/types';
import { normaliseHeader } from './columnMatch';

export type RowKind = 'data' | 'blank' | 'total' | 'header';

// The whole label, so "Total Laundry" stays a business.
const TOTAL =
  /^(jumlah|total|jumlah total|total jumlah|grand total|sub ?total|total keseluruhan|jumlah keseluruhan|jumlah seluruhnya|rekapitulasi|rekap)( \d+)?( umkm| usaha| data| mitra| akhir)?$/;

const isEmpty = (v: CellValue | undefined) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** What a row below the header is: data, nothing, a totals line, or the header repeated (page breaks,
 *  pasted blocks). */
export function rowKind(cells: CellValue[], headers: string[], mapping: Record<string, number>): RowKind {
  const filled = cells.map((v, i) => [v, i] as const).filter(([v]) => !isEmpty(v));
  if (filled.length === 0) return 'blank';

  const cols = [...new Set(Object.values(mapping))].filter((c) => normaliseHeader(headers[c] ?? '') !== '');
  if (cols.length > 0) {
    const same = cols.filter((c) => {
      const v = cells[c];
      return !isEmpty(v) && normaliseHeader(cellText(v ?? null)) === normaliseHeader(headers[c] ?? '');
    }).length;
    if (same >= Math.max(2, Math.ceil(cols.length * 0.6)) || (cols.length === 1 && same === 1)) return 'header';
  }

  // Distinct texts: a merged "JUMLAH" label fills several cells. A data row has many; only a row of
  // at most two is worth normalising.
  const raw = new Set(filled.filter(([v]) => typeof v === 'string' && !/^[\d\s.,%()-]+$/.test(v)).map(([v]) => String(v)));
  if (raw.size > 2) return 'data';
  const texts = new Set([...raw].map(normaliseHeader));
  const label = [...texts].find((t) => TOTAL.test(t));
  if (label && texts.size <= 2) return 'total';
  return 'data';
}
