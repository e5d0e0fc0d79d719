import { z } from 'zod';
import { KEMITRAAN_STATUS, PARTNERSHIP_PATTERNS, SUPPORT_KINDS, type KemitraanStatus, type PartnershipPattern, type SupportKind } from '../domain/partnership';
import { messages } from '../i18n';
import { id, isoDate, money, optionalText, requiredText, version } from './fields';
import type { Versioned } from './umkm';
import { acceptingLegacyNames } from './legacyNames';
import { optionalKecamatan } from './mitra';
import { KEMITRAAN_OUTCOMES, type KemitraanOutcome, type ReviewMonths } from '../domain/monev';

const k = messages.kemitraanValidation;

const optionalId = z.preprocess((x) => (x === '' || x === null ? undefined : x), id.optional());
const optionalDate = z.preprocess((x) => (x === '' || x === null ? undefined : x), isoDate.optional());

export const SupportInput = z.strictObject({
  kind: z.enum(SUPPORT_KINDS),
  description: requiredText(1000, 3),
  value: money,
});

/** Every field of an agreement as a clerk gives it; an update's changes are any part of them. */
export const KemitraanFields = z.strictObject({
  /** Left empty, the app numbers it (KMT/2023/0001). */
  number: z.preprocess((x) => (typeof x === 'string' && x.trim() === '' ? undefined : x), z.string().trim().max(60).optional()),
  mitraId: id,
  umkmId: optionalId,
  komunitasId: optionalId,
  signedAt: optionalDate,
  startDate: isoDate,
  endDate: optionalDate,
  pattern: z.enum(PARTNERSHIP_PATTERNS),
  supports: z.array(SupportInput).min(1, { error: k.supportsRequired }).max(50),
  kegiatanId: optionalId,
  notes: optionalText(4000),
  /** Monev cadence in months; null: no review. Left out on a new agreement: 6 (DEFAULT_REVIEW_MONTHS). */
  reviewMonths: z.preprocess((x) => (x === '' || x === 0 || x === '0' ? null : typeof x === 'string' && /^\d+$/.test(x) ? Number(x) : x), z.union([z.literal(3), z.literal(6)], { error: messages.monevValidation.reviewMonths }).nullable().optional()),
});

/** A broken rule of the whole agreement, at the field the form shows it by. */
export interface RecordIssue {
  path: string;
  message: string;
}

/**
 * The rules over the whole agreement: one party (a UMKM or a community, never both), and no end
 * before the start. The input checks them; an update checks them once on the merged record.
 */
export function agreementIssues(val: { umkmId?: number; komunitasId?: number; startDate: string; endDate?: string }): RecordIssue[] {
  const issues: RecordIssue[] = [];
  if ((val.umkmId === undefined) === (val.komunitasId === undefined)) issues.push({ path: 'umkmId', message: k.oneParty });
  if (val.endDate !== undefined && val.endDate < val.startDate) issues.push({ path: 'endDate', message: k.endBeforeStart });
  return issues;
}

/** A new agreement always starts as diusulkan; it moves on only through kemitraan:setStatus. */
export const KemitraanInput = acceptingLegacyNames(
  KemitraanFields.superRefine((val, ctx) => {
    for (const issue of agreementIssues(val)) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  }),
);
export type KemitraanInput = z.input<typeof KemitraanInput>;
export type KemitraanData = z.output<typeof KemitraanInput>;
export const KEMITRAAN_INPUT_FIELDS = Object.keys(KemitraanFields.shape) as Array<keyof typeof KemitraanFields.shape>;

/** The status is not a field: it changes only through kemitraan:setStatus, by its transitions. */
export const KemitraanChanges = acceptingLegacyNames(KemitraanFields.partial().extend({ status: z.never({ error: k.statusNotEditable }).optional() }));
export type KemitraanChanges = z.output<typeof KemitraanChanges>;
export const KemitraanUpdateInput = z.strictObject({ id, changes: KemitraanChanges, version: version.optional() });
export type KemitraanUpdateInput = z.input<typeof KemitraanUpdateInput>;

export const KemitraanStatusInput = z.strictObject({
  id,
  status: z.enum(KEMITRAAN_STATUS),
  /** Required to activate when the agreement has no signing date yet. */
  signedAt: optionalDate,
  /** The day it was finished, when the status becomes selesai (today if not given). */
  finishedAt: optionalDate,
  reason: optionalText(1000),
  /** What became of it, when an active agreement is finished or cancelled (domain/monev.ts). */
  outcome: z.enum(KEMITRAAN_OUTCOMES).optional(),
  outcomeNotes: optionalText(1000),
});
export type KemitraanStatusInput = z.input<typeof KemitraanStatusInput>;

/** One step from a suggestion at the meeting to a proposed agreement. */
export const ProposeInput = acceptingLegacyNames(
  z.strictObject({
    mitraId: id,
    umkmId: id,
    kegiatanId: optionalId,
    pattern: z.enum(PARTNERSHIP_PATTERNS).optional(),
    startDate: optionalDate,
  }),
);
export type ProposeInput = z.input<typeof ProposeInput>;

export const KemitraanListQuery = acceptingLegacyNames(
  z
    .strictObject({
      status: z.enum(KEMITRAAN_STATUS).optional(),
      mitraId: id.optional(),
      umkmId: id.optional(),
      komunitasId: id.optional(),
      kegiatanId: id.optional(),
      pattern: z.enum(PARTNERSHIP_PATTERNS).optional(),
      supportKind: z.enum(SUPPORT_KINDS).optional(),
      /** The kecamatan of the UMKM, or of the community. */
      kecamatan: optionalKecamatan,
      /** Agreements running at some time within [from, to]. */
      from: optionalDate,
      to: optionalDate,
      dueForReview: z.boolean().optional(),
      page: z.number().int().min(1).max(100_000).default(1),
      pageSize: z.number().int().min(1).max(500).default(50),
    })
    .superRefine((q, ctx) => {
      if (q.from && q.to && q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: k.rangeReversed });
    }),
);
export type KemitraanListQuery = z.input<typeof KemitraanListQuery>;

export interface Support {
  id: number;
  kind: SupportKind;
  description: string;
  value: number | null;
}

export interface Kemitraan extends Versioned {
  id: number;
  number: string;
  mitraId: number;
  partnerName: string;
  umkmId: number | null;
  umkmName: string | null;
  komunitasId: number | null;
  komunitasName: string | null;
  /** The kecamatan of the UMKM or the community. */
  kecamatan: string | null;
  signedAt: string | null;
  startDate: string;
  endDate: string | null;
  pattern: PartnershipPattern;
  supports: Support[];
  totalValue: number;
  status: KemitraanStatus;
  /** The day it was finished: set only while the status is selesai. */
  finishedAt: string | null;
  /** Computed: aktif with its end date passed. */
  dueForReview: boolean;
  kegiatanId: number | null;
  eventName: string | null;
  notes: string | null;
  /** Monev cadence in months; null: no review. */
  reviewMonths: ReviewMonths | null;
  /** Asked when an active agreement closed; null otherwise (or closed before it was asked). */
  outcome: KemitraanOutcome | null;
  outcomeNotes: string | null;
  createdAt: string;
  updatedAt: string;
}

export type KemitraanListItem = Kemitraan;

