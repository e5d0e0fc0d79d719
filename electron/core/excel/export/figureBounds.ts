import type { EntityManager } from 'typeorm';
import { ClassRecordEntity } from '../../db/entities/progress';
import { UmkmEntity } from '../../db/entities/umkm';
import type { ListBounds } from './listWorkbook';
import { nextTurn } from '../../turns';

// Upper bounds of a registry list's figures, from an aggregate query over each slice of ids, so the list is read once:
// the widths must be known before its first row is written, and a pass over every row just to
// measure them cost as much as the write's own read (at 200,000 UMKM, sorting the registry twice).
// The bounds hold for any filter and any sort of the live registry (a filtered list's widest value
// and total are at most the whole registry's), so they are read without the list's filters.

/** UMKM ids a statement: one pass over the whole registry held the core's thread 0.4 s at 200,000. */
const SLICE = 20_000;

type Figure = 'employees' | 'capital' | 'annualSales' | 'assets';

const toNumber = (v: unknown) => Number(v ?? 0) || 0;

/** The live registry's largest absolute value and sum of absolute values of each figure, and its size. */
export async function registryBounds(em: EntityManager, figures: readonly Figure[], slice = SLICE): Promise<ListBounds> {
  const into = emptyBounds(figures);
  for await (const [from, to] of idSlices(em, slice)) {
    const qb = em.createQueryBuilder(UmkmEntity, 'u').select('COUNT(*)', 'n').where('u.deletedAt IS NULL').andWhere('u.id > :from AND u.id <= :to', { from, to });
    for (const f of figures) qb.addSelect(`MAX(ABS(u.${f}))`, `max_${f}`).addSelect(`SUM(ABS(u.${f}))`, `sum_${f}`);
    addSlice(into, figures, (await qb.getRawOne<Record<string, unknown>>()) ?? {});
  }
  return into;
}

/**
 * The same for the registry as it stood on `asOf` (the report's Rincian UMKM, and the lists behind
 * its Naik Kelas figures, with the figures of `asOf`): each UMKM shows the figures of its record
 * standing then, or its own, so a UMKM's figure is at most the larger of its own and its largest
 * record up to `asOf`; the bounds sum those over every live UMKM (one pass over the records, grouped).
 */
export async function registryBoundsAsOf(em: EntityManager, asOf: string, figures: ReadonlyArray<'capital' | 'annualSales'>, slice = SLICE): Promise<ListBounds> {
  const key = (f: string) => f.toLowerCase();
  const into = emptyBounds(figures);
  for await (const [from, to] of idSlices(em, slice)) {
    const qb = em
      .createQueryBuilder(UmkmEntity, 'u')
      .leftJoin(
        (sub) => {
          sub
            .select('r.umkmId', 'umkm_id')
            .from(ClassRecordEntity, 'r')
            .where('r.deletedAt IS NULL')
            .andWhere('r.date <= :asOf')
            .andWhere('r.umkmId > :from AND r.umkmId <= :to')
            .groupBy('r.umkmId');
          for (const f of figures) sub.addSelect(`MAX(ABS(r.${f}))`, `rec_${key(f)}`);
          return sub;
        },
        'm',
        'm.umkm_id = u.id',
      )
      .select('COUNT(*)', 'n')
      .where('u.deletedAt IS NULL')
      .andWhere('u.id > :from AND u.id <= :to')
      .setParameters({ asOf, from, to });
    for (const f of figures) {
      const own = `ABS(COALESCE(u.${f}, 0))`;
      const larger = `CASE WHEN COALESCE(m.rec_${key(f)}, 0) > ${own} THEN m.rec_${key(f)} ELSE ${own} END`;
      qb.addSelect(`MAX(${larger})`, `max_${f}`).addSelect(`SUM(${larger})`, `sum_${f}`);
    }
    addSlice(into, figures, (await qb.getRawOne<Record<string, unknown>>()) ?? {});
  }
  return into;
}


/** The registry's id range in slices (from, to], a turn of the event loop before each but the first. */
async function* idSlices(em: EntityManager, slice: number): AsyncGenerator<[number, number]> {
  const r = await em.createQueryBuilder(UmkmEntity, 'u').select('MAX(u.id)', 'last').getRawOne<{ last: number | null }>();
  const last = toNumber(r?.last);
  for (let from = 0; from < last; from += slice) {
    if (from > 0) await nextTurn();
    yield [from, Math.min(from + slice, last)];
  }
}

function emptyBounds(figures: readonly string[]): ListBounds {
  return { rows: 0, max: Object.fromEntries(figures.map((f) => [f, 0])), sum: Object.fromEntries(figures.map((f) => [f, 0])) };
}

function addSlice(into: ListBounds, figures: readonly string[], r: Record<string, unknown>): void {
  into.rows += toNumber(r.n);
  for (const f of figures) {
    into.max[f] = Math.max(into.max[f]!, toNumber(r[`max_${f}`]));
    into.sum[f]! += toNumber(r[`sum_${f}`]);
  }
}
