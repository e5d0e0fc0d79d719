import { KomunitasInput } from '../../../../../shared/contract/komunitas';
import type { AppContext } from '../../../context';
import { nameKey, pickInput, type Lookup, type TargetOps } from './types';

// Members are added on the community's page; an import names the community itself.
const FIELDS = ['name', 'kecamatan', 'leaderName', 'phone', 'notes'];

/** A community row updates the live community of the same name (any case). */
export const komunitasOps: TargetOps = {
  schema: KomunitasInput,
  prepare(ctx: AppContext): Lookup {
    const rows = ctx.db.raw.prepare(`SELECT id, name FROM komunitas WHERE deleted_at IS NULL`).all() as Array<{ id: number; name: string }>;
    const byName = new Map(rows.map((r) => [nameKey(r.name), r.id]));
    return {
      keys: (input) => (nameKey(input.name) ? [nameKey(input.name)] : []),
      match: (input) => ({ id: byName.get(nameKey(input.name)) ?? null }),
      stored: (id) => {
        const k = ctx.komunitas.get(id);
        return { ...pickInput(k, FIELDS), ...(k.leaderUmkmId ? { leaderUmkmId: k.leaderUmkmId } : {}), memberIds: k.members.map((x) => x.id) };
      },
      create: (input) => ctx.komunitas.create(input).id,
      update: (id, changes) => ctx.komunitas.update(id, changes),
    };
  },
};
