import { describe, expect, it } from 'vitest';
import { classByYear, classifyRecord, deriveMoves, periodOutcome, recordAsOf, timeline, type ClassedRecord } from '../../shared/domain/progress';

const M = 1_000_000;
let nextId = 1;
/** A record with sales only, classed by the real rule. */
function rec(date: string, salesJuta: number, id = nextId++): ClassedRecord {
  return classifyRecord({ id, date, annualSales: salesJuta * M, capital: null })!;
}

describe('timeline', () => {
  it('orders by date, whatever the order of entry', () => {
    const r = [rec('2023-06-01', 100, 3), rec('2021-06-01', 100, 1), rec('2022-06-01', 100, 2)];
    expect(timeline(r).map((x) => x.date)).toEqual(['2021-06-01', '2022-06-01', '2023-06-01']);
  });
  it('keeps the last-entered record of a day', () => {
    const r = [rec('2022-01-10', 100, 5), rec('2022-01-10', 3000, 9), rec('2022-01-10', 200, 7)];
    const t = timeline(r);
    expect(t).toHaveLength(1);
    expect(t[0]!.id).toBe(9);
  });
});

describe('deriveMoves', () => {
  it('finds a move up when sales cross the kecil bound', () => {
    const moves = deriveMoves([rec('2021-12-31', 1500, 1), rec('2022-12-31', 2500, 2)]);
    expect(moves).toEqual([
      { fromRecordId: 1, toRecordId: 2, fromDate: '2021-12-31', date: '2022-12-31', fromClass: 'mikro', toClass: 'kecil', direction: 'naik' },
    ]);
  });
  it('finds moves down and ignores records that keep the class', () => {
    const moves = deriveMoves([rec('2020-01-01', 1000, 1), rec('2021-01-01', 2500, 2), rec('2022-01-01', 3000, 3), rec('2023-01-01', 1900, 4)]);
    expect(moves.map((m) => [m.direction, m.fromClass, m.toClass, m.date])).toEqual([
      ['naik', 'mikro', 'kecil', '2021-01-01'],
      ['turun', 'kecil', 'mikro', '2023-01-01'],
    ]);
  });
  it('is the same for records entered out of order', () => {
    const inOrder = deriveMoves([rec('2020-01-01', 1000, 1), rec('2021-01-01', 16_000, 2), rec('2022-01-01', 3000, 3)]);
    const shuffled = deriveMoves([rec('2022-01-01', 3000, 3), rec('2020-01-01', 1000, 1), rec('2021-01-01', 16_000, 2)]);
    expect(shuffled).toEqual(inOrder);
    expect(inOrder.map((m) => `${m.fromClass}->${m.toClass}`)).toEqual(['mikro->menengah', 'menengah->kecil']);
  });
  it('treats a same-day record as a correction, not a move', () => {
    // Entered 2,5 M by mistake, corrected to 1,5 M the same day: no rise and fall.
    const moves = deriveMoves([rec('2021-01-01', 1000, 1), rec('2022-03-01', 2500, 2), rec('2022-03-01', 1500, 3)]);
    expect(moves).toEqual([]);
  });
  it('measures across missing years between the records that exist', () => {
    const moves = deriveMoves([rec('2018-05-01', 500, 1), rec('2023-05-01', 20_000, 2)]);
    expect(moves).toHaveLength(1);
    expect(moves[0]).toMatchObject({ fromDate: '2018-05-01', date: '2023-05-01', fromClass: 'mikro', toClass: 'menengah' });
  });
  it('follows an edit or a deletion, since moves are derived afresh', () => {
    const records = [rec('2021-01-01', 1000, 1), rec('2022-01-01', 2500, 2)];
    expect(deriveMoves(records)).toHaveLength(1);
    const edited = [records[0]!, classifyRecord({ ...records[1]!, annualSales: 1800 * M })!];
    expect(deriveMoves(edited)).toEqual([]);
    expect(deriveMoves(records.slice(0, 1))).toEqual([]);
  });
  it('classes a record by capital when it has no sales', () => {
    const r = classifyRecord({ id: 1, date: '2022-01-01', annualSales: null, capital: 6000 * M })!;
    expect(r).toMatchObject({ class: 'menengah', classBasis: 'modal' });
    expect(classifyRecord({ id: 2, date: '2022-01-01', annualSales: null, capital: null })).toBeNull();
  });
});

describe('recordAsOf and classByYear', () => {
  const records = [rec('2020-03-01', 1000, 1), rec('2022-08-01', 2500, 2), rec('2024-02-01', 20_000, 3)];
  it('takes the latest record on or before a date', () => {
    expect(recordAsOf(records, '2022-07-31')!.id).toBe(1);
    expect(recordAsOf(records, '2022-08-01')!.id).toBe(2);
    expect(recordAsOf(records, '2019-12-31')).toBeUndefined();
  });
  it('carries the class through years without a record', () => {
    expect(classByYear(records, 2025)).toEqual([
      { year: 2020, class: 'mikro' },
      { year: 2021, class: 'mikro' },
      { year: 2022, class: 'kecil' },
      { year: 2023, class: 'kecil' },
      { year: 2024, class: 'menengah' },
      { year: 2025, class: 'menengah' },
    ]);
    expect(classByYear([], 2025)).toEqual([]);
  });
});

describe('periodOutcome', () => {
  const records = [rec('2021-06-01', 1000, 1), rec('2022-06-01', 2500, 2), rec('2023-06-01', 1800, 3)];
  it('compares the class standing at the start with the one at the end', () => {
    expect(periodOutcome(records, '2022-01-01', '2022-12-31')).toEqual({ kind: 'naik', from: 'mikro', to: 'kecil' });
    expect(periodOutcome(records, '2023-01-01', '2023-12-31')).toEqual({ kind: 'turun', from: 'kecil', to: 'mikro' });
    // Up and back down within the period: the UMKM ends where it started.
    expect(periodOutcome(records, '2021-01-01', '2023-12-31')).toEqual({ kind: 'tetap', class: 'mikro' });
  });
  it('uses the first record inside the period when none stands before it', () => {
    expect(periodOutcome(records, '2021-01-01', '2022-12-31')).toEqual({ kind: 'naik', from: 'mikro', to: 'kecil' });
    expect(periodOutcome([rec('2022-02-01', 100, 10), rec('2022-11-01', 16_000, 11)], '2022-01-01', '2022-12-31')).toEqual({
      kind: 'naik',
      from: 'mikro',
      to: 'menengah',
    });
  });
  it('leaves out a UMKM with no record in the period', () => {
    expect(periodOutcome(records, '2024-01-01', '2024-12-31')).toBeNull();
  });
});
