import { MitraInput } from '../../../../../shared/contract/mitra';
import type { AppContext } from '../../../context';
import { nameKey, pickInput, text, type Lookup, type TargetOps } from './types';

const FIELDS = Object.keys(MitraInput.shape);

/** A partner row updates the live partner with its NIB, or else with its name (any case). */
export const mitraOps: TargetOps = {
  schema: MitraInput,
  prepare(ctx: AppContext): Lookup {
    const rows = ctx.db.raw.prepare(`SELECT id, name, nib FROM mitra WHERE deleted_at IS NULL`).all() as Array<{ id: number; name: string; nib: string | null }>;
    const byName = new Map(rows.map((r) => [nameKey(r.name), r.id]));
    const byNib = new Map(rows.filter((r) => r.nib).map((r) => [r.nib!, r.id]));
    return {
      keys: (input) => [text(input.nib) && `nib:${text(input.nib)}`, nameKey(input.name) && `name:${nameKey(input.name)}`].filter(Boolean),
      match: (input) => ({ id: (text(input.nib) ? byNib.get(text(input.nib)) : undefined) ?? byName.get(nameKey(input.name)) ?? null }),
      stored: (id) => pickInput(ctx.mitra.get(id), FIELDS),
      create: (input) => ctx.mitra.create(input).id,
      update: (id, changes) => ctx.mitra.update(id, changes),
    };
  },
};
