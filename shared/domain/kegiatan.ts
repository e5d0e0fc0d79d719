// Kegiatan pembinaan (issue 15): the kinds of activity the department runs, their days and the
// per-day attendance rules, shared by main, the pages and the command line.

/** temu_kemitraan is the partnership meeting (invitations, matchmaking, figures); the rest have participants. */
export const KEGIATAN_KINDS = ['temu_kemitraan', 'pelatihan', 'pendampingan', 'kurasi', 'pameran', 'sosialisasi', 'monitoring'] as const;
export type KegiatanKind = (typeof KEGIATAN_KINDS)[number];

export const ATTENDANCE_STATUSES = ['hadir', 'izin', 'tidak_hadir'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** An activity lasts at most this many days (a week-long bazar, a month of coaching visits). */
export const MAX_KEGIATAN_DAYS = 31;

/** The fields a kind's form shows beyond name, dates, place, organiser, funds and notes. */
export interface KindShape {
  /** Invited communities and partners, attendance by mark, matchmaking (the meeting). */
  invitations: boolean;
  /** Participants (UMKM and walk-in persons), quota, attendance per day, certificate numbers. */
  participants: boolean;
}
export function kindShape(kind: KegiatanKind): KindShape {
  return kind === 'temu_kemitraan' ? { invitations: true, participants: false } : { invitations: false, participants: true };
}

const DAY_MS = 86_400_000;
const utc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The activity's days, first to last (one when it has no end date). */
export function activityDays(date: string, endDate: string | null | undefined): string[] {
  const first = utc(date);
  const last = endDate ? utc(endDate) : first;
  const days: string[] = [];
  for (let t = first; t <= last && days.length < MAX_KEGIATAN_DAYS; t += DAY_MS) days.push(iso(t));
  return days;
}

/** How many days from date to endDate, both counted. */
export function dayCount(date: string, endDate: string | null | undefined): number {
  return endDate ? Math.round((utc(endDate) - utc(date)) / DAY_MS) + 1 : 1;
}

/**
 * A UMKM counts as present at an activity (kegiatan_umkm.hadir, which matchmaking and the
 * meeting's figures read) when it was present on at least one day.
 */
export function presentOnAnyDay(marks: Iterable<AttendanceStatus>): boolean {
  for (const m of marks) if (m === 'hadir') return true;
  return false;
}

/** Participants over the quota: shown as a warning, never refused (walk-ins do turn up). */
export function overQuota(participants: number, quota: number | null | undefined): boolean {
  return quota !== null && quota !== undefined && participants > quota;
}
