import { z } from 'zod';
import { SERTIFIKAT_GROUPS, SERTIFIKAT_KINDS, SERTIFIKAT_ROUTES, SERTIFIKAT_STATUSES, type SertifikatGroup, type SertifikatKind, type SertifikatRoute, type SertifikatStatus } from '../domain/sertifikat';
import { messages } from '../i18n';
import { withDefaults } from './changes';
import { entry, read, write, writeAs } from './entry';
import { id, isoDate, optionalInt, optionalText, pastOrTodayDate, version } from './fields';
import { optionalKecamatan } from './mitra';
import type { Page, Versioned } from './umkm';

// Legalitas & sertifikasi (issue 15): the register's records, its queue and lists, batch actions.
const v = messages.sertifikatValidation;

const blank = (x: unknown) => (x === '' || x === null ? undefined : x);
const optionalDate = z.preprocess(blank, isoDate.optional());
const optionalPast = z.preprocess(blank, pastOrTodayDate.optional());

/** Every field of a certificate as a clerk gives it; an update's changes are any part of them. */
export const SertifikatFields = z.strictObject({
  umkmId: id,
  kind: z.enum(SERTIFIKAT_KINDS),
  kindOther: optionalText(120),
  number: optionalText(120),
  issuer: optionalText(200),
  issuedAt: optionalPast,
  validUntil: optionalDate,
  status: z.enum(SERTIFIKAT_STATUSES),
  /** The day it was submitted: the age of an application counts from it. */
  submittedAt: optionalPast,
  route: z.preprocess(blank, z.enum(SERTIFIKAT_ROUTES).optional()),
  programme: optionalText(200),
  programmeYear: optionalInt(2000, 2100),
  companion: optionalText(120),
  refusalReason: optionalText(2000),
  notes: optionalText(4000),
});
export type SertifikatData = z.output<typeof SertifikatFields>;

/** The rules over a whole certificate, each at its field. */
export function sertifikatRules(s: Partial<SertifikatData>, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (s.kind === 'lainnya' && !s.kindOther) issue('kindOther', v.kindOtherNeeded);
  if (s.status === 'terbit' && !s.issuedAt) issue('issuedAt', v.issuedAtNeeded);
  if ((s.status === 'diajukan' || s.status === 'berkas_kurang') && !s.submittedAt) issue('submittedAt', v.submittedAtNeeded);
  if (s.status === 'ditolak' && !s.refusalReason) issue('refusalReason', v.refusalNeeded);
  if (s.kind === 'nib' && s.validUntil) issue('validUntil', v.nibNoExpiry);
  if (s.issuedAt && s.validUntil && s.validUntil < s.issuedAt) issue('validUntil', v.validBeforeIssued);
  if (s.issuedAt && s.submittedAt && s.issuedAt < s.submittedAt) issue('issuedAt', v.issuedBeforeSubmitted);
}

export const SertifikatInput = withDefaults(SertifikatFields, { status: 'rencana' }).superRefine(sertifikatRules);
export type SertifikatInput = z.input<typeof SertifikatInput>;
/** The whole-record rules alone, over a stored record merged with an edit's changes. */
export const SertifikatRules = z.custom<SertifikatData>().superRefine(sertifikatRules);

export const SertifikatChanges = SertifikatFields.partial();
export type SertifikatChanges = z.output<typeof SertifikatChanges>;
export const SertifikatUpdateInput = z.strictObject({ id, changes: SertifikatChanges, version: version.optional() });
export type SertifikatUpdateInput = z.input<typeof SertifikatUpdateInput>;

/** A move to another status with what it needs: the day (submitted, issued), the number, the reason. */
export const SertifikatStatusInput = z.strictObject({
  id,
  status: z.enum(SERTIFIKAT_STATUSES),
  date: optionalPast,
  number: optionalText(120),
  validUntil: optionalDate,
  reason: optionalText(2000),
  version: version.optional(),
});
export type SertifikatStatusInput = z.input<typeof SertifikatStatusInput>;

/** Mark a group submitted on one day. */
export const MarkSubmittedInput = z.strictObject({ ids: z.array(id).min(1).max(2000), submittedAt: pastOrTodayDate });
export type MarkSubmittedInput = z.input<typeof MarkSubmittedInput>;

