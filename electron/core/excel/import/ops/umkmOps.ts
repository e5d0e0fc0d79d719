import { UmkmInput, umkmToInput } from '../../../../../shared/contract/umkm';
import { fill, messages } from '../../../../../shared/i18n';
import type { AppContext } from '../../../context';
import { text, type Lookup, type TargetOps } from './types';

const m = messages.importEngine;

/** A UMKM row updates the active UMKM holding its NIK (or, failing that, its NIB). */
export const umkmOps: TargetOps = {
  schema: UmkmInput,
  prepare(ctx: AppContext): Lookup {
    const rows = ctx.db.raw.prepare(`SELECT id, nik, nib, business_name AS name FROM umkm WHERE deleted_at IS NULL AND status = 'aktif'`).all() as Array<{
      id: number;
      nik: string;
      nib: string | null;
      name: string;
    }>;
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
      create: async (input) => (await ctx.umkm.create(input)).id,
      update: (id, changes) => ctx.umkm.update(id, changes),
    };
  },
};
