import type { FundSource } from './funding';

/**
 * Assistance handed to a UMKM (issue 15): equipment, working capital, packaging, a stand's rent or
 * other help, from one source of funds. The council wants to know that help does not go twice to
 * the same business nor to businesses that are not UMKM: those are warnings a clerk confirms, never
 * refusals (the office may decide to help again).
 */
export const BANTUAN_KINDS = ['peralatan', 'modal', 'kemasan', 'sewa_stand', 'lainnya'] as const;
export type BantuanKind = (typeof BANTUAN_KINDS)[number];

/** What a clerk is warned about before saving, and confirms. */
export const BANTUAN_WARNINGS = ['repeat', 'not_umkm', 'inactive'] as const;
export type BantuanWarningCode = (typeof BANTUAN_WARNINGS)[number];

/** The period in months within which the same kind from the same source again is warned about. */
export const REPEAT_MONTHS_DEFAULT = 24;
export const REPEAT_MONTHS_MIN = 1;
export const REPEAT_MONTHS_MAX = 120;

/** The first and last day an assistance may stand for: its handover day, or its whole year when not yet handed over. */
export function assistanceSpan(a: { handedAt: string | null; year: number }): { from: string; to: string } {
  if (a.handedAt) return { from: a.handedAt, to: a.handedAt };
  return { from: `${a.year}-01-01`, to: `${a.year}-12-31` };
}

/** yyyy-mm-dd moved by whole months (the day kept, or the month's last day when it has fewer). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * Whether two assistances lie within `months` of each other. An assistance not yet handed over
 * stands for its whole year, and the closest days count: a clerk is warned rather than not.
 */
export function withinMonths(a: { handedAt: string | null; year: number }, b: { handedAt: string | null; year: number }, months: number): boolean {
  const x = assistanceSpan(a);
  const y = assistanceSpan(b);
  // Apart by more than the period only when one ends a full period before the other starts.
  if (addMonths(x.to, months) <= y.from) return false;
  if (addMonths(y.to, months) <= x.from) return false;
  return true;
}

export interface EarlierAssistance {
  id: number;
  kind: BantuanKind;
  fundSource: FundSource;
  item: string;
  handedAt: string | null;
  year: number;
}

/** The earlier assistances of the same kind from the same source within the period, most recent first. */
export function repeatsOf<T extends EarlierAssistance>(
  next: { kind: BantuanKind; fundSource: FundSource; handedAt: string | null; year: number; id?: number },
  earlier: T[],
  months: number,
): T[] {
  return earlier
    .filter((e) => e.id !== next.id && e.kind === next.kind && e.fundSource === next.fundSource && withinMonths(e, next, months))
    .sort((a, b) => assistanceSpan(b).from.localeCompare(assistanceSpan(a).from) || b.id - a.id);
}

/** The warnings of one assistance for a UMKM, in the order the form shows them. */
export function bantuanWarnings(umkm: { class: string; status: string }, repeats: number): BantuanWarningCode[] {
  const out: BantuanWarningCode[] = [];
  if (repeats > 0) out.push('repeat');
  if (umkm.class === 'besar') out.push('not_umkm');
  if (umkm.status !== 'aktif') out.push('inactive');
  return out;
}

/** The warnings a save still needs confirmed: those found that the clerk did not confirm. */
export function unconfirmed(found: readonly BantuanWarningCode[], confirmed: readonly BantuanWarningCode[]): BantuanWarningCode[] {
  return found.filter((w) => !confirmed.includes(w));
}
