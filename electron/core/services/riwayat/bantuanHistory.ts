import type { EntityManager } from 'typeorm';
import type { BantuanEvent } from '../../../../shared/contract';
import { BantuanEntity } from '../../db/entities';

/**
 * The assistance a UMKM received (live records; index ix_bantuan_umkm_any on umkm_id), each on its
 * handover day, or on 1 January of its year while not yet handed over.
 */
export async function bantuanEvents(em: EntityManager, umkmId: number, between?: { from: string; to: string }): Promise<BantuanEvent[]> {
  const qb = em
    .createQueryBuilder(BantuanEntity, 'b')
    .select(['b.id', 'b.kind', 'b.item', 'b.value', 'b.fundSource', 'b.programme', 'b.year', 'b.handedAt', 'b.handoverNumber'])
    .where('b.umkmId = :umkmId', { umkmId })
    .andWhere('b.deletedAt IS NULL');
  // A move's support: what was handed over between its two records.
  if (between) qb.andWhere('b.handedAt BETWEEN :from AND :to', between);
  const rows = await qb.getMany();
  return rows.map((b) => ({
    kind: 'bantuan',
    date: b.handedAt ?? `${String(b.year).padStart(4, '0')}-01-01`,
    id: b.id,
    bantuanKind: b.kind,
    item: b.item,
    value: b.value ?? null,
    fundSource: b.fundSource,
    programme: b.programme ?? null,
    year: b.year,
    handoverNumber: b.handoverNumber ?? null,
    handed: b.handedAt !== null && b.handedAt !== undefined,
  }));
}
