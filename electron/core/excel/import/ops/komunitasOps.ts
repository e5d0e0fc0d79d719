import { KomunitasInput, type KomunitasChanges, type KomunitasData } from '../../../../../shared/contract/komunitas';
import { KomunitasEntity } from '../../../db/entities';
import type { Scope } from '../../../scope';
import { eachCreated, nameKey, pickInput, tableVersion, type Lookup, type TargetOps } from './types';

// Members are added on the community's page; an import names the community itself.
const FIELDS = ['name', 'kecamatan', 'leaderName', 'phone', 'notes'];

/** A community row updates the live community of the same name (any case). */
export const komunitasOps: TargetOps = {
  schema: KomunitasInput,
  async load(ctx: Scope): Promise<Lookup> {
    const rows: Array<{ id: number; name: string }> = await ctx.tx.em
      .createQueryBuilder(KomunitasEntity, 'k')
      .select('k.id', 'id')
      .addSelect('k.name', 'name')
      .where('k.deletedAt IS NULL')
      .getRawMany();
    const byName = new Map(rows.map((r) => [nameKey(r.name), r.id]));
    return {
      keys: (input) => (nameKey(input.name) ? [nameKey(input.name)] : []),
      match: (input) => ({ id: byName.get(nameKey(input.name)) ?? null }),
      stored: async (id) => {
        const k = await ctx.komunitas.get(id);
        return { ...pickInput(k, FIELDS), ...(k.leaderUmkmId ? { leaderUmkmId: k.leaderUmkmId } : {}), memberIds: k.members.map((x) => x.id) };
      },
    };
  },
  version: (ctx) => tableVersion(ctx, KomunitasEntity),
  create: (ctx, rows) => eachCreated<KomunitasData>(rows, (data) => ctx.komunitas.create(data)),
  update: (ctx, id, changes) => ctx.komunitas.update(id, changes as KomunitasChanges),
};
