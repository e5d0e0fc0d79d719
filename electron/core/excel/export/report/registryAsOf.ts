import type { EntityManager } from 'typeorm';
import type { Umkm } from '../../../../../shared/contract';
import { kecamatanName } from '../../../../../shared/domain/regions';
import { ClassMoveEntity, ClassRecordEntity } from '../../../db/entities/progress';
import { UmkmEntity } from '../../../db/entities/umkm';

/** What the report's Rincian UMKM shows of a UMKM, as it stood on the report's position. */
export type UmkmAt = Pick<Umkm, 'id' | 'businessName' | 'ownerName' | 'nik' | 'kecamatanName' | 'sector' | 'class' | 'annualSales' | 'capital' | 'lastRecordDate'>;

type Own = Pick<Umkm, 'id' | 'businessName' | 'ownerName' | 'nik' | 'kecamatan' | 'sector' | 'class' | 'annualSales' | 'capital'>;
type Standing = { date: string; annualSales: number | null; capital: number | null };

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** `qb` selecting each property of `alias` under its own name. */
function selecting<Q extends { select(s: string, a: string): Q; addSelect(s: string, a: string): Q }>(qb: Q, alias: string, props: readonly string[]): Q {
  return props.reduce((q, p, i) => (i === 0 ? q.select(`${alias}.${p}`, p) : q.addSelect(`${alias}.${p}`, p)), qb);
}

/**
 * The registry as it stood on `asOf`, in the report's order (kecamatan, business name, id), the
 * same rows as UmkmService.iterateAsOf over UmkmListQuery `{ sort: 'kecamatan' }` (the UMKM
 * registered on or before it, each with the class, figures and record date standing then; a
 * UMKM without any record keeps its own figures, one whose records all came later shows none),
 * read for the report's one pass over the whole registry: the ids sorted once, then per chunk
 * only the columns the sheet shows and, of the class records, the one standing on `asOf` —
 * without making an entity of every record up to then (at 50,000 UMKM about 200,000 a report).
 * tests/integration/reportRegistryAsOf.test.ts holds it to iterateAsOf row for row.
 */
export async function* registryAsOf(em: EntityManager, asOf: string, chunk = 1000): AsyncGenerator<UmkmAt[]> {
  const ids = (
    await em
      .createQueryBuilder(UmkmEntity, 'u')
      .select('u.id', 'id')
      .where('u.deletedAt IS NULL')
      .andWhere('u.registeredAt <= :asOf', { asOf })
      .orderBy('u.kecamatan', 'ASC')
      .addOrderBy('u.businessName', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .getRawMany<{ id: number | string }>()
  ).map((r) => Number(r.id));
  for (let i = 0; i < ids.length; i += chunk) yield standingOn(em, ids.slice(i, i + chunk), asOf);
}

/** The UMKM of `ids` (in that order) as they stood on `asOf`. */
async function standingOn(em: EntityManager, ids: number[], asOf: string): Promise<UmkmAt[]> {
  const own = new Map(
    (
      await selecting(em.createQueryBuilder(UmkmEntity, 'u'), 'u', ['id', 'businessName', 'ownerName', 'nik', 'kecamatan', 'sector', 'class', 'annualSales', 'capital'])
        .where('u.id IN (:...ids)', { ids })
        .getRawMany<Own>()
    ).map((u) => [Number(u.id), u]),
  );
  // The record standing on asOf: the latest on or before it, the last entered of its day.
  const standing = new Map<number, Standing>();
  const records = await selecting(em.createQueryBuilder(ClassRecordEntity, 'r'), 'r', ['umkmId', 'date', 'annualSales', 'capital'])
    .where('r.umkmId IN (:...ids)', { ids })
    .andWhere('r.deletedAt IS NULL')
    .andWhere('r.date <= :asOf', { asOf })
    .orderBy('r.umkmId', 'ASC')
    .addOrderBy('r.date', 'ASC')
    .addOrderBy('r.id', 'ASC')
    .getRawMany<{ umkmId: number; date: string; annualSales: unknown; capital: unknown }>();
  for (const r of records) standing.set(Number(r.umkmId), { date: r.date, annualSales: num(r.annualSales), capital: num(r.capital) });
  // The class then: the from_class of the first move after asOf, else the class today.
  const classThen = new Map<number, Umkm['class']>();
  const later = await selecting(em.createQueryBuilder(ClassMoveEntity, 'm'), 'm', ['umkmId', 'fromClass'])
    .where('m.umkmId IN (:...ids)', { ids })
    .andWhere('m.date > :asOf', { asOf })
    .orderBy('m.umkmId', 'ASC')
    .addOrderBy('m.date', 'DESC')
    .getRawMany<{ umkmId: number; fromClass: Umkm['class'] }>();
  for (const m of later) classThen.set(Number(m.umkmId), m.fromClass);
  // Of those without a record then, the ones with records at all (all later) show no figures.
  const unrecorded = ids.filter((id) => !standing.has(id));
  const recordedLater = new Set<number>();
  if (unrecorded.length > 0) {
    const rows = await em
      .createQueryBuilder(ClassRecordEntity, 'r')
      .select('DISTINCT r.umkmId', 'umkmId')
      .where('r.umkmId IN (:...ids)', { ids: unrecorded })
      .andWhere('r.deletedAt IS NULL')
      .getRawMany<{ umkmId: number }>();
    for (const r of rows) recordedLater.add(Number(r.umkmId));
  }
  return ids.flatMap((id): UmkmAt[] => {
    const u = own.get(id);
    if (!u) return [];
    const base = { id, businessName: u.businessName, ownerName: u.ownerName, nik: u.nik, kecamatanName: kecamatanName(u.kecamatan), sector: u.sector, class: classThen.get(id) ?? u.class };
    const r = standing.get(id);
    if (r) return [{ ...base, annualSales: r.annualSales, capital: r.capital, lastRecordDate: r.date }];
    if (recordedLater.has(id)) return [{ ...base, annualSales: null, capital: null, lastRecordDate: null }];
    return [{ ...base, annualSales: num(u.annualSales), capital: num(u.capital), lastRecordDate: null }];
  });
}
