import { z } from 'zod';
import { fill, messages } from '../i18n';
import { findKecamatan, findKelurahan, kecamatanName, kelurahanName } from '../domain/regions';
import { KBLI_VERSIONS, MARKET_REACH, SECTORS, UMKM_STATUS } from '../domain/sectors';
import { UMKM_CLASSES, type ClassBasis, type UmkmClass } from '../domain/classification';
import {
  foundedYear,
  id,
  money,
  nik,
  optionalEmail,
  optionalInt,
  optionalKbli,
  optionalNib,
  optionalNpwp,
  optionalPhone,
  optionalText,
  optionalPastDate,
  requiredText,
  version,
} from './fields';
import { withDefaults } from './changes';

const v = messages.validation;

/** Kemendagri code, or a name as clerks spell it; stored as the code. */
const kecamatanField = z.string().transform((val, ctx) => {
  const k = findKecamatan(val);
  if (k) return k.code;
  ctx.addIssue({ code: 'custom', message: v.kecamatan });
  return z.NEVER;
});

// Resolved against the kecamatan in the object check below, so a name shared by two kecamatan
// picks the right one.
const kelurahanField = z.string().trim().min(1);

/** Every field of a UMKM as a clerk gives it, each checked on its own; an update's changes are any part of them. */
export const UmkmFields = z.strictObject({
  businessName: requiredText(200, 2),
  ownerName: requiredText(120, 2),
  nik,
  nib: optionalNib,
  npwp: optionalNpwp,
  address: requiredText(500, 3),
  kecamatan: kecamatanField,
  kelurahan: kelurahanField,
  sector: z.enum(SECTORS),
  kbli: optionalKbli,
  kbliVersion: z.preprocess((x) => (x === '' || x === null ? undefined : x), z.enum(KBLI_VERSIONS).optional()),
  phone: optionalPhone,
  email: optionalEmail,
  foundedYear: foundedYear(),
  employees: optionalInt(0, 1_000_000),
  capital: money,
  annualSales: money,
  assets: money,
  products: optionalText(1000),
  marketReach: z.enum(MARKET_REACH),
  status: z.enum(UMKM_STATUS),
  notes: optionalText(4000),
  registeredAt: optionalPastDate,
});

/** What a clerk (form, command line, import) gives for one UMKM. The class is never given. */
export const UMKM_INPUT_FIELDS = Object.keys(UmkmFields.shape) as Array<keyof typeof UmkmFields.shape>;

type UmkmFieldValues = z.output<typeof UmkmFields>;

// The rules over a whole record, after each field has been read: sales or capital (the class
// needs one), the kelurahan within the kecamatan (a name shared by two resolves to the right
// one), and the KBLI's version.
function moneyGiven(val: Pick<UmkmFieldValues, 'annualSales' | 'capital'>, ctx: z.RefinementCtx): void {
  if (val.annualSales === undefined && val.capital === undefined) {
    ctx.addIssue({ code: 'custom', path: ['annualSales'], message: v.moneyNeeded });
  }
}

function resolveKelurahan<T extends { kecamatan: string; kelurahan: string }>(value: T, ctx: z.RefinementCtx): T {
  const kel = findKelurahan(value.kelurahan, value.kecamatan) ?? findKelurahan(value.kelurahan);
  if (!kel) {
    ctx.addIssue({ code: 'custom', path: ['kelurahan'], message: v.kelurahan });
    return value;
  }
  if (kel.kecamatanCode !== value.kecamatan) {
    ctx.addIssue({
      code: 'custom',
      path: ['kelurahan'],
      message: fill(v.kelurahanNotInKecamatan, { kelurahan: kel.name, kecamatan: kecamatanName(value.kecamatan) }),
    });
    return value;
  }
  // The parse's own fresh object, completed in place: a spread copy of a whole record is made in
  // V8's old generation, about 25 MB of garbage when an import checks 50,000 rows.
  return Object.assign(value, { kelurahan: kel.code });
}

function completeUmkm(val: UmkmFieldValues, ctx: z.RefinementCtx) {
  const out = resolveKelurahan(val, ctx);
  return Object.assign(out, { kbliVersion: out.kbli ? (out.kbliVersion ?? '2020') : undefined });
}

/** A new UMKM: active and selling locally unless given, checked as a whole. */
export const UmkmInput = withDefaults(UmkmFields, { marketReach: 'lokal', status: 'aktif' }).superRefine(moneyGiven).transform(completeUmkm);
export type UmkmInput = z.input<typeof UmkmInput>;
export type UmkmData = z.output<typeof UmkmInput>;

/**
 * The whole-record rules alone, over fields already read: a stored UMKM merged with an edit's
 * changes is checked by these once (its fields were checked when given).
 */
export const UmkmRules = z.custom<UmkmFieldValues>().superRefine(moneyGiven).transform(completeUmkm);

/** An edit names only the fields it changes; the merged record is checked as a whole. */
export const UmkmChanges = UmkmFields.partial();
export type UmkmChanges = z.output<typeof UmkmChanges>;
export const UmkmUpdateInput = z.strictObject({ id, changes: UmkmChanges, version: version.optional() });
export type UmkmUpdateInput = z.input<typeof UmkmUpdateInput>;

