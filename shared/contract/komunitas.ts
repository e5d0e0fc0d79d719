import { z } from 'zod';
import { withDefaults } from './changes';
import { id, optionalPhone, optionalText, requiredText, version } from './fields';
import { optionalKecamatan } from './mitra';
import type { UmkmListItem, Versioned } from './umkm';

/** Every field of a community as a clerk gives it; an update's changes are any part of them. */
export const KomunitasFields = z.strictObject({
  name: requiredText(200, 2),
  kecamatan: optionalKecamatan,
  /** The leader is a member UMKM, or a named contact. */
  leaderUmkmId: z.preprocess((x) => (x === '' || x === null ? undefined : x), id.optional()),
  leaderName: optionalText(120),
  phone: optionalPhone,
  notes: optionalText(4000),
  /** In an update, when given: the new member list. */
  memberIds: z.array(id).max(5000),
});

/** A new community, without members unless given; that the leader is a member the service checks. */
export const KomunitasInput = withDefaults(KomunitasFields, { memberIds: [] });
export type KomunitasInput = z.input<typeof KomunitasInput>;
export type KomunitasData = z.output<typeof KomunitasInput>;

export const KomunitasChanges = KomunitasFields.partial();
export type KomunitasChanges = z.output<typeof KomunitasChanges>;
export const KomunitasUpdateInput = z.strictObject({ id, changes: KomunitasChanges, version: version.optional() });
export type KomunitasUpdateInput = z.input<typeof KomunitasUpdateInput>;

export const MembershipInput = z.strictObject({ id, umkmIds: z.array(id).min(1).max(5000) });
export type MembershipInput = z.input<typeof MembershipInput>;

export const KomunitasListQuery = z.strictObject({
  search: z.string().trim().max(100).optional(),
  kecamatan: optionalKecamatan,
  /** Only communities this UMKM belongs to. */
  umkmId: id.optional(),
});
export type KomunitasListQuery = z.input<typeof KomunitasListQuery>;

export interface Komunitas extends Versioned {
  id: number;
  name: string;
  kecamatan: string | null;
  kecamatanName: string | null;
  leaderUmkmId: number | null;
  /** The leader UMKM's owner when the leader is a member, else the named contact. */
  leaderName: string | null;
  phone: string | null;
  notes: string | null;
  members: UmkmListItem[];
  createdAt: string;
  updatedAt: string;
}

export interface KomunitasListItem {
  id: number;
  name: string;
  kecamatan: string | null;
  kecamatanName: string | null;
  leaderName: string | null;
  memberCount: number;
}
