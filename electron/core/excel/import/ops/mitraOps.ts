import { MitraInput, type MitraChanges, type MitraData } from '../../../../../shared/contract/mitra';
import { MitraEntity } from '../../../db/entities';
import type { Scope } from '../../../scope';
import { eachCreated, nameKey, pickInput, tableVersion, text, type Lookup, type TargetOps } from './types';

const FIELDS = Object.keys(MitraInput.shape);

/** A partner row updates the live partner with its NIB, or else with its name (any case). */
export const mitraOps: TargetOps = {
  schema: MitraInput,
  async load(ctx: Scope): Promise<Lookup> {
    const rows: Array<{ id: number; name: string; nib: string | null }> = await ctx.tx.em
      .createQueryBuilder(MitraEntity, 'm')
      .select('m.id', 'id')
      .addSelect('m.name', 'name')
      .addSelect('m.nib', 'nib')
      .where('m.deletedAt IS NULL')
      .getRawMany();
    const byName = new Map(rows.map((r) => [nameKey(r.name), r.id]));
    const byNib = new Map(rows.filter((r) => r.nib).map((r) => [r.nib!, r.id]));
    return {
      keys: (input) => [text(input.nib) && `nib:${text(input.nib)}`, nameKey(input.name) && `name:${nameKey(input.name)}`].filter(Boolean),
      match: (input) => ({ id: (text(input.nib) ? byNib.get(text(input.nib)) : undefined) ?? byName.get(nameKey(input.name)) ?? null }),
      stored: async (id) => pickInput(await ctx.mitra.get(id), FIELDS),
    };
  },
  version: (ctx) => tableVersion(ctx, MitraEntity),
  create: (ctx, rows) => eachCreated<MitraData>(rows, (data) => ctx.mitra.create(data)),
  update: (ctx, id, changes) => ctx.mitra.update(id, changes as MitraChanges),
};
