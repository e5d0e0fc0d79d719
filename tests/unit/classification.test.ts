import { describe, expect, it } from 'vitest';
import {
  CAPITAL_BOUNDS,
  SALES_BOUNDS,
  bpsSizeByWorkers,
  classRank,
  classify,
  type UmkmClass,
} from '../../shared/domain/classification';

const M = 1_000_000_000; // Rp 1 miliar

describe('classify: PP 7/2021 Ps 35(5), annual sales', () => {
  const cases: Array<[number, UmkmClass]> = [
    [0, 'mikro'],
    [1, 'mikro'],
    [2 * M - 1, 'mikro'],
    [2 * M, 'mikro'], // "up to" includes the bound
    [2 * M + 1, 'kecil'], // "over" excludes it
    [15 * M - 1, 'kecil'],
    [15 * M, 'kecil'],
    [15 * M + 1, 'menengah'],
    [50 * M - 1, 'menengah'],
    [50 * M, 'menengah'],
    [50 * M + 1, 'besar'],
    [1_000 * M, 'besar'],
  ];
  it.each(cases)('annualSales %d → %s (basis penjualan)', (annualSales, expected) => {
    expect(classify({ annualSales })).toEqual({ class: expected, basis: 'penjualan' });
  });

  it('uses the bounds of Pasal 35(5) exactly', () => {
    expect(SALES_BOUNDS).toEqual({ mikro: 2_000_000_000, kecil: 15_000_000_000, menengah: 50_000_000_000 });
  });
});

describe('classify: PP 7/2021 Ps 35(3), business capital', () => {
  const cases: Array<[number, UmkmClass]> = [
    [0, 'mikro'],
    [1 * M - 1, 'mikro'],
    [1 * M, 'mikro'],
    [1 * M + 1, 'kecil'],
    [5 * M - 1, 'kecil'],
    [5 * M, 'kecil'],
    [5 * M + 1, 'menengah'],
    [10 * M - 1, 'menengah'],
    [10 * M, 'menengah'],
    [10 * M + 1, 'besar'],
    [500 * M, 'besar'],
  ];
  it.each(cases)('capital %d (no sales) → %s (basis modal)', (capital, expected) => {
    expect(classify({ capital })).toEqual({ class: expected, basis: 'modal' });
    expect(classify({ capital, annualSales: null })).toEqual({ class: expected, basis: 'modal' });
    expect(classify({ capital, annualSales: undefined })).toEqual({ class: expected, basis: 'modal' });
  });

  it('uses the bounds of Pasal 35(3) exactly', () => {
    expect(CAPITAL_BOUNDS).toEqual({ mikro: 1_000_000_000, kecil: 5_000_000_000, menengah: 10_000_000_000 });
  });
});

describe('classify: which figure decides', () => {
  it('sales take precedence over capital when both are known', () => {
    // Capital alone would make this menengah; sales say mikro.
    expect(classify({ annualSales: 300_000_000, capital: 8 * M })).toEqual({ class: 'mikro', basis: 'penjualan' });
    // Capital alone would make this mikro; sales say besar.
    expect(classify({ annualSales: 60 * M, capital: 100_000_000 })).toEqual({ class: 'besar', basis: 'penjualan' });
  });

  it('zero sales is a known figure, not a missing one', () => {
    expect(classify({ annualSales: 0, capital: 20 * M })).toEqual({ class: 'mikro', basis: 'penjualan' });
  });

  it('falls back to capital only when sales are missing', () => {
    expect(classify({ annualSales: null, capital: 3 * M })).toEqual({ class: 'kecil', basis: 'modal' });
  });

  it('the same rupiah amount can give different classes by basis', () => {
    // Rp 1.5 M: kecil by capital (over 1 M) but mikro by sales (up to 2 M).
    expect(classify({ capital: 1_500_000_000 })?.class).toBe('kecil');
    expect(classify({ annualSales: 1_500_000_000 })?.class).toBe('mikro');
  });

  it('neither figure gives null', () => {
    expect(classify({})).toBeNull();
    expect(classify({ annualSales: null, capital: null })).toBeNull();
    expect(classify({ annualSales: undefined, capital: undefined })).toBeNull();
  });

  it('above the menengah bounds the business is besar, not hidden or capped', () => {
    expect(classify({ annualSales: 50 * M + 1 })?.class).toBe('besar');
    expect(classify({ capital: 10 * M + 1 })?.class).toBe('besar');
  });
});

describe('classRank', () => {
  it('orders mikro < kecil < menengah < besar', () => {
    const ranks = (['mikro', 'kecil', 'menengah', 'besar'] as const).map(classRank);
    expect(ranks).toEqual([0, 1, 2, 3]);
  });
});

describe('bpsSizeByWorkers (secondary figure)', () => {
  it.each([
    [1, 'mikro'],
    [4, 'mikro'],
    [5, 'kecil'],
    [19, 'kecil'],
    [20, 'sedang'],
    [99, 'sedang'],
    [100, 'besar'],
    [5000, 'besar'],
  ] as const)('%d workers → %s', (n, expected) => {
    expect(bpsSizeByWorkers(n)).toBe(expected);
  });

  it('unknown worker count gives null', () => {
    expect(bpsSizeByWorkers(null)).toBeNull();
    expect(bpsSizeByWorkers(undefined)).toBeNull();
  });
});
