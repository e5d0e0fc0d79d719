import type { ImportTarget } from '../../../../shared/contract/excel';
import { KECAMATAN, findKecamatan } from '../../../../shared/domain/regions';
import { marketReachOptions, sectorOptions, statusOptions } from '../options';

/** A choice offered for a cell: the text sent is the label, read by the same rules as a typed cell. */
export interface CellOption {
  value: string;
  label: string;
}
export type CellOptions = Array<CellOption | { label: string; title: string; options: CellOption[] }>;

const byLabel = (xs: ReadonlyArray<{ label: string }>): CellOption[] => xs.map((x) => ({ value: x.label, label: x.label }));
const byName = (xs: ReadonlyArray<{ name: string }>): CellOption[] => xs.map((x) => ({ value: x.name, label: x.name }));
const kecamatan = byName(KECAMATAN);

/**
 * The registry form's own drop-downs for a cell fix: kecamatan, kelurahan (only those of the row's
 * kecamatan, or all of them by kecamatan while the row has none the app knows), sector, market
 * reach and status. Other fields are typed as in Excel.
 */
export function cellOptions(target: ImportTarget, field: string, rowValues: { values: Record<string, string>; original: Record<string, string> }): CellOptions | null {
  if (field === 'kecamatan') return kecamatan;
  if (target === 'umkm' && field === 'kelurahan') {
    const kec = findKecamatan(rowValues.values.kecamatan || rowValues.original.kecamatan || '');
    if (kec) return byName(kec.kelurahan);
    return KECAMATAN.map((k) => ({ label: k.name, title: k.name, options: byName(k.kelurahan) }));
  }
  if (target === 'umkm' && field === 'sector') return byLabel(sectorOptions);
  if (target === 'umkm' && field === 'status') return byLabel(statusOptions);
  if ((target === 'umkm' || target === 'progress') && field === 'marketReach') return byLabel(marketReachOptions);
  return null;
}
