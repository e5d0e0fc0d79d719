import type { EntityManager, SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import type { KegiatanEvent } from '../../../../shared/contract';
import type { KegiatanKind } from '../../../../shared/domain/kegiatan';
import { KegiatanEntity, KegiatanKehadiranEntity, KegiatanPesertaEntity, KegiatanUmkmEntity } from '../../db/entities';
import { joinTarget } from '../partnershipQueries';

type Raw = { id: number | string; name: string; date: string; endDate: string | null; venue: string; kind: KegiatanKind };

/** The activity's columns; with `between`, only those whose days touch [from, to]. */
function activity<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, between?: { from: string; to: string }): SelectQueryBuilder<T> {
  qb.select('k.id', 'id').addSelect('k.name', 'name').addSelect('k.date', 'date').addSelect('k.endDate', 'endDate').addSelect('k.venue', 'venue').addSelect('k.kind', 'kind');
  if (between) qb.andWhere('k.date <= :to AND COALESCE(k.endDate, k.date) >= :from', between);
  return qb;
}

/**
 * The activities a UMKM attended, dated by their first day: as a registered participant marked
 * present (kegiatan_umkm.hadir: present on at least one day; index ix_kegiatan_umkm_umkm), or as
 * a walk-in person later matched to it and present on a day (index ix_kegiatan_peserta_umkm).
 */
export async function kegiatanEvents(em: EntityManager, umkmId: number, between?: { from: string; to: string }): Promise<KegiatanEvent[]> {
  const registered = activity(
    em
      .createQueryBuilder(KegiatanUmkmEntity, 'ku')
      .innerJoin(joinTarget(KegiatanEntity), 'k', 'k.id = ku.kegiatanId AND k.deletedAt IS NULL')
      .where('ku.umkmId = :umkmId', { umkmId })
      .andWhere('ku.hadir = :hadir', { hadir: 1 }),
    between,
  );
  const walkIn = em.createQueryBuilder(KegiatanPesertaEntity, 'p');
  const present = walkIn.subQuery().select('1').from(KegiatanKehadiranEntity, 'h').where('h.pesertaId = p.id').andWhere("h.status = 'hadir'").getQuery();
  const matched = activity(
    walkIn
      .innerJoin(joinTarget(KegiatanEntity), 'k', 'k.id = p.kegiatanId AND k.deletedAt IS NULL')
      .where('p.umkmId = :umkmId', { umkmId })
      .andWhere(`EXISTS ${present}`),
    between,
  );
  const seen = new Set<number>();
  const out: KegiatanEvent[] = [];
  for (const r of [...(await registered.getRawMany<Raw>()), ...(await matched.getRawMany<Raw>())]) {
    const id = Number(r.id);
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ kind: 'kegiatan', date: r.date, id, activityKind: r.kind, name: r.name, venue: r.venue, endDate: r.endDate ?? null });
  }
  return out;
}
