import { UmkmInput, umkmToInput, type UmkmChanges, type UmkmData } from '../../../../../shared/contract/umkm';
import { fill, messages } from '../../../../../shared/i18n';
import type { EntitySchema } from 'typeorm';
import { UmkmEntity } from '../../../db/entities';
import type { Scope } from '../../../scope';
import { nowIso } from '../../../services/queryHelpers';
import { currentYear } from '../../../services/progressStore';
import { createUmkmBatch } from '../bulkWrite';
import { tableVersion, text, type Lookup, type Refusal, type TargetOps } from './types';

const m = messages.importEngine;
const taken = messages.takenKeys;
/**
 * The tables whose indexes an import of many new UMKM may rebuild once: the registry's own (22
 * indexes). The class records, yearly classes and audit lines have two or three each, which cost
 * less kept row by row than rebuilt over their larger tables.
 */
const APPENDED = [UmkmEntity] as Array<EntitySchema<never>>;

/**
 * Why the rows the unique indexes refused were not stored: the active UMKM another writer
 * registered with the row's NIK (else its NIB) while this import ran, named as the clerk finds it.
 * Read in the import's transaction, which sees what the other writer committed.
 */
async function takenMeanwhile(ctx: Scope, rows: ReadonlyArray<UmkmData>, ids: ReadonlyArray<number | null>): Promise<Array<number | Refusal>> {
  const skipped = rows.filter((_r, i) => ids[i] === null);
  const holders = async (column: 'nik' | 'nib', keys: string[]) =>
    new Map(
      keys.length === 0
        ? []
        : (
            await ctx.tx.em
              .createQueryBuilder(UmkmEntity, 'u')
              .select('u.id', 'id')
              .addSelect(`u.${column}`, 'key')
              .addSelect('u.businessName', 'name')
              .where(`u.${column} IN (:...keys)`, { keys })
              .andWhere('u.status = :status', { status: 'aktif' })
              .andWhere('u.deletedAt IS NULL')
              .getRawMany<{ id: number; key: string; name: string }>()
          ).map((h) => [h.key, h] as const),
    );
  const byNik = await holders('nik', skipped.map((r) => r.nik));
  const byNib = await holders('nib', skipped.map((r) => r.nib).filter((n): n is string => Boolean(n)));
  return ids.map((id, i) => {
    if (id !== null) return id;
    const { nik, nib } = rows[i]!;
    const held = byNik.get(nik);
    if (held) return { field: 'nik', message: fill(taken.importNik, { nik, name: held.name, id: held.id }) };
    const heldNib = nib ? byNib.get(nib) : undefined;
    if (heldNib) return { field: 'nib', message: fill(taken.importNib, { nib: nib!, name: heldNib.name, id: heldNib.id }) };
    // The other writer's UMKM is gone again (deleted since): the row still was not stored.
    return { field: 'nik', message: fill(taken.importKey, { nik }) };
  });
}

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
  async create(ctx, rows) {
    const data = rows as ReadonlyArray<UmkmData>;
    const ids = await createUmkmBatch(ctx.tx, data, nowIso(), currentYear(), ctx.edits.by);
    return ids.includes(null) ? takenMeanwhile(ctx, data, ids) : (ids as number[]);
  },
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
