import { UmkmInput, umkmToInput, type UmkmChanges, type UmkmData } from '../../../../../shared/contract/umkm';
import { fill, messages } from '../../../../../shared/i18n';
import { UmkmEntity } from '../../../db/entities';
import type { Scope } from '../../../scope';
import { text, type Lookup, type TargetOps } from './types';

const m = messages.importEngine;

/** A UMKM row updates the active UMKM holding its NIK (or, failing that, its NIB). */
export const umkmOps: TargetOps = {
  schema: UmkmInput,
  async load(ctx: Scope): Promise<Lookup> {
    const rows: Array<{ id: number; nik: string; nib: string | null; name: string }> = await ctx.tx.em
      .createQueryBuilder(UmkmEntity, 'u')
      .select('u.id', 'id')
      .addSelect('u.nik', 'nik')
      .addSelect('u.nib', 'nib')
      .addSelect('u.businessName', 'name')
      .where('u.deletedAt IS NULL')
      .andWhere('u.status = :status', { status: 'aktif' })
      .getRawMany();
    const byNik = new Map(rows.map((r) => [r.nik, r]));
    const byNib = new Map(rows.filter((r) => r.nib).map((r) => [r.nib!, r]));
    return {
      keys: (input) => [text(input.nik) && `nik:${text(input.nik)}`, text(input.nib) && `nib:${text(input.nib)}`].filter(Boolean),
      match(input) {
        const nik = byNik.get(text(input.nik));
        const nib = text(input.nib) ? byNib.get(text(input.nib)) : undefined;
        if (nik && nib && nik.id !== nib.id) {
          return { id: null, problem: { field: 'nib', message: fill(m.nibHeldByOther, { name: nib.name, id: nib.id }) } };
        }
        return { id: (nik ?? nib)?.id ?? null };
      },
      stored: async (id) => umkmToInput(await ctx.umkm.get(id)),
      create: async (data) => (await ctx.umkm.create(data as UmkmData)).id,
      update: (id, changes) => ctx.umkm.update(id, changes as UmkmChanges),
    };
  },
};
