import type { KemitraanStatus } from './partnership';

// Monitoring and evaluation (monev) of partnerships: the office visits or calls each active
// agreement every few months and records, per product placed, how it sells.

/** How a review was done. */
export const MONEV_METHODS = ['kunjungan_lapangan', 'telepon', 'daring', 'laporan_mitra'] as const;
export type MonevMethod = (typeof MONEV_METHODS)[number];

/** How a placed product sells, as the partner tells it. */
export const MONEV_SALES = ['laku', 'kurang_laku', 'tidak_laku'] as const;
export type MonevSales = (typeof MONEV_SALES)[number];

/** The review cadence of an agreement in months; null on the agreement means no review. */
export const REVIEW_MONTHS = [3, 6] as const;
export type ReviewMonths = (typeof REVIEW_MONTHS)[number];
/** What a new agreement gets unless the clerk says otherwise. */
export const DEFAULT_REVIEW_MONTHS: ReviewMonths = 6;

/** A review counts as due this many days before its date. */
export const DUE_WINDOW_DAYS = 14;

/**
 * What became of an agreement once it closed (asked when an active agreement is finished or
 * cancelled): it goes on without the office, it was renewed, it simply ended, or it failed.
 */
export const KEMITRAAN_OUTCOMES = ['berlanjut_mandiri', 'diperpanjang', 'tidak_berlanjut', 'gagal'] as const;
export type KemitraanOutcome = (typeof KEMITRAAN_OUTCOMES)[number];

/** A cancelled agreement did not go on: only these outcomes fit it. */
export const CANCELLED_OUTCOMES: readonly KemitraanOutcome[] = ['tidak_berlanjut', 'gagal'];

/** Closing an active agreement (finished or cancelled) is when its outcome is asked. */
export function asksOutcome(from: KemitraanStatus, to: KemitraanStatus): boolean {
  return from === 'aktif' && (to === 'selesai' || to === 'dibatalkan');
}

/** The outcomes a closing to `to` may record. */
export function outcomesFor(to: KemitraanStatus): readonly KemitraanOutcome[] {
  return to === 'dibatalkan' ? CANCELLED_OUTCOMES : KEMITRAAN_OUTCOMES;
}

/** yyyy-mm-dd plus whole months; a day past the month's end falls on its last day (31/08 + 6 = 28/02). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** yyyy-mm-dd plus (or minus) whole days. */
export function addDays(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The day an agreement's next review falls: its last visit plus its cadence, or (none yet) the day
 * it began to run (the later of its start and its signing) plus its cadence. Null without a cadence.
 */
export function nextReviewDate(a: { reviewMonths: number | null; lastVisit: string | null; signedAt: string | null; startDate: string }): string | null {
  if (a.reviewMonths === null) return null;
  const began = a.signedAt !== null && a.signedAt > a.startDate ? a.signedAt : a.startDate;
  return addMonths(a.lastVisit ?? began, a.reviewMonths);
}

/** Due: the review's day is within DUE_WINDOW_DAYS from today or already past (overdue). */
export function isReviewDue(next: string | null, today: string): boolean {
  return next !== null && next <= addDays(today, DUE_WINDOW_DAYS);
}
