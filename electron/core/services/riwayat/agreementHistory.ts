import { Brackets, In, type EntityManager } from 'typeorm';
import type { KemitraanEvent, MonevEvent, Support } from '../../../../shared/contract';
import type { MonevMethod, MonevSales } from '../../../../shared/domain/monev';
import type { KemitraanStatus, PartnershipPattern } from '../../../../shared/domain/partnership';
import { AnggotaEntity, DukunganEntity, KemitraanEntity, KomunitasEntity, MitraEntity, MonevKunjunganEntity, MonevProdukEntity } from '../../db/entities';
import { joinTarget } from '../partnershipQueries';

// A UMKM's agreements (direct or through a community it belongs to) with their support items, and
// the monitoring visits of those agreements: indexed by kemitraan (umkm_id, komunitas_id),
// komunitas_anggota (umkm_id), kemitraan_dukungan (kemitraan_id) and monev_kunjungan (kemitraan_id).

interface AgreementRaw {
  id: number | string;
  number: string;
  partnerName: string;
  komunitasName: string | null;
  status: KemitraanStatus;
  pattern: PartnershipPattern;
  signedAt: string | null;
  startDate: string;
  endDate: string | null;
}

/** Its live agreements, direct or through a community, each with its support items. */
export async function agreementEvents(em: EntityManager, umkmId: number): Promise<KemitraanEvent[]> {
  const qb = em.createQueryBuilder(KemitraanEntity, 'k');
  const communities = qb.subQuery().select('a.komunitasId').from(AnggotaEntity, 'a').where('a.umkmId = :umkmId').getQuery();
  const rows = await qb
    .innerJoin(joinTarget(MitraEntity), 'm', 'm.id = k.mitraId')
    .leftJoin(joinTarget(KomunitasEntity), 'c', 'c.id = k.komunitasId')
    .select('k.id', 'id')
    .addSelect('k.number', 'number')
    .addSelect('m.name', 'partnerName')
    .addSelect('c.name', 'komunitasName')
    .addSelect('k.status', 'status')
    .addSelect('k.pattern', 'pattern')
    .addSelect('k.signedAt', 'signedAt')
    .addSelect('k.startDate', 'startDate')
    .addSelect('k.endDate', 'endDate')
    .where('k.deletedAt IS NULL')
    .andWhere(new Brackets((b) => b.where('k.umkmId = :umkmId').orWhere(`k.komunitasId IN ${communities}`)))
    .setParameters({ umkmId })
    .getRawMany<AgreementRaw>();
  const ids = rows.map((r) => Number(r.id));
  const supports = new Map<number, Support[]>();
  if (ids.length) {
    for (const { kemitraanId, ...s } of await em.find(DukunganEntity, { where: { kemitraanId: In(ids) }, order: { id: 'ASC' } })) {
      supports.set(kemitraanId, [...(supports.get(kemitraanId) ?? []), s]);
    }
  }
  return rows.map((r) => {
    const id = Number(r.id);
    return {
      kind: 'kemitraan',
      date: r.signedAt ?? r.startDate,
      id,
      number: r.number,
      partnerName: r.partnerName,
      komunitasName: r.komunitasName,
      status: r.status,
      pattern: r.pattern,
      startDate: r.startDate,
      endDate: r.endDate,
      supports: supports.get(id) ?? [],
    };
  });
}

/** The live monitoring visits of these agreements, each with its products and how they sold. */
export async function monevEvents(em: EntityManager, agreements: ReadonlyArray<Pick<KemitraanEvent, 'id' | 'number' | 'partnerName'>>): Promise<MonevEvent[]> {
  if (agreements.length === 0) return [];
  const byId = new Map(agreements.map((a) => [a.id, a]));
  const visits = await em
    .createQueryBuilder(MonevKunjunganEntity, 'v')
    .select(['v.id', 'v.kemitraanId', 'v.date', 'v.officer', 'v.method', 'v.nextStep'])
    .where('v.kemitraanId IN (:...ids)', { ids: [...byId.keys()] })
    .andWhere('v.deletedAt IS NULL')
    .getMany();
  const products = new Map<number, MonevEvent['products']>();
  if (visits.length) {
    const rows = await em.find(MonevProdukEntity, { select: { id: true, kunjunganId: true, product: true, sales: true }, where: { kunjunganId: In(visits.map((v) => v.id)) }, order: { id: 'ASC' } });
    for (const p of rows) products.set(p.kunjunganId, [...(products.get(p.kunjunganId) ?? []), { product: p.product, sales: (p.sales as MonevSales | null) ?? null }]);
  }
  return visits.map((v) => {
    const a = byId.get(v.kemitraanId)!;
    return {
      kind: 'monev',
      date: v.date,
      id: v.id,
      kemitraanId: v.kemitraanId,
      kemitraanNumber: a.number,
      partnerName: a.partnerName,
      method: v.method as MonevMethod,
      officer: v.officer ?? null,
      nextStep: v.nextStep ?? null,
      products: products.get(v.id) ?? [],
    };
  });
}
