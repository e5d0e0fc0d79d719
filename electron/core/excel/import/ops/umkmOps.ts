import { UmkmInput, umkmToInput, type UmkmChanges, type UmkmData } from '../../../../../shared/contract/umkm';
import { fill, messages } from '../../../../../shared/i18n';
import type { EntitySchema } from 'typeorm';
import { UmkmEntity } from '../../../db/entities';
import type { Scope } from '../../../scope';
import { nowIso } from '../../../services/queryHelpers';
import { currentYear } from '../../../services/progressStore';
import { createUmkmBatch } from '../bulkWrite';
import { tableVersion, text, type Lookup, type TargetOps } from './types';

const m = messages.importEngine;
/**
 * The tables whose indexes an import of many new UMKM may rebuild once: the registry's own (22
 * indexes). The class records, yearly classes and audit lines have two or three each, which cost
 * less kept row by row than rebuilt over their larger tables.
 */
const APPENDED = [UmkmEntity] as Array<EntitySchema<never>>;

/** A UMKM row updates the active UMKM holding its NIK (or, failing that, its NIB). */
export const umkmOps: TargetOps = {
  schema: UmkmInput,
  async load(ctx: Scope): Promise<Lookup> {
    // The active UMKM holding the NIKs and NIBs of the chunk being checked, read a chunk at a time
    // through the unique indexes: never the whole registry at once (at 200,000 UMKM that one read
    // held the core's thread for about a second and kept 200,000 keys for the whole check).
    type Held = { id: number; nik: string; nib: string | null; name: string };
    let byNik = new Map<string, Held>();
    let byNib = new Map<string, Held>();
    const holding = (column: 'nik' | 'nib', keys: string[]): Promise<Held[]> =>
      keys.length === 0
        ? Promise.resolve([])
        : ctx.tx.em
            .createQueryBuilder(UmkmEntity, 'u')
            .select('u.id', 'id')
            .addSelect('u.nik', 'nik')
            .addSelect('u.nib', 'nib')
            .addSelect('u.businessName', 'name')
            .where(`u.${column} IN (:...keys)`, { keys })
            .andWhere('u.status = :status', { status: 'aktif' })
            .andWhere('u.deletedAt IS NULL')
            .getRawMany();
    return {
      prefetchFields: ['nik', 'nib'],
      async prefetch(inputs) {
        const niks = [...new Set(inputs.map((i) => text(i.nik)).filter(Boolean))];
        const nibs = [...new Set(inputs.map((i) => text(i.nib)).filter(Boolean))];
        byNik = new Map((await holding('nik', niks)).map((r) => [r.nik, r]));
        byNib = new Map((await holding('nib', nibs)).map((r) => [r.nib!, r]));
      },
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
    };
  },
  version: (ctx) => tableVersion(ctx, UmkmEntity),
  // New UMKM in bulk, with their first class record and yearly classes (bulkWrite.ts).
  batched: true,
  create: (ctx, rows) => createUmkmBatch(ctx.tx, rows as ReadonlyArray<UmkmData>, nowIso(), currentYear()),
  update: (ctx, id, changes) => ctx.umkm.update(id, changes as UmkmChanges),
  // The new rows reach the search index after the last of them, a slice of ids at a time; the
  // registry rebuilds its indexes once when the import is a good part of it.
  async creating(ctx, rows, work) {
    const { em, sql } = ctx.tx;
    await sql.bulk.append(em, { entities: APPENDED, rows }, async () => {
      const indexNewRows = await sql.bulk.liftSearchIndex(em);
      await work();
      await indexNewRows();
    });
  },
};
