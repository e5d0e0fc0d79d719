import type { EntityManager } from 'typeorm';
import { ClassRecordEntity } from '../../db/entities/progress';
import { UmkmEntity } from '../../db/entities/umkm';
import type { ListBounds } from './listWorkbook';

// Upper bounds of a registry list's figures, from one aggregate query, so the list is read once:
// the widths must be known before its first row is written, and a pass over every row just to
// measure them cost as much as the write's own read (at 200,000 UMKM, sorting the registry twice).
// The bounds hold for any filter and any sort of the live registry (a filtered list's widest value
// and total are at most the whole registry's), so they are read without the list's filters.

type Figure = 'employees' | 'capital' | 'annualSales' | 'assets';

const toNumber = (v: unknown) => Number(v ?? 0) || 0;

/** The live registry's largest absolute value and sum of absolute values of each figure, and its size. */
export async function registryBounds(em: EntityManager, figures: readonly Figure[]): Promise<ListBounds> {
  const qb = em.createQueryBuilder(UmkmEntity, 'u').select('COUNT(*)', 'n').where('u.deletedAt IS NULL');
  for (const f of figures) qb.addSelect(`MAX(ABS(u.${f}))`, `max_${f}`).addSelect(`SUM(ABS(u.${f}))`, `sum_${f}`);
  const r = (await qb.getRawOne<Record<string, unknown>>()) ?? {};
  return {
    rows: toNumber(r.n),
    max: Object.fromEntries(figures.map((f) => [f, toNumber(r[`max_${f}`])])),
    sum: Object.fromEntries(figures.map((f) => [f, toNumber(r[`sum_${f}`])])),
  };
}

/**
 * The same for the registry as it stood on `asOf` (the report's Rincian UMKM, and the lists behind
 * its Naik Kelas figures, with the figures of `asOf`): each UMKM shows the figures of its record
 * standing then, or its own, so a UMKM's figure is at most the larger of its own and its largest
 * record up to `asOf`; the bounds sum those over every live UMKM (one pass over the records, grouped).
 */
export async function registryBoundsAsOf(em: EntityManager, asOf: string, figures: ReadonlyArray<'capital' | 'annualSales'>): Promise<ListBounds> {
  const key = (f: string) => f.toLowerCase();
  const qb = em
    .createQueryBuilder(UmkmEntity, 'u')
    .leftJoin(
      (sub) => {
        sub.select('r.umkmId', 'umkm_id').from(ClassRecordEntity, 'r').where('r.deletedAt IS NULL').andWhere('r.date <= :asOf').groupBy('r.umkmId');
        for (const f of figures) sub.addSelect(`MAX(ABS(r.${f}))`, `rec_${key(f)}`);
        return sub;
      },
      'm',
      'm.umkm_id = u.id',
    )
    .select('COUNT(*)', 'n')
    .where('u.deletedAt IS NULL')
    .setParameter('asOf', asOf);
  for (const f of figures) {
    const own = `ABS(COALESCE(u.${f}, 0))`;
    const larger = `CASE WHEN COALESCE(m.rec_${key(f)}, 0) > ${own} THEN m.rec_${key(f)} ELSE ${own} END`;
    qb.addSelect(`MAX(${larger})`, `max_${f}`).addSelect(`SUM(${larger})`, `sum_${f}`);
  }
  const r = (await qb.getRawOne<Record<string, unknown>>()) ?? {};
  return {
    rows: toNumber(r.n),
    max: Object.fromEntries(figures.map((f) => [f, toNumber(r[`max_${f}`])])),
    sum: Object.fromEntries(figures.map((f) => [f, toNumber(r[`sum_${f}`])])),
  };
}
