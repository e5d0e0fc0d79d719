import { z } from 'zod';
import type { MatchReason } from '../domain/matchmaking';
import { FUND_SOURCES, type FundSource } from '../domain/funding';
import { KEGIATAN_KINDS, MAX_KEGIATAN_DAYS, dayCount, type KegiatanKind } from '../domain/kegiatan';
import { fill, messages } from '../i18n';
import { withDefaults } from './changes';
import { id, isoDate, money, optionalInt, optionalText, requiredText, version } from './fields';
import { acceptingLegacyNames } from './legacyNames';
import type { MitraListItem } from './mitra';
import type { UmkmListItem, Versioned } from './umkm';

const r = messages.kegiatanRules;
const blank = (x: unknown) => (x === '' || x === null ? undefined : x);

/** The activity's days: the end not before the start, at most MAX_KEGIATAN_DAYS. */
export function dateIssues(v: { date?: string; endDate?: string | null }): Array<{ path: 'endDate'; message: string }> {
  if (!v.date || !v.endDate) return [];
  if (v.endDate < v.date) return [{ path: 'endDate', message: r.endBeforeStart }];
  if (dayCount(v.date, v.endDate) > MAX_KEGIATAN_DAYS) return [{ path: 'endDate', message: fill(r.tooManyDays, { max: MAX_KEGIATAN_DAYS }) }];
  return [];
}

/** Every field of a meeting as a clerk gives it; an update's changes are any part of them. */
export const KegiatanFields = z.strictObject({
  name: requiredText(200, 3),
  theme: optionalText(300),
  date: isoDate,
  venue: requiredText(300, 2),
  organizer: optionalText(200),
  notes: optionalText(4000),
  /** temu_kemitraan (the meeting), or another kind of activity with participants (issue 15). */
  kind: z.enum(KEGIATAN_KINDS),
  /** The last day of an activity of several days; `date` is the first. */
  endDate: z.preprocess(blank, isoDate.optional()),
  speakers: optionalText(500),
  quota: optionalInt(1, 100_000),
  fundSource: z.preprocess(blank, z.enum(FUND_SOURCES).optional()),
  budget: money,
  /** Invited communities; their members make the expected UMKM attendance. */
  komunitasIds: z.array(id).max(1000),
  mitraIds: z.array(id).max(1000),
});

/** A new activity (a meeting unless the kind is given), inviting no one unless given; its days checked. */
export const KegiatanInput = acceptingLegacyNames(
  withDefaults(KegiatanFields, { komunitasIds: [], mitraIds: [], kind: 'temu_kemitraan' }).superRefine((val, ctx) => {
    for (const issue of dateIssues(val)) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  }),
);
export type KegiatanInput = z.input<typeof KegiatanInput>;
export type KegiatanData = z.output<typeof KegiatanInput>;

/** komunitasIds / mitraIds, when given, are the new invitation lists. */
export const KegiatanChanges = acceptingLegacyNames(KegiatanFields.partial());
export type KegiatanChanges = z.output<typeof KegiatanChanges>;
export const KegiatanUpdateInput = z.strictObject({ id, changes: KegiatanChanges, version: version.optional() });
export type KegiatanUpdateInput = z.input<typeof KegiatanUpdateInput>;

/** Attendance marks; a UMKM or partner not invited is added to the meeting by its mark. */
export const AttendanceInput = z.strictObject({
  id,
  umkm: z.array(z.strictObject({ umkmId: id, hadir: z.boolean() })).max(5000).default([]),
  partners: z.array(acceptingLegacyNames(z.strictObject({ mitraId: id, hadir: z.boolean() }))).max(1000).default([]),
});
export type AttendanceInput = z.input<typeof AttendanceInput>;

export const SuggestInput = acceptingLegacyNames(
  z.strictObject({
    mitraId: id,
    /** Limits candidates to the UMKM present at (or invited to) this meeting. */
    kegiatanId: id.optional(),
    limit: z.number().int().min(1).max(200).default(20),
  }),
);
export type SuggestInput = z.input<typeof SuggestInput>;

export interface Suggestion {
  umkm: UmkmListItem;
  score: number;
  reasons: MatchReason[];
}

export interface KegiatanFigures {
  komunitasInvited: number;
  /** A community counts as present when at least one of its UMKM attended. */
  komunitasPresent: number;
  umkmExpected: number;
  umkmPresent: number;
  partnersInvited: number;
  partnersPresent: number;
  agreementsProposed: number;
  /** Proposed here and since signed (aktif or selesai). */
  agreementsSigned: number;
}

export interface Kegiatan extends Versioned {
  id: number;
  kind: KegiatanKind;
  name: string;
  theme: string | null;
  date: string;
  endDate: string | null;
  venue: string;
  organizer: string | null;
  speakers: string | null;
  quota: number | null;
  fundSource: FundSource | null;
  budget: number | null;
  notes: string | null;
  komunitas: Array<{ id: number; name: string; memberCount: number }>;
  /** Expected and marked UMKM: members of invited communities plus any marked directly. */
  umkm: Array<UmkmListItem & { hadir: boolean | null; komunitasNames: string[] }>;
  partners: Array<MitraListItem & { hadir: boolean | null }>;
  figures: KegiatanFigures;
  createdAt: string;
  updatedAt: string;
}

export interface KegiatanListItem {
  id: number;
  kind: KegiatanKind;
  name: string;
  theme: string | null;
  date: string;
  endDate: string | null;
  venue: string;
  quota: number | null;
  fundSource: FundSource | null;
  budget: number | null;
  figures: KegiatanFigures;
  /** Participants of an activity with participants (UMKM and walk-ins), and those present on a day at least. */
  participants: number;
  participantsPresent: number;
}

const optionalDate = z.preprocess(blank, isoDate.optional());

/** The list's filters: kind, activities held (on some day) within [from, to], name or place. */
export const KegiatanListQuery = z
  .strictObject({
    kind: z.enum(KEGIATAN_KINDS).optional(),
    from: optionalDate,
    to: optionalDate,
    search: optionalText(100),
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: r.rangeReversed });
  })
  .optional();
export type KegiatanListQuery = z.input<typeof KegiatanListQuery>;

