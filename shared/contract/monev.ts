import { z } from 'zod';
import { MONEV_METHODS, MONEV_SALES, type MonevMethod, type MonevSales, type ReviewMonths } from '../domain/monev';
import { messages } from '../i18n';
import { entry, read, write } from './entry';
import { id, isoDate, money, optionalText, requiredText, version } from './fields';
import { optionalKecamatan } from './mitra';
import type { Page, Versioned } from './umkm';
import { IdInput, VersionedIdInput } from './umkm';

// Monitoring and evaluation of partnerships (issue 15): visits with the products they looked at,
// and the list of agreements whose review is due.

const m = messages.monevValidation;
const blank = (x: unknown) => (x === '' || x === null ? undefined : x);
const optionalDate = z.preprocess(blank, isoDate.optional());

export const MonevProductInput = z.strictObject({
  product: requiredText(200),
  outlet: optionalText(200),
  since: optionalDate,
  price: money,
  sales: z.enum(MONEV_SALES),
  stockOut: z.boolean().default(false),
  feedback: optionalText(1000),
});

/** One visit (or call, meeting, partner's report) with the products it looked at. */
export const MonevVisitFields = z.strictObject({
  kemitraanId: id,
  date: isoDate,
  officer: requiredText(120),
  method: z.enum(MONEV_METHODS),
  nextStep: optionalText(1000),
  notes: optionalText(4000),
  products: z.array(MonevProductInput).max(50, { error: m.productsTooMany }).default([]),
});

/** A product placed before the visit that saw it. */
export function visitIssues(v: { date: string; products: Array<{ since?: string }> }): Array<{ path: string; message: string }> {
  return v.products.flatMap((p, i) => (p.since !== undefined && p.since > v.date ? [{ path: `products.${i}.since`, message: m.sinceAfterVisit }] : []));
}

export const MonevVisitInput = MonevVisitFields.superRefine((v, ctx) => {
  for (const issue of visitIssues(v)) ctx.addIssue({ code: 'custom', path: issue.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), message: issue.message });
});
export type MonevVisitInput = z.input<typeof MonevVisitInput>;
export type MonevVisitData = z.output<typeof MonevVisitInput>;

/** The agreement a visit belongs to never changes; products, when given, replace the old ones. */
export const MonevVisitChanges = MonevVisitFields.omit({ kemitraanId: true }).partial();
export const MonevVisitUpdateInput = z.strictObject({ id, changes: MonevVisitChanges, version: version.optional() });
export type MonevVisitUpdateInput = z.input<typeof MonevVisitUpdateInput>;

/**
 * One row of a monev import: a visit with (at most) one product, the agreement named by its number
 * and resolved to its id before this is checked. Rows of one visit (same agreement, day, officer
 * and method) are stored as one visit with their products.
 */
export const MonevImportRow = z
  .strictObject({
    kemitraanId: id,
    date: isoDate,
    officer: requiredText(120),
    method: z.enum(MONEV_METHODS),
    nextStep: optionalText(1000),
    notes: optionalText(4000),
    product: optionalText(200),
    outlet: optionalText(200),
    since: optionalDate,
    price: money,
    sales: z.enum(MONEV_SALES).optional(),
    stockOut: z.enum(['ya', 'tidak']).optional(),
    feedback: optionalText(1000),
  })
  .superRefine((r, ctx) => {
    if (r.product === undefined) {
      if ((['outlet', 'since', 'price', 'sales', 'stockOut', 'feedback'] as const).some((k) => r[k] !== undefined)) ctx.addIssue({ code: 'custom', path: ['product'], message: m.productNeeded });
    } else if (r.sales === undefined) ctx.addIssue({ code: 'custom', path: ['sales'], message: m.salesNeeded });
    if (r.since !== undefined && r.since > r.date) ctx.addIssue({ code: 'custom', path: ['since'], message: m.sinceAfterVisit });
  });
export type MonevImportRow = z.output<typeof MonevImportRow>;

const paging = {
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
};

export const MonevListQuery = z.strictObject({
  kemitraanId: id.optional(),
  mitraId: id.optional(),
  from: optionalDate,
  to: optionalDate,
  ...paging,
});
export type MonevListQuery = z.input<typeof MonevListQuery>;

/** Active agreements whose review is due within the window or overdue; filters as on the page. */
export const MonevDueQuery = z.strictObject({
  mitraId: id.optional(),
  kecamatan: optionalKecamatan,
  /** Only those already past their review day. */
  overdueOnly: z.boolean().optional(),
  ...paging,
});
export type MonevDueQuery = z.input<typeof MonevDueQuery>;

export interface MonevProduct {
  id: number;
  product: string;
  outlet: string | null;
  since: string | null;
  price: number | null;
  sales: MonevSales;
  stockOut: boolean;
  feedback: string | null;
}

export interface MonevVisit extends Versioned {
  id: number;
  kemitraanId: number;
  kemitraanNumber: string;
  partnerName: string;
  /** The UMKM's business name or the community's name. */
  partyName: string | null;
  date: string;
  officer: string;
  method: MonevMethod;
  nextStep: string | null;
  notes: string | null;
  products: MonevProduct[];
  createdAt: string;
  updatedAt: string;
}

export interface MonevDueItem {
  kemitraanId: number;
  number: string;
  mitraId: number;
  partnerName: string;
  umkmId: number | null;
  komunitasId: number | null;
  partyName: string | null;
  kecamatan: string | null;
  reviewMonths: ReviewMonths;
  /** The last visit's day; null when none yet (the review counts from the signing or start date). */
  lastVisit: string | null;
  nextReview: string;
  /** Days past the review day (negative: days still to go). */
  daysLate: number;
}

export interface MonevDuePage extends Page<MonevDueItem> {
  /** Of the whole list (all pages): how many are past their review day. */
  overdue: number;
}

export const monevEntries = {
  'monev:due': entry<MonevDuePage>()(MonevDueQuery, read()),
  'monev:list': entry<Page<MonevVisit>>()(MonevListQuery, read()),
  'monev:get': entry<MonevVisit>()(IdInput, read()),
  'monev:create': entry<MonevVisit>()(MonevVisitInput, write('monev_kunjungan', 'create')),
  'monev:update': entry<MonevVisit>()(MonevVisitUpdateInput, write('monev_kunjungan', 'update')),
  'monev:delete': entry<{ id: number }>()(VersionedIdInput, write('monev_kunjungan', 'delete')),
};
