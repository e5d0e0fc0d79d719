import type { EntityManager } from 'typeorm';
import type { PembinaanFigures } from '../../../../shared/contract';
import { FUND_SOURCES, type FundSource } from '../../../../shared/domain/funding';
import { MONEV_SALES, type MonevSales } from '../../../../shared/domain/monev';
import { BantuanEntity, KemitraanEntity, MonevKunjunganEntity, MonevProdukEntity } from '../../db/entities';
import { joinTarget } from '../partnershipQueries';
import { certificateFigures } from './certificateFigures';
import { trainedCount } from './trainedFigures';

// The coaching and facilitation figures of a period, each from one grouped query over its own
// index, on both engines (portable SQL; COUNT and SUM come back as text from PostgreSQL).

type Period = { from: string; to: string };
const num = (x: unknown) => Number(x ?? 0);

/** Assistance handed over in the period, by source of funds (index ix_bantuan_year on year, fund_source). */
async function assistanceBySource(em: EntityManager, p: Period): Promise<PembinaanFigures['assistance']> {
  const out = Object.fromEntries(FUND_SOURCES.map((s) => [s, { count: 0, value: 0 }])) as PembinaanFigures['assistance'];
  const rows = await em
    .createQueryBuilder(BantuanEntity, 'b')
    .select('b.fundSource', 'source')
    .addSelect('COUNT(*)', 'n')
    .addSelect('COALESCE(SUM(b.value), 0)', 'value')
    .where('b.deletedAt IS NULL')
    // The year is the handover's (the contract makes them agree): the range on it uses ix_bantuan_year.
    .andWhere('b.year BETWEEN :fromYear AND :toYear', { fromYear: Number(p.from.slice(0, 4)), toYear: Number(p.to.slice(0, 4)) })
    .andWhere('b.handedAt BETWEEN :from AND :to', p)
    .groupBy('b.fundSource')
    .getRawMany<{ source: FundSource; n: unknown; value: unknown }>();
  for (const r of rows) if (out[r.source]) out[r.source] = { count: num(r.n), value: num(r.value) };
  return out;
}

/** Live agreements with at least one live visit in the period (index on monev_kunjungan's date). */
async function reviewedCount(em: EntityManager, p: Period): Promise<number> {
  const row = await em
    .createQueryBuilder(MonevKunjunganEntity, 'v')
    .innerJoin(joinTarget(KemitraanEntity), 'k', 'k.id = v.kemitraanId AND k.deletedAt IS NULL')
    .select('COUNT(DISTINCT v.kemitraanId)', 'n')
    .where('v.deletedAt IS NULL')
    .andWhere('v.date BETWEEN :from AND :to', p)
    .getRawOne<{ n: unknown }>();
  return num(row?.n);
}

/**
 * The products of each reviewed agreement at its latest visit in the period (the latest day, the
 * last entered on that day), by how they sell: a product seen on several visits counts once, as
 * it stood last.
 */
async function productsSelling(em: EntityManager, p: Period): Promise<Record<MonevSales, number>> {
  const out = Object.fromEntries(MONEV_SALES.map((s) => [s, 0])) as Record<MonevSales, number>;
  const qb = em.createQueryBuilder(MonevProdukEntity, 'pr');
  const later = qb
    .subQuery()
    .select('1')
    .from(MonevKunjunganEntity, 'w')
    .where('w.kemitraanId = v.kemitraanId')
    .andWhere('w.deletedAt IS NULL')
    .andWhere('w.date BETWEEN :from AND :to')
    .andWhere('(w.date > v.date OR (w.date = v.date AND w.id > v.id))')
    .getQuery();
  const rows = await qb
    .innerJoin(joinTarget(MonevKunjunganEntity), 'v', 'v.id = pr.kunjunganId AND v.deletedAt IS NULL')
    .innerJoin(joinTarget(KemitraanEntity), 'k', 'k.id = v.kemitraanId AND k.deletedAt IS NULL')
    .select('pr.sales', 'sales')
    .addSelect('COUNT(*)', 'n')
    .where('v.date BETWEEN :from AND :to')
    .andWhere(`NOT EXISTS ${later}`)
    .setParameters(p)
    .groupBy('pr.sales')
    .getRawMany<{ sales: MonevSales; n: unknown }>();
  for (const r of rows) if (r.sales in out) out[r.sales] = num(r.n);
  return out;
}

export async function pembinaanFigures(em: EntityManager, p: Period): Promise<PembinaanFigures> {
  return {
    from: p.from,
    to: p.to,
    certificates: await certificateFigures(em, p),
    trained: await trainedCount(em, p),
    assistance: await assistanceBySource(em, p),
    reviewed: await reviewedCount(em, p),
    products: await productsSelling(em, p),
  };
}
