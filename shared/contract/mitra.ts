import { z } from 'zod';
import { UMKM_CLASSES, type UmkmClass } from '../domain/classification';
import { MITRA_KINDS, MITRA_STATUS, SUPPORT_KINDS, type MitraKind, type MitraStatus, type SupportKind } from '../domain/partnership';
import { findKecamatan } from '../domain/regions';
import { SECTORS, type Sector } from '../domain/sectors';
import { messages } from '../i18n';
import { withDefaults } from './changes';
import { id, optionalEmail, optionalNib, optionalNpwp, optionalPhone, optionalText, requiredText, version } from './fields';
import type { Versioned } from './umkm';

const v = messages.validation;

/** Optional kecamatan (code or name), stored as the Kemendagri code. */
export const optionalKecamatan = z
  .string()
  .trim()
  .max(60)
  .optional()
  .nullable()
  .transform((val, ctx) => {
    if (!val) return undefined;
    const k = findKecamatan(val);
    if (k) return k.code;
    ctx.addIssue({ code: 'custom', message: v.kecamatan });
    return z.NEVER;
  });

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .transform((xs) => [...new Set(xs)] as Array<z.output<T>>);

/** Every field of a partner as a clerk gives it; an update's changes are any part of them. */
export const MitraFields = z.strictObject({
  name: requiredText(200, 2),
  kind: z.enum(MITRA_KINDS),
  sector: optionalText(120),
  address: optionalText(500),
  kecamatan: optionalKecamatan,
  contactName: optionalText(120),
  phone: optionalPhone,
  email: optionalEmail,
  nib: optionalNib,
  npwp: optionalNpwp,
  status: z.enum(MITRA_STATUS),
  /** UMKM sectors the partner wants to work with (matchmaking). */
  interestSectors: uniqueList(z.enum(SECTORS), SECTORS.length),
  /** Kinds of support the partner offers. */
  offers: uniqueList(z.enum(SUPPORT_KINDS), SUPPORT_KINDS.length),
  /** UMKM classes the partner prefers; empty means any. */
  targetClasses: uniqueList(z.enum(UMKM_CLASSES), UMKM_CLASSES.length),
  notes: optionalText(4000),
});

/** A new partner: active, with empty lists unless given. A partner has no whole-record rule. */
export const MitraInput = withDefaults(MitraFields, { status: 'aktif', interestSectors: [], offers: [], targetClasses: [] });
export type MitraInput = z.input<typeof MitraInput>;
export type MitraData = z.output<typeof MitraInput>;

export const MitraChanges = MitraFields.partial();
export type MitraChanges = z.output<typeof MitraChanges>;
export const MitraUpdateInput = z.strictObject({ id, changes: MitraChanges, version: version.optional() });
export type MitraUpdateInput = z.input<typeof MitraUpdateInput>;

export const MitraListQuery = z.strictObject({
  search: z.string().trim().max(100).optional(),
  kind: z.enum(MITRA_KINDS).optional(),
  status: z.enum(MITRA_STATUS).optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
});
export type MitraListQuery = z.input<typeof MitraListQuery>;

export interface Mitra extends Versioned {
  id: number;
  name: string;
  kind: MitraKind;
  sector: string | null;
  address: string | null;
  kecamatan: string | null;
  kecamatanName: string | null;
  contactName: string | null;
  phone: string | null;
  email: string | null;
  nib: string | null;
  npwp: string | null;
  status: MitraStatus;
  interestSectors: Sector[];
  offers: SupportKind[];
  targetClasses: UmkmClass[];
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface MitraListItem extends Pick<Mitra, 'id' | 'name' | 'kind' | 'sector' | 'kecamatanName' | 'contactName' | 'phone' | 'status' | 'offers'> {
  /** Agreements with status aktif. */
  activeAgreements: number;
  /** UMKM fostered through active agreements (directly or through a community). */
  fosteredUmkm: number;
}
