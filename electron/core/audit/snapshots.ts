import type { AuditEntity } from '../../../shared/contract';
import type { AppContext } from '../context';
import type { Snapshot } from './diff';

/**
 * Each audited entity as the trail compares it: the fields a clerk edits and what a write derives
 * from them (a UMKM's class), without what changes on every write (updatedAt) or only restates
 * another field (kecamatanName). Related rows become sorted labels, "Name (#id)", so a change of
 * members or attendance reads as a list before and after.
 */
export interface EntitySnapshot {
  /** The live record; throws NOT_FOUND as the service does. */
  read(ctx: AppContext, id: number): Promise<Snapshot> | Snapshot;
  /** The name a summary uses. */
  name(s: Snapshot): string;
  /** The table whose deleted_at a soft delete sets. */
  table?: string;
}

const label = (r: { id: number; name?: string; businessName?: string }) => `${r.name ?? r.businessName ?? ''} (#${r.id})`;
const labels = <T extends { id: number; name?: string; businessName?: string }>(rows: T[]) => [...rows].sort((a, b) => a.id - b.id).map(label);

export const SNAPSHOTS: Partial<Record<AuditEntity, EntitySnapshot>> = {
  umkm: {
    table: 'umkm',
    read: async (ctx, id) => {
      const { id: _id, kecamatanName: _k, kelurahanName: _l, createdAt: _c, updatedAt: _u, ...rest } = await ctx.umkm.get(id);
      return rest;
    },
    name: (s) => String(s.businessName),
  },
  mitra: {
    table: 'mitra',
    read: (ctx, id) => {
      const { id: _id, kecamatanName: _k, createdAt: _c, updatedAt: _u, ...rest } = ctx.mitra.get(id);
      return rest;
    },
    name: (s) => String(s.name),
  },
  kemitraan: {
    table: 'kemitraan',
    read: (ctx, id) => {
      const { id: _id, kecamatan: _k, dueForReview: _d, createdAt: _c, updatedAt: _u, supports, ...rest } = ctx.kemitraan.get(id);
      return { ...rest, supports: supports.map((s) => ({ kind: s.kind, description: s.description, value: s.value })) };
    },
    name: (s) => String(s.number),
  },
  komunitas: {
    table: 'komunitas',
    read: (ctx, id) => {
      const { id: _id, kecamatanName: _k, createdAt: _c, updatedAt: _u, members, ...rest } = ctx.komunitas.get(id);
      return { ...rest, members: labels(members) };
    },
    name: (s) => String(s.name),
  },
  kegiatan: {
    table: 'kegiatan',
    read: (ctx, id) => {
      const { id: _id, figures: _f, createdAt: _c, updatedAt: _u, komunitas, umkm, partners, ...rest } = ctx.kegiatan.get(id);
      return {
        ...rest,
        komunitas: labels(komunitas),
        partners: labels(partners),
        umkmPresent: labels(umkm.filter((u) => u.hadir === true)),
        umkmAbsent: labels(umkm.filter((u) => u.hadir === false)),
        partnersPresent: labels(partners.filter((p) => p.hadir === true)),
        partnersAbsent: labels(partners.filter((p) => p.hadir === false)),
      };
    },
    name: (s) => String(s.name),
  },
  class_record: {
    table: 'riwayat_kelas',
    read: (ctx, id) => {
      const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = ctx.progress.getRecord(id);
      return rest;
    },
    name: (s) => `${String(s.date)} · UMKM #${String(s.umkmId)}`,
  },
  // Accounts: read from their table directly, so the hash is never even selected.
  user: {
    read: (ctx, id) => {
      const row = ctx.db.raw.prepare(`SELECT username, full_name AS fullName, role, active FROM pengguna WHERE id = ?`).get(id) as Snapshot | undefined;
      return row ? { ...row, active: row.active === 1 } : {};
    },
    name: (s) => String(s.username ?? ''),
  },
};

/** When a soft delete happened, read back from the row it set. */
export function deletedAt(ctx: AppContext, table: string, id: number): string | null {
  const row = ctx.db.raw.prepare(`SELECT deleted_at AS deletedAt FROM ${table} WHERE id = ?`).get(id) as { deletedAt: string | null } | undefined;
  return row?.deletedAt ?? null;
}