export const UMKM_SORT_FIELDS = ['businessName', 'ownerName', 'kecamatan', 'class', 'annualSales', 'registeredAt', 'updatedAt'] as const;
export type UmkmSortField = (typeof UMKM_SORT_FIELDS)[number];

/** Filters take codes or names as clerks spell them; an unknown one is refused, never ignored. */
export const UmkmListQuery = z
  .strictObject({
  search: z.string().trim().max(100).optional(),
  kecamatan: z
    .string()
    .trim()
    .max(60)
    .optional()
    .transform((val, ctx) => {
      if (!val) return undefined;
      const k = findKecamatan(val);
      if (k) return k.code;
      ctx.addIssue({ code: 'custom', message: v.kecamatan });
      return z.NEVER;
    }),
  kelurahan: z.string().trim().max(60).optional(),
  sector: z.enum(SECTORS).optional(),
  class: z.enum(UMKM_CLASSES).optional(),
  status: z.enum(UMKM_STATUS).optional(),
  sort: z.enum(UMKM_SORT_FIELDS).default('businessName'),
  order: z.enum(['asc', 'desc']).default('asc'),
  page: z.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
  /**
   * The page the clerk is on, with the keys of its first and last rows (UmkmPage.keys): the page
   * just before or after it is read from the key instead of counted to, however deep.
   */
  near: z.strictObject({ page: z.number().int().min(1).max(1_000_000), first: z.string().max(600), last: z.string().max(600) }).optional(),
  })
  .transform((q, ctx) => {
    if (!q.kelurahan) return { ...q, kelurahan: undefined };
    const kel = findKelurahan(q.kelurahan, q.kecamatan);
    if (!kel) {
      ctx.addIssue({ code: 'custom', path: ['kelurahan'], message: v.kelurahan });
      return z.NEVER;
    }
    return { ...q, kelurahan: kel.code };
  });
export type UmkmListQuery = z.input<typeof UmkmListQuery>;

export const IdInput = z.strictObject({ id });
export type IdInput = z.input<typeof IdInput>;

/** A delete of a record the clerk has on screen, on the version they see (the command line names none). */
export const VersionedIdInput = z.strictObject({ id, version: version.optional() });
export type VersionedIdInput = z.input<typeof VersionedIdInput>;

/** Every record several clerks edit reads back with its version and who changed it last. */
export interface Versioned {
  /** One up with every change; a form sends the one it opened (see `version` in fields.ts). */
  version: number;
  /** Username of the last change; null for changes made before versions were kept. */
  updatedBy: string | null;
}

/** A stored UMKM as every adapter returns it. */
export interface Umkm extends Versioned {
  id: number;
  businessName: string;
  ownerName: string;
  nik: string;
  nib: string | null;
  npwp: string | null;
  address: string;
  kecamatan: string;
  kecamatanName: string;
  kelurahan: string;
  kelurahanName: string;
  sector: (typeof SECTORS)[number];
  kbli: string | null;
  kbliVersion: (typeof KBLI_VERSIONS)[number] | null;
  phone: string | null;
  email: string | null;
  foundedYear: number | null;
  employees: number | null;
  capital: number | null;
  annualSales: number | null;
  assets: number | null;
  products: string | null;
  marketReach: (typeof MARKET_REACH)[number];
  status: (typeof UMKM_STATUS)[number];
  notes: string | null;
  registeredAt: string;
  class: UmkmClass;
  classBasis: ClassBasis;
  /** Date of the latest class record; the class is that record's. */
  lastRecordDate: string | null;
  createdAt: string;
  updatedAt: string;
}

export type UmkmListItem = Pick<
  Umkm,
  'id' | 'businessName' | 'ownerName' | 'nik' | 'nib' | 'kecamatan' | 'kecamatanName' | 'kelurahan' | 'kelurahanName' | 'sector' | 'class' | 'classBasis' | 'annualSales' | 'capital' | 'status' | 'registeredAt'
>;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * A page of the registry. Its total is exact for filters; a search counts only the first matches
 * its index gives (SEARCH_COUNT_LIMIT): with more than that, `totalAtLeast` is set and `total`
 * is a lower bound ("lebih dari 1.000 UMKM"; with filters too, "sedikitnya 300 UMKM").
 */
export interface UmkmPage extends Page<UmkmListItem> {
  totalAtLeast: boolean;
  /** The keys of the page's first and last rows, for the next request's `near` (none for an empty page). */
  keys?: { first: string; last: string };
}

/** How many matches of a search are counted before its total becomes "more than". */
export const SEARCH_COUNT_LIMIT = 1000;

/** The stored record as form input again, for merging an edit. */
export function umkmToInput(u: Umkm): Record<string, unknown> {
  const { id: _id, class: _c, classBasis: _b, kecamatanName: _kn, kelurahanName: _ln, lastRecordDate: _lr, createdAt: _ca, updatedAt: _ua, version: _v, updatedBy: _ub, ...rest } = u;
  return Object.fromEntries(Object.entries(rest).filter(([, val]) => val !== null));
}

export { kecamatanName, kelurahanName };
