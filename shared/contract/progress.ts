import { z } from 'zod';
import type { ClassBasis, UmkmClass } from '../domain/classification';
import type { MoveDirection } from '../domain/progress';
import { CERTIFICATIONS, FIGURE_SOURCES, MARKET_REACH, SALES_CHANNELS, SECTORS, type Certification, type FigureSource, type MarketReach, type SalesChannel } from '../domain/sectors';
import { messages } from '../i18n';
import { id, money, optionalInt, optionalText, pastOrTodayDate, isoDate, version } from './fields';
import { optionalKecamatan } from './mitra';
import { withDefaults } from './changes';
import type { Kemitraan } from './kemitraan';
import type { MoveSupport } from './riwayat';
import type { UmkmListItem, Versioned } from './umkm';

const p = messages.progressValidation;

const uniqueList = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .max(20)
    .transform((xs) => [...new Set(xs)] as Array<z.output<T>>);

/** Every field of a dated record of a UMKM's figures; an update's changes are any part of them. */
export const ClassRecordFields = z.strictObject({
  umkmId: id,
  date: pastOrTodayDate,
  annualSales: money,
  capital: money,
  assets: money,
  employees: optionalInt(0, 1_000_000),
  marketReach: z.preprocess((x) => (x === '' || x === null ? undefined : x), z.enum(MARKET_REACH).optional()),
  certifications: uniqueList(z.enum(CERTIFICATIONS)),
  channels: uniqueList(z.enum(SALES_CHANNELS)),
  source: z.enum(FIGURE_SOURCES),
  notes: optionalText(2000),
});

// The one rule over a whole record: its class needs sales or capital.
const figuresGiven = (r: Pick<z.output<typeof ClassRecordFields>, 'annualSales' | 'capital'>, ctx: z.RefinementCtx) => {
  if (r.annualSales === undefined && r.capital === undefined) ctx.addIssue({ code: 'custom', path: ['annualSales'], message: p.figuresNeeded });
};

/** A dated record of a UMKM's figures, without certifications or channels unless given; its class is computed, never given. */
export const ClassRecordInput = withDefaults(ClassRecordFields, { certifications: [], channels: [] }).superRefine(figuresGiven);
export type ClassRecordInput = z.input<typeof ClassRecordInput>;
export type ClassRecordData = z.output<typeof ClassRecordInput>;
export const CLASS_RECORD_FIELDS = Object.keys(ClassRecordFields.shape) as Array<keyof typeof ClassRecordFields.shape>;

/** The whole-record rule alone, over a stored record merged with an edit's changes (already read). */
export const ClassRecordRules = z.custom<ClassRecordData>().superRefine(figuresGiven);

/** An edit names only the fields it changes; the merged record is checked as a whole. */
export const ClassRecordChanges = ClassRecordFields.partial();
export type ClassRecordChanges = z.output<typeof ClassRecordChanges>;
export const ClassRecordUpdateInput = z.strictObject({ id, changes: ClassRecordChanges, version: version.optional() });
export type ClassRecordUpdateInput = z.input<typeof ClassRecordUpdateInput>;

export const PeriodQuery = z
  .strictObject({
    from: isoDate,
    to: isoDate,
    kecamatan: optionalKecamatan,
    sector: z.enum(SECTORS).optional(),
    komunitasId: id.optional(),
  })
  .superRefine((q, ctx) => {
    if (q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: p.rangeReversed });
  });
export type PeriodQuery = z.input<typeof PeriodQuery>;

export const TRANSITION_KEYS = {
  naik: ['mikro->kecil', 'mikro->menengah', 'kecil->menengah', 'menengah->besar'],
  turun: ['kecil->mikro', 'menengah->mikro', 'menengah->kecil', 'besar->menengah'],
} as const;

/** The list behind each figure of the report: which UMKM, and in which group. */
export const PeriodListQuery = z.strictObject({
  period: PeriodQuery,
  outcome: z.enum(['naik', 'turun', 'tetap', 'tanpa_data', 'menengah_pasar']),
  transition: z.string().max(30).optional(),
  /** The figures and record date as they stood on this day (a report for a past period); else today's. */
  figuresAt: isoDate.optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
});
export type PeriodListQuery = z.input<typeof PeriodListQuery>;

export interface ClassRecord extends Versioned {
  id: number;
  umkmId: number;
  date: string;
  annualSales: number | null;
  capital: number | null;
  assets: number | null;
  employees: number | null;
  marketReach: MarketReach | null;
  certifications: Certification[];
  channels: SalesChannel[];
  source: FigureSource;
  notes: string | null;
  class: UmkmClass;
  classBasis: ClassBasis;
  createdAt: string;
  updatedAt: string;
}

export interface ClassMoveView {
  direction: MoveDirection;
  fromClass: UmkmClass;
  toClass: UmkmClass;
  fromDate: string;
  date: string;
  fromRecordId: number;
  toRecordId: number;
  /** Agreements (direct or through a community) active at some time between the two records. */
  agreements: Array<Pick<Kemitraan, 'id' | 'number' | 'partnerName' | 'status' | 'startDate' | 'endDate' | 'supports'>>;
  /** Certificates issued, activities attended and assistance handed over between the two records (both days included). */
  support: MoveSupport;
}

export interface UmkmTimeline {
  umkmId: number;
  records: ClassRecord[];
  moves: ClassMoveView[];
  agreements: Array<Pick<Kemitraan, 'id' | 'number' | 'partnerName' | 'status' | 'startDate' | 'endDate' | 'komunitasName'>>;
}

type Counts<K extends string> = Record<K, number>;

export interface PeriodReport {
  from: string;
  to: string;
  /** UMKM with at least one record in the period: the denominator of the percentages. */
  recorded: number;
  naik: Counts<(typeof TRANSITION_KEYS.naik)[number]>;
  turun: Counts<(typeof TRANSITION_KEYS.turun)[number]>;
  naikTotal: number;
  turunTotal: number;
  tetap: number;
  /** naikTotal / recorded × 100, one decimal. */
  naikPercent: number;
  byKecamatan: Record<string, { naik: number; turun: number; tetap: number; recorded: number }>;
  bySector: Record<string, { naik: number; turun: number; tetap: number; recorded: number }>;
  byKomunitas: Array<{ komunitasId: number; name: string; naik: number; turun: number; tetap: number; recorded: number }>;
  /** Menengah UMKM still selling only locally or regionally: the department's next focus. */
  menengahNeedMarket: number;
  /** Active UMKM whose latest record is more than a year old, or that have none. */
  staleRecords: number;
}

export type PeriodListItem = UmkmListItem & { fromClass: UmkmClass | null; toClass: UmkmClass | null; lastRecordDate: string | null };

export interface ProgressOverview {
  /** UMKM by class as of 31 December of each year. */
  classByYear: Array<{ year: number } & Record<UmkmClass, number>>;
  movesByYear: Array<{ year: number; naik: number; turun: number }>;
  marketReach: Record<MarketReach, number>;
}
