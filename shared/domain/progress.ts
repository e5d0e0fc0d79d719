// Class progress ("naik kelas"): moves are derived from dated records, never typed. Pure rules,
// used by main on every write and by tests, so the timeline and the report say the same thing.
import { classify, classRank, type ClassBasis, type UmkmClass } from './classification';

export interface ClassRecordLike {
  id: number;
  date: string;
  annualSales: number | null;
  capital: number | null;
}

export interface ClassedRecord extends ClassRecordLike {
  class: UmkmClass;
  classBasis: ClassBasis;
}

export type MoveDirection = 'naik' | 'turun';

export interface ClassMove {
  fromRecordId: number;
  toRecordId: number;
  fromDate: string;
  /** The date of the record that shows the new class. */
  date: string;
  fromClass: UmkmClass;
  toClass: UmkmClass;
  direction: MoveDirection;
}

/** Records in time order; on one day, the one entered last (highest id) stands for the day. */
export function timeline<T extends { id: number; date: string }>(records: readonly T[]): T[] {
  const sorted = [...records].sort((a, b) => (a.date === b.date ? a.id - b.id : a.date < b.date ? -1 : 1));
  const out: T[] = [];
  for (const r of sorted) {
    if (out.length && out[out.length - 1]!.date === r.date) out[out.length - 1] = r;
    else out.push(r);
  }
  return out;
}

/** Moves between consecutive days of a UMKM's records (one record stands for each day). */
export function deriveMoves(records: readonly ClassedRecord[]): ClassMove[] {
  const days = timeline(records);
  const moves: ClassMove[] = [];
  for (let i = 1; i < days.length; i++) {
    const a = days[i - 1]!;
    const b = days[i]!;
    const diff = classRank(b.class) - classRank(a.class);
    if (diff === 0) continue;
    moves.push({
      fromRecordId: a.id,
      toRecordId: b.id,
      fromDate: a.date,
      date: b.date,
      fromClass: a.class,
      toClass: b.class,
      direction: diff > 0 ? 'naik' : 'turun',
    });
  }
  return moves;
}

/** The record that stands on a date: the latest one on or before it. */
export function recordAsOf<T extends { id: number; date: string }>(records: readonly T[], date: string): T | undefined {
  const days = timeline(records).filter((r) => r.date <= date);
  return days[days.length - 1];
}

/** Class as of 31 December of each year from the first record's year to lastYear. */
export function classByYear(records: readonly ClassedRecord[], lastYear: number): Array<{ year: number; class: UmkmClass }> {
  const days = timeline(records);
  if (days.length === 0) return [];
  const out: Array<{ year: number; class: UmkmClass }> = [];
  for (let y = Number(days[0]!.date.slice(0, 4)); y <= lastYear; y++) {
    const r = recordAsOf(days, `${y}-12-31`);
    if (r) out.push({ year: y, class: r.class });
  }
  return out;
}

/** Classifies a record's figures; null when it has neither sales nor capital. */
export function classifyRecord<T extends ClassRecordLike>(r: T): (T & { class: UmkmClass; classBasis: ClassBasis }) | null {
  const c = classify(r);
  return c ? { ...r, class: c.class, classBasis: c.basis } : null;
}

export type PeriodOutcome = { kind: 'naik' | 'turun'; from: UmkmClass; to: UmkmClass } | { kind: 'tetap'; class: UmkmClass };

/**
 * A UMKM's change over [from, to]: its class at the start (the record standing on `from`, or its
 * first record inside the period) against the record standing on `to`. Null when it has no
 * record in the period: it was not recorded then, so it counts neither way.
 */
export function periodOutcome(records: readonly ClassedRecord[], from: string, to: string): PeriodOutcome | null {
  const days = timeline(records);
  const inPeriod = days.filter((r) => r.date >= from && r.date <= to);
  if (inPeriod.length === 0) return null;
  const start = recordAsOf(days, from) ?? inPeriod[0]!;
  const end = recordAsOf(days, to)!;
  const diff = classRank(end.class) - classRank(start.class);
  if (diff === 0) return { kind: 'tetap', class: end.class };
  return { kind: diff > 0 ? 'naik' : 'turun', from: start.class, to: end.class };
}