/** Mark issued: each application with its own number, as the clerk saw them paired. */
export const MarkIssuedInput = z.strictObject({
  issuedAt: pastOrTodayDate,
  validUntil: optionalDate,
  pairs: z
    .array(z.strictObject({ id, number: z.string().trim().min(1, { error: v.numberNeeded }).max(120) }))
    .min(1)
    .max(2000),
});
export type MarkIssuedInput = z.input<typeof MarkIssuedInput>;

const filters = {
  kind: z.preprocess(blank, z.enum(SERTIFIKAT_KINDS).optional()),
  companion: optionalText(120),
  programme: optionalText(200),
  programmeYear: optionalInt(2000, 2100),
  kecamatan: optionalKecamatan,
  komunitasId: z.preprocess(blank, id.optional()),
  umkmId: z.preprocess(blank, id.optional()),
  search: optionalText(100),
};

export const SertifikatListQuery = z.strictObject({
  ...filters,
  group: z.preprocess(blank, z.enum(SERTIFIKAT_GROUPS).optional()),
  page: z.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
});
export type SertifikatListQuery = z.input<typeof SertifikatListQuery>;

export const ExpiringQuery = z.strictObject({
  ...filters,
  days: z.union([z.literal(30), z.literal(60), z.literal(90)]).default(90),
  page: z.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
});
export type ExpiringQuery = z.input<typeof ExpiringQuery>;

export const ReadyQuery = z.strictObject({
  kecamatan: optionalKecamatan,
  komunitasId: z.preprocess(blank, id.optional()),
  search: optionalText(100),
  page: z.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
});
export type ReadyQuery = z.input<typeof ReadyQuery>;

export const SertifikatExportInput = z.strictObject({ ...filters, group: z.preprocess(blank, z.enum(SERTIFIKAT_GROUPS).optional()) });

export interface Sertifikat extends Versioned {
  id: number;
  umkmId: number;
  businessName: string;
  ownerName: string;
  nik: string;
  kecamatan: string;
  kecamatanName: string;
  kind: SertifikatKind;
  kindOther: string | null;
  number: string | null;
  issuer: string | null;
  issuedAt: string | null;
  validUntil: string | null;
  status: SertifikatStatus;
  /** The status as the queue shows it today (kedaluwarsa derived from validUntil). */
  group: SertifikatGroup;
  submittedAt: string | null;
  /** Days since submitted, while waiting (diajukan, berkas kurang); else null. */
  ageDays: number | null;
  route: SertifikatRoute | null;
  programme: string | null;
  programmeYear: number | null;
  companion: string | null;
  refusalReason: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SertifikatPage extends Page<Sertifikat> {
  /** How many the same filters find in each group (the queue's tabs). */
  counts: Record<SertifikatGroup, number>;
}

export interface ExpiringItem extends Sertifikat {
  daysLeft: number;
}

export interface ReadyItem {
  umkmId: number;
  businessName: string;
  ownerName: string;
  nik: string;
  kecamatanName: string;
  sector: string;
  needsBpom: boolean;
  /** The certificates that make it ready, with their valid-until day (null: no end). */
  held: Array<{ kind: SertifikatKind; number: string | null; validUntil: string | null }>;
}

export interface SertifikatOptions {
  /** Companion names used before, most used first. */
  companions: string[];
  programmes: string[];
}

export interface BatchDone {
  updated: number;
  ids: number[];
}

export const sertifikatEntries = {
  'sertifikat:list': entry<SertifikatPage>()(SertifikatListQuery, read()),
  'sertifikat:get': entry<Sertifikat>()(z.strictObject({ id }), read()),
  'sertifikat:create': entry<Sertifikat>()(SertifikatInput, write('sertifikat', 'create')),
  'sertifikat:update': entry<Sertifikat>()(SertifikatUpdateInput, write('sertifikat', 'update')),
  'sertifikat:setStatus': entry<Sertifikat>()(SertifikatStatusInput, write('sertifikat', 'update')),
  'sertifikat:delete': entry<{ id: number }>()(z.strictObject({ id, version: version.optional() }), write('sertifikat', 'delete')),
  // One audit line per certificate changed, written by the service (a batch names many records).
  'sertifikat:markSubmitted': entry<BatchDone>()(MarkSubmittedInput, writeAs('self')),
  'sertifikat:markIssued': entry<BatchDone>()(MarkIssuedInput, writeAs('self')),
  'sertifikat:expiring': entry<Page<ExpiringItem>>()(ExpiringQuery, read()),
  'sertifikat:ready': entry<Page<ReadyItem>>()(ReadyQuery, read()),
  'sertifikat:options': entry<SertifikatOptions>()(z.strictObject({}), read()),
} as const;
