import type { EntitySnapshot } from '../../audit/snapshots';
import { SertifikatEntity } from '../../db/entities/sertifikat';

/** A certificate as the trail compares it: the fields a clerk sets, without its UMKM's details or what each write changes. */
export const sertifikatSnapshot: EntitySnapshot = {
  entity: SertifikatEntity,
  read: async (ctx, id) => {
    const {
      id: _id,
      businessName: _n,
      ownerName: _o,
      nik: _k,
      kecamatan: _kc,
      kecamatanName: _kn,
      group: _g,
      ageDays: _a,
      createdAt: _c,
      updatedAt: _u,
      version: _v,
      updatedBy: _b,
      ...rest
    } = await ctx.sertifikat.get(id);
    return rest;
  },
  // "Sertifikat halal · Amplang Bu Ani": its kind and its business.
  name: (s, ctx) => ctx.sertifikat.nameOf({ kind: s.kind as never, kindOther: (s.kindOther as string | null) ?? null, umkmId: Number(s.umkmId) }),
};
