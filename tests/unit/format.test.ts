import { describe, expect, it } from 'vitest';
import { formatDate, isValidIsoDate, todayIso } from '../../shared/format/date';
import { formatRupiah, formatRupiahShort, groupThousands, parseRupiahDigits } from '../../shared/format/rupiah';

describe('formatRupiah', () => {
  it('groups thousands with dots after "Rp "', () => {
    expect(formatRupiah(1_500_000)).toBe('Rp 1.500.000');
    expect(formatRupiah(2_000_000_000)).toBe('Rp 2.000.000.000');
    expect(formatRupiah(999)).toBe('Rp 999');
    expect(formatRupiah(1000)).toBe('Rp 1.000');
    expect(formatRupiah(1_000_000_000_000_000)).toBe('Rp 1.000.000.000.000.000');
  });

  it('shows zero as Rp 0 and a missing value as a dash', () => {
    expect(formatRupiah(0)).toBe('Rp 0');
    expect(formatRupiah(null)).toBe('–');
    expect(formatRupiah(undefined)).toBe('–');
  });

  it('keeps the minus sign of a negative amount', () => {
    expect(formatRupiah(-1_500_000)).toBe('Rp -1.500.000');
    expect(groupThousands(-1000)).toBe('-1.000');
  });

  it('drops fractions of a rupiah instead of printing a decimal point', () => {
    expect(formatRupiah(1_500_000.9)).toBe('Rp 1.500.000');
  });
});

describe('formatRupiahShort', () => {
  it.each([
    [0, 'Rp 0'],
    [500, 'Rp 500'],
    [1_000, 'Rp 1 rb'],
    [1_500, 'Rp 1,5 rb'],
    [750_000_000, 'Rp 750 jt'],
    [12_345_678, 'Rp 12,3 jt'],
    [1_000_000_000, 'Rp 1 M'],
    [1_500_000_000, 'Rp 1,5 M'],
    [2_000_000_000_000, 'Rp 2 T'],
    [-1_500_000, 'Rp -1,5 jt'],
  ])('%d → %s', (n, expected) => {
    expect(formatRupiahShort(n)).toBe(expected);
  });

  // Rounding to one decimal can reach 1000 of a unit: that is the next unit up.
  it('rounds up into the next unit instead of showing "1000 rb" / "1000 jt" / "1000 M"', () => {
    expect([999_999, 999_960_000, 999_960_000_000].map(formatRupiahShort)).toEqual(['Rp 1 jt', 'Rp 1 M', 'Rp 1 T']);
  });
});

describe('parseRupiahDigits', () => {
  it.each([
    ['1.500.000', 1_500_000],
    ['1500000', 1_500_000],
    ['Rp 2000000', 2_000_000],
    ['Rp. 2.000.000', 2_000_000],
    ['rp2.000.000', 2_000_000],
    [' 1 500 000 ', 1_500_000],
    ['0', 0],
  ])('%j → %d', (text, n) => {
    expect(parseRupiahDigits(text)).toBe(n);
  });

  it.each(['', 'Rp', 'abc', '-1.000', '1,5', '1.500.000,00', '1e6', 'Rp 1.5 M'])('%j is not a whole-rupiah amount', (text) => {
    expect(parseRupiahDigits(text)).toBeNull();
  });
});

describe('formatDate', () => {
  it('shows an ISO date as DD/MM/YYYY', () => {
    expect(formatDate('2023-05-23')).toBe('23/05/2023');
    expect(formatDate('2024-01-02')).toBe('02/01/2024');
  });

  it('uses the date part of a timestamp', () => {
    expect(formatDate('2023-05-23T09:30:00.000Z')).toBe('23/05/2023');
  });

  it('shows a dash for nothing and passes unknown text through', () => {
    expect(formatDate(null)).toBe('–');
    expect(formatDate(undefined)).toBe('–');
    expect(formatDate('')).toBe('–');
    expect(formatDate('kemarin')).toBe('kemarin');
  });
});

describe('isValidIsoDate', () => {
  it('accepts real calendar dates', () => {
    expect(isValidIsoDate('2023-05-23')).toBe(true);
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2000-02-29')).toBe(true);
    expect(isValidIsoDate('2023-12-31')).toBe(true);
  });

  it('refuses impossible dates and other formats', () => {
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('1900-02-29')).toBe(false);
    expect(isValidIsoDate('2023-04-31')).toBe(false);
    expect(isValidIsoDate('2023-13-01')).toBe(false);
    expect(isValidIsoDate('2023-00-10')).toBe(false);
    expect(isValidIsoDate('2023-05-00')).toBe(false);
    expect(isValidIsoDate('23/05/2023')).toBe(false);
    expect(isValidIsoDate('2023-5-23')).toBe(false);
    expect(isValidIsoDate('2023-05-23T00:00:00Z')).toBe(false);
    expect(isValidIsoDate('')).toBe(false);
  });
});

describe('todayIso', () => {
  it('formats the given moment as a local calendar date', () => {
    expect(todayIso(new Date(2023, 4, 23, 10, 0))).toBe('2023-05-23');
    expect(todayIso(new Date(2024, 0, 5, 0, 0))).toBe('2024-01-05');
  });

  it('uses the local day, not the UTC day, late in the evening', () => {
    const lateEvening = new Date(2023, 4, 23, 23, 59, 59);
    expect(todayIso(lateEvening)).toBe('2023-05-23');
  });

  it('defaults to now and is a valid ISO date', () => {
    const now = new Date();
    const t = todayIso();
    expect(isValidIsoDate(t)).toBe(true);
    expect(t).toBe(`${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`);
  });
});
