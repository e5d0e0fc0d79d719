import { z } from 'zod';
import { KEMITRAAN_STATUS, PARTNERSHIP_PATTERNS, SUPPORT_KINDS, type KemitraanStatus, type PartnershipPattern, type SupportKind } from '../domain/partnership';
import { messages } from '../i18n';
import { id, isoDate, money, optionalText, requiredText } from './fields';
import { optionalKecamatan } from './mitra';

const k = messages.kemitraanValidation;

const optionalId = z.preprocess((x) => (x === '' || x === null ? undefined : x), id.optional());
const optionalDate = z.preprocess((x) => (x === '' || x === null ? undefined : x), isoDate.optional());

export const SupportInput = z.strictObject({
  kind: z.enum(SUPPORT_KINDS),
  description: requiredText(1000, 3),
  value: money,
});

const kemitraanShape = {
  /** Left empty, the app numbers it (KMT/2023/0001). */
  number: z.preprocess((x) => (typeof x === 'string' && x.trim() === '' ? undefined : x), z.string().trim().max(60).optional()),
  partnerId: id,
  umkmId: optionalId,
  komunitasId: optionalId,
  signedAt: optionalDate,
  startDate: isoDate,
  endDate: optionalDate,
  pattern: z.enum(PARTNERSHIP_PATTERNS),
  supports: z.array(SupportInput).min(1, { error: k.supportsRequired }).max(50),
  eventId: optionalId,
  notes: optionalText(4000),
};

function checkAgreement(val: { umkmId?: number; komunitasId?: number; startDate: string; endDate?: string }, ctx: z.RefinementCtx): void {
  if ((val.umkmId === undefined) === (val.komunitasId === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['umkmId'], message: k.oneParty });
  }
  if (val.endDate !== undefined && val.endDate < val.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: k.endBeforeStart });
  }
}

/** A new agreement always starts as diusulkan; it moves on only through kemitraan:setStatus. */
export const KemitraanInput = z.strictObject(kemitraanShape).superRefine(checkAgreement);
export type KemitraanInput = z.input<typeof KemitraanInput>;
export type KemitraanData = z.output<typeof KemitraanInput>;
export const KEMITRAAN_INPUT_FIELDS = Object.keys(kemitraanShape) as Array<keyof typeof kemitraanShape>;

export const KemitraanUpdateInput = z.strictObject({ id, changes: z.record(z.string(), z.unknown()) });

export const KemitraanStatusInput = z.strictObject({
  id,
  status: z.enum(KEMITRAAN_STATUS),
  /** Required to activate when the agreement has no signing date yet. */
  signedAt: optionalDate,
  reason: optionalText(1000),
});
export type KemitraanStatusInput = z.input<typeof KemitraanStatusInput>;

/** One step from a suggestion at the meeting to a proposed agreement. */
export const ProposeInput = z.strictObject({
  partnerId: id,
  umkmId: id,
  eventId: optionalId,
  pattern: z.enum(PARTNERSHIP_PATTERNS).optional(),
  startDate: optionalDate,
});
export type ProposeInput = z.input<typeof ProposeInput>;

export const KemitraanListQuery = z
  .strictObject({
    status: z.enum(KEMITRAAN_STATUS).optional(),
    partnerId: id.optional(),
    umkmId: id.optional(),
    komunitasId: id.optional(),
    eventId: id.optional(),
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
  });
export type KemitraanListQuery = z.input<typeof KemitraanListQuery>;

export interface Support {
  id: number;
  kind: SupportKind;
  description: string;
  value: number | null;
}

export interface Kemitraan {
  id: number;
  number: string;
  partnerId: number;
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
  /** Computed: aktif with its end date passed. */
  dueForReview: boolean;
  eventId: number | null;
  eventName: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export type KemitraanListItem = Kemitraan;

