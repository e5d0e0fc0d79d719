import { z } from 'zod';
import { BANTUAN_KINDS, BANTUAN_WARNINGS, REPEAT_MONTHS_MAX, REPEAT_MONTHS_MIN, type BantuanKind, type BantuanWarningCode } from '../domain/bantuan';
import { FUND_SOURCES, type FundSource } from '../domain/funding';
import { messages } from '../i18n';
import { entry, read, roles, write, writeAs } from './entry';
import { id, isoDate, money, optionalText, requiredText, version } from './fields';
import { optionalKecamatan } from './mitra';
import { IdInput, VersionedIdInput, type Page } from './umkm';
import type { Versioned } from './umkm';

const b = messages.bantuanValidation;

const year = z.preprocess((x) => (typeof x === 'string' && /^\d{4}$/.test(x.trim()) ? Number(x) : x), z.number({ error: b.year }).int({ error: b.year }).min(1990, { error: b.year }).max(2100, { error: b.year }));
const optionalDate = z.preprocess((x) => (typeof x === 'string' && x.trim() === '' ? undefined : x === null ? undefined : x), isoDate.optional());
const confirm = z.array(z.enum(BANTUAN_WARNINGS)).max(BANTUAN_WARNINGS.length).default([]);

/** Every field of an assistance as a clerk gives it; an update's changes are any part of them. */
export const BantuanFields = z.strictObject({
  umkmId: id,
  kind: z.enum(BANTUAN_KINDS, { error: b.kind }),
  /** What was handed over ("Mesin sealer", "Modal kerja"). */
  item: requiredText(200, 2),
  /** Whole rupiah; unknown stays empty. */
  value: money,
  fundSource: z.enum(FUND_SOURCES, { error: b.fundSource }),
  programme: optionalText(200),
  year,
  /** The handover day; empty while it is planned. */
  handedAt: optionalDate,
  /** The handover record's number (nomor BAST). */
  handoverNumber: optionalText(100),
  notes: optionalText(4000),
});

/** The year is the handover's when given: both must agree. */
const yearMatches = (d: { year?: number; handedAt?: string | undefined }) => !d.handedAt || d.year === undefined || Number(d.handedAt.slice(0, 4)) === d.year;

export const BantuanInput = BantuanFields.extend({ confirm }).refine(yearMatches, { error: b.yearMismatch, path: ['year'] });
export type BantuanInput = z.input<typeof BantuanInput>;
export type BantuanData = z.output<typeof BantuanFields>;

export const BantuanChanges = BantuanFields.partial();
export type BantuanChanges = z.output<typeof BantuanChanges>;
/** An update: the changed fields, the version the form opened, and the warnings the clerk confirmed. */
export const BantuanUpdateInput = z.strictObject({ id, changes: BantuanChanges, version: version.optional(), confirm });
export type BantuanUpdateInput = z.input<typeof BantuanUpdateInput>;

/** The warnings the form shows before saving: the same kind from the same source within the period, a business that is not a UMKM, an inactive one. */
export const BantuanCheckInput = z.strictObject({
  umkmId: id,
  kind: z.enum(BANTUAN_KINDS, { error: b.kind }),
  fundSource: z.enum(FUND_SOURCES, { error: b.fundSource }),
  year: year.optional(),
  handedAt: optionalDate,
  /** The assistance being edited: never its own repeat. */
  excludeId: id.optional(),
});
export type BantuanCheckInput = z.input<typeof BantuanCheckInput>;

export const BantuanListQuery = z.strictObject({
  search: z.string().trim().max(100).optional(),
  umkmId: id.optional(),
  kind: z.enum(BANTUAN_KINDS).optional(),
  fundSource: z.enum(FUND_SOURCES).optional(),
  year: year.optional(),
  kecamatan: optionalKecamatan,
  programme: optionalText(200),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
});
export type BantuanListQuery = z.input<typeof BantuanListQuery>;

export const BantuanSettingsInput = z.strictObject({
  /** The period, in months, within which the same kind from the same source again is warned about. */
  repeatMonths: z.preprocess(
    (x) => (typeof x === 'string' && /^\d+$/.test(x.trim()) ? Number(x) : x),
    z.number({ error: b.repeatMonths }).int({ error: b.repeatMonths }).min(REPEAT_MONTHS_MIN, { error: b.repeatMonths }).max(REPEAT_MONTHS_MAX, { error: b.repeatMonths }),
  ),
});
export type BantuanSettings = z.output<typeof BantuanSettingsInput>;

export interface Bantuan extends Versioned {
  id: number;
  umkmId: number;
  umkmName: string;
  umkmOwner: string;
  kecamatan: string;
  kecamatanName: string;
  kind: BantuanKind;
  item: string;
  value: number | null;
  fundSource: FundSource;
  programme: string | null;
  year: number;
  handedAt: string | null;
  handoverNumber: string | null;
  notes: string | null;
  /** The warnings the clerk confirmed at the last save. */
  confirmedWarnings: BantuanWarningCode[];
  createdAt: string;
  updatedAt: string;
}

/** An earlier assistance a warning names. */
export interface BantuanRepeat {
  id: number;
  item: string;
  year: number;
  handedAt: string | null;
  value: number | null;
  handoverNumber: string | null;
}

export interface BantuanCheck {
  warnings: BantuanWarningCode[];
  /** The earlier assistances of the same kind from the same source within the period. */
  repeats: BantuanRepeat[];
  /** The period the admin set. */
  repeatMonths: number;
  umkmName: string;
}

/** One source of funds' share of the filtered list. */
export interface BantuanTotal {
  fundSource: FundSource;
  count: number;
  /** Sum of the known values; `unknown` counts those without one. */
  value: number;
  unknown: number;
}

export interface BantuanPage extends Page<Bantuan> {
  /** Per source of funds, over the whole filtered list (not only the page). */
  totals: BantuanTotal[];
  totalValue: number;
  /** The programmes and years on record, for the filters. */
  programmes: string[];
  years: number[];
}

export const bantuanEntries = {
  'bantuan:list': entry<BantuanPage>()(BantuanListQuery, read()),
  'bantuan:get': entry<Bantuan>()(IdInput, read()),
  'bantuan:check': entry<BantuanCheck>()(BantuanCheckInput, read()),
  'bantuan:create': entry<Bantuan>()(BantuanInput, write('bantuan', 'create')),
  'bantuan:update': entry<Bantuan>()(BantuanUpdateInput, write('bantuan', 'update')),
  'bantuan:delete': entry<{ id: number }>()(VersionedIdInput, write('bantuan', 'delete')),
  'bantuan:settings': entry<BantuanSettings>()(z.strictObject({}), read()),
  // Recorded by the service itself (settings_update on 'database'), as office:set is.
  'bantuan:setSettings': entry<BantuanSettings>()(BantuanSettingsInput, writeAs('self', roles.admin)),
};
