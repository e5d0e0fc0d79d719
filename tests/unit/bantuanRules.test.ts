// The rules of the repeat-assistance warning (shared/domain/bantuan.ts): months counted on the
// calendar, an assistance not yet handed over standing for its whole year, and which warnings a
// save still needs confirmed.
import { describe, expect, it } from 'vitest';
import { addMonths, bantuanWarnings, repeatsOf, unconfirmed, withinMonths } from '../../shared/domain/bantuan';

const at = (handedAt: string | null, year = Number((handedAt ?? '2025').slice(0, 4))) => ({ handedAt, year });

describe('addMonths', () => {
  it('keeps the day, or the month\'s last day when it has fewer, across years', () => {
    expect(addMonths('2025-03-14', 24)).toBe('2027-03-14');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2026-02-28', -12)).toBe('2025-02-28');
  });
});

describe('withinMonths', () => {
  it('is within the period up to the day before the same day N months on, in either order', () => {
    expect(withinMonths(at('2025-03-14'), at('2027-03-13'), 24)).toBe(true);
    expect(withinMonths(at('2025-03-14'), at('2027-03-14'), 24)).toBe(false);
    expect(withinMonths(at('2027-03-13'), at('2025-03-14'), 24)).toBe(true);
    expect(withinMonths(at('2025-03-14'), at('2025-03-14'), 1)).toBe(true);
  });

  it('stands an assistance without a handover day for every day of its year', () => {
    expect(withinMonths(at(null, 2023), at('2025-12-30'), 24)).toBe(true);
    expect(withinMonths(at(null, 2023), at('2025-12-31'), 24)).toBe(false);
    expect(withinMonths(at(null, 2026), at('2025-01-02'), 12)).toBe(true);
    expect(withinMonths(at(null, 2020), at(null, 2021), 12)).toBe(true);
    expect(withinMonths(at(null, 2020), at(null, 2022), 12)).toBe(false);
  });
});

describe('repeatsOf and the warnings', () => {
  const earlier = [
    { id: 1, kind: 'peralatan' as const, fundSource: 'apbd' as const, item: 'Sealer', ...at('2024-05-01') },
    { id: 2, kind: 'peralatan' as const, fundSource: 'csr_mitra' as const, item: 'Etalase', ...at('2025-01-01') },
    { id: 3, kind: 'peralatan' as const, fundSource: 'apbd' as const, item: 'Oven', ...at('2025-02-01') },
    { id: 4, kind: 'modal' as const, fundSource: 'apbd' as const, item: 'Modal', ...at('2025-02-01') },
  ];
  it('finds the same kind from the same source within the period, newest first, never the record itself', () => {
    const next = { kind: 'peralatan' as const, fundSource: 'apbd' as const, ...at('2025-06-01') };
    expect(repeatsOf(next, earlier, 24).map((r) => r.id)).toEqual([3, 1]);
    expect(repeatsOf({ ...next, id: 3 }, earlier, 24).map((r) => r.id)).toEqual([1]);
    expect(repeatsOf(next, earlier, 12).map((r) => r.id)).toEqual([3]);
  });

  it('warns of a repeat, of a business of class besar and of an inactive one; asks only what is not confirmed', () => {
    expect(bantuanWarnings({ class: 'mikro', status: 'aktif' }, 0)).toEqual([]);
    expect(bantuanWarnings({ class: 'besar', status: 'tidak_aktif' }, 2)).toEqual(['repeat', 'not_umkm', 'inactive']);
    expect(unconfirmed(['repeat', 'not_umkm'], ['repeat'])).toEqual(['not_umkm']);
    expect(unconfirmed(['repeat'], ['repeat', 'inactive'])).toEqual([]);
  });
});
