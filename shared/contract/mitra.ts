import { z } from 'zod';
import { UMKM_CLASSES, type UmkmClass } from '../domain/classification';
import { MITRA_KINDS, MITRA_STATUS, SUPPORT_KINDS, type MitraKind, type MitraStatus, type SupportKind } from '../domain/partnership';
import { findKecamatan } from '../domain/regions';
import { SECTORS, type Sector } from '../domain/sectors';
import { messages } from '../i18n';
import { id, optionalEmail, optionalNib, optionalNpwp, optionalPhone, optionalText, requiredText } from './fields';

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
    .default([])
    .transform((xs) => [...new Set(xs)] as Array<z.output<T>>);

export const MitraInput = z.strictObject({
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
  status: z.enum(MITRA_STATUS).default('aktif'),
  /** UMKM sectors the partner wants to work with (matchmaking). */
  interestSectors: uniqueList(z.enum(SECTORS), SECTORS.length),
  /** Kinds of support the partner offers. */
  offers: uniqueList(z.enum(SUPPORT_KINDS), SUPPORT_KINDS.length),
  /** UMKM classes the partner prefers; empty means any. */
  targetClasses: uniqueList(z.enum(UMKM_CLASSES), UMKM_CLASSES.length),
  notes: optionalText(4000),
});
export type MitraInput = z.input<typeof MitraInput>;
export type MitraData = z.output<typeof MitraInput>;

export const MitraUpdateInput = z.strictObject({ id, changes: z.record(z.string(), z.unknown()) });

export const MitraListQuery = z.strictObject({
  search: z.string().trim().max(100).optional(),
  kind: z.enum(MITRA_KINDS).optional(),
  status: z.enum(MITRA_STATUS).optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
});
export type MitraListQuery = z.input<typeof MitraListQuery>;

export interface Mitra {
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
