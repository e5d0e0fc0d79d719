import type { EntitySchema } from 'typeorm';
import type { AuditEntity } from '../../../shared/contract';
import { formatDate } from '../../../shared/format/date';
import { fill, messages } from '../../../shared/i18n';
import { AccountEntity } from '../db/entities/account';
import { BantuanEntity } from '../db/entities/bantuan';
import { KegiatanEntity } from '../db/entities/kegiatan';
import { KemitraanEntity } from '../db/entities/kemitraan';
import { KomunitasEntity } from '../db/entities/komunitas';
import { MitraEntity } from '../db/entities/mitra';
import { ClassRecordEntity } from '../db/entities/progress';
import { UmkmEntity } from '../db/entities/umkm';
import { monevSnapshot } from '../services/monev/monevAudit';
import { sertifikatSnapshot } from '../services/sertifikat/sertifikatAudit';
import { lampiranSnapshot } from '../services/lampiran/lampiranAudit';
import type { Scope } from '../scope';
import type { Snapshot } from './diff';
import { participantLines } from './kegiatanParticipantsSnapshot';

/** A table whose rows a delete only marks. */
type SoftDeleted = EntitySchema<{ id: number; deletedAt: string | null }>;

/**
 * Each audited entity as the trail compares it: the fields a clerk edits and what a write derives
 * from them (a UMKM's class), without what changes on every write (updatedAt, the version, who
 * made it: the line itself says who) or only restates another field (kecamatanName). Related rows
 * become sorted labels, "Name (#id)", so a change of members or attendance reads as a list before
 * and after.
 */
export interface EntitySnapshot {
  /** The live record; throws NOT_FOUND as the service does. */
  read(ctx: Scope, id: number): Promise<Snapshot>;
  /** The name a summary uses (a class record's reads its UMKM's name). */
  name(s: Snapshot, ctx: Scope): string | Promise<string>;
  /** The entity whose deletedAt a soft delete sets. */
  entity?: SoftDeleted;
}

const label = (r: { id: number; name?: string; businessName?: string }) => `${r.name ?? r.businessName ?? ''} (#${r.id})`;
const labels = <T extends { id: number; name?: string; businessName?: string }>(rows: T[]) => [...rows].sort((a, b) => a.id - b.id).map(label);

export const SNAPSHOTS: Partial<Record<AuditEntity, EntitySnapshot>> = {
  bantuan: {
    entity: BantuanEntity,
    read: async (ctx, id) => {
      const { id: _id, umkmName: _n, umkmOwner: _o, kecamatan: _k, kecamatanName: _kn, createdAt: _c, updatedAt: _u, version: _v, updatedBy: _b, ...rest } = await ctx.bantuan.get(id);
      return rest;
    },
    name: (s) => String(s.item),
  },
  umkm: {
    entity: UmkmEntity,
    read: async (ctx, id) => {
      const { id: _id, kecamatanName: _k, kelurahanName: _l, createdAt: _c, updatedAt: _u, version: _v, updatedBy: _b, ...rest } = await ctx.umkm.get(id);
      return rest;
    },
    name: (s) => String(s.businessName),
  },
  mitra: {
    entity: MitraEntity,
    read: async (ctx, id) => {
      const { id: _id, kecamatanName: _k, createdAt: _c, updatedAt: _u, version: _v, updatedBy: _b, ...rest } = await ctx.mitra.get(id);
      return rest;
    },
    name: (s) => String(s.name),
  },
  kemitraan: {
    entity: KemitraanEntity,
    read: async (ctx, id) => {
      const { id: _id, kecamatan: _k, dueForReview: _d, createdAt: _c, updatedAt: _u, version: _v, updatedBy: _b, supports, ...rest } = await ctx.kemitraan.get(id);
      return { ...rest, supports: supports.map((s) => ({ kind: s.kind, description: s.description, value: s.value })) };
    },
    name: (s) => String(s.number),
  },
  komunitas: {
    entity: KomunitasEntity,
    read: async (ctx, id) => {
      const { id: _id, kecamatanName: _k, createdAt: _c, updatedAt: _u, version: _v, updatedBy: _b, members, ...rest } = await ctx.komunitas.get(id);
      return { ...rest, members: labels(members) };
    },
    name: (s) => String(s.name),
  },
  kegiatan: {
    entity: KegiatanEntity,
    read: async (ctx, id) => {
      const { id: _id, figures: _f, createdAt: _c, updatedAt: _u, version: _v, updatedBy: _b, komunitas, umkm, partners, ...rest } = await ctx.kegiatan.get(id);
      return {
        ...rest,
        komunitas: labels(komunitas),
        partners: labels(partners),
        umkmPresent: labels(umkm.filter((u) => u.hadir === true)),
        umkmAbsent: labels(umkm.filter((u) => u.hadir === false)),
        partnersPresent: labels(partners.filter((p) => p.hadir === true)),
        partnersAbsent: labels(partners.filter((p) => p.hadir === false)),
        ...(rest.kind === 'temu_kemitraan' ? {} : await participantLines(ctx, id)),
      };
    },
    name: (s) => String(s.name),
  },
  class_record: {
    entity: ClassRecordEntity,
    read: async (ctx, id) => {
      const { id: _id, createdAt: _c, updatedAt: _u, version: _v, updatedBy: _b, ...rest } = await ctx.progress.getRecord(id);
      return rest;
    },
    // "30/06/2024 · Amplang Bu Ani": the day as clerks write it and the business, not its id.
    name: async (s, ctx) => `${formatDate(String(s.date))} · ${await umkmName(ctx, Number(s.umkmId))}`,
  },
  monev_kunjungan: monevSnapshot,
  sertifikat: sertifikatSnapshot,
  lampiran: lampiranSnapshot,
  // Accounts: read from their table directly, so the hash is never even selected.
  user: {
    read: async (ctx, id) =>
      (await ctx.tx.em.findOne(AccountEntity, { select: { username: true, fullName: true, role: true, active: true, failedCount: true }, where: { id } })) ?? {},
    name: (s) => String(s.username ?? ''),
  },
};

/** A UMKM's business name, whatever became of it (out of the registry, deleted). */
export async function umkmName(ctx: Scope, id: number): Promise<string> {
  const u = await ctx.tx.em.findOne(UmkmEntity, { select: { id: true, businessName: true }, where: { id } });
  return u?.businessName ?? fill(messages.auditSummary.unknownUmkm, { id });
}

/** When a soft delete happened, read back from the row it set. */
export async function deletedAt(ctx: Scope, entity: SoftDeleted, id: number): Promise<string | null> {
  const row = await ctx.tx.em.findOne(entity, { select: { id: true, deletedAt: true }, where: { id } });
  return row?.deletedAt ?? null;
}
