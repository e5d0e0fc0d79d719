// PP 7/2021 Pasal 35: class by annual sales when known (Ps 35(4), what support uses), else by
// business capital excluding land and buildings (Ps 35(2)). "Up to" includes the bound.
export const UMKM_CLASSES = ['mikro', 'kecil', 'menengah', 'besar'] as const;
export type UmkmClass = (typeof UMKM_CLASSES)[number];

export const CLASS_BASES = ['penjualan', 'modal'] as const;
export type ClassBasis = (typeof CLASS_BASES)[number];

const MILIAR = 1_000_000_000;

/** Upper bounds (inclusive) per class; above the menengah bound a business is besar. */
export const SALES_BOUNDS = { mikro: 2 * MILIAR, kecil: 15 * MILIAR, menengah: 50 * MILIAR } as const;
export const CAPITAL_BOUNDS = { mikro: 1 * MILIAR, kecil: 5 * MILIAR, menengah: 10 * MILIAR } as const;

export interface Classification {
  class: UmkmClass;
  basis: ClassBasis;
}

function byBounds(value: number, bounds: { mikro: number; kecil: number; menengah: number }): UmkmClass {
  if (value <= bounds.mikro) return 'mikro';
  if (value <= bounds.kecil) return 'kecil';
  if (value <= bounds.menengah) return 'menengah';
  return 'besar';
}

export function classify(figures: { annualSales?: number | null; capital?: number | null }): Classification | null {
  if (figures.annualSales != null) return { class: byBounds(figures.annualSales, SALES_BOUNDS), basis: 'penjualan' };
  if (figures.capital != null) return { class: byBounds(figures.capital, CAPITAL_BOUNDS), basis: 'modal' };
  return null;
}

/** Class order, for telling a move up from a move down. */
export function classRank(c: UmkmClass): number {
  return UMKM_CLASSES.indexOf(c);
}

/** BPS sizes by workers; a secondary figure only, never the class. */
export function bpsSizeByWorkers(employees: number | null | undefined): 'mikro' | 'kecil' | 'sedang' | 'besar' | null {
  if (employees == null) return null;
  if (employees <= 4) return 'mikro';
  if (employees <= 19) return 'kecil';
  if (employees <= 99) return 'sedang';
  return 'besar';
}
