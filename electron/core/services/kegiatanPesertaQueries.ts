import type { EntityManager } from 'typeorm';
import { activityDays, type KegiatanKind } from '../../../shared/domain/kegiatan';
import { KegiatanKehadiranEntity, KegiatanPesertaEntity, KegiatanUmkmEntity, UmkmEntity } from '../db/entities';
import { joinTarget } from './partnershipQueries';

// Queries of participants and marks the activity's own service and the participants' service share.

/** Participants (UMKM and walk-ins) of each activity, and those present on at least one day. */
export async function participantCounts(em: EntityManager, ids: readonly number[]): Promise<Map<number, { participants: number; present: number }>> {
  const out = new Map<number, { participants: number; present: number }>();
  if (ids.length === 0) return out;
  const add = (id: number, participants: number, present: number) => {
    const c = out.get(id) ?? { participants: 0, present: 0 };
    out.set(id, { participants: c.participants + participants, present: c.present + present });
  };
  const umkm: Array<{ id: number; n: string | number; present: string | number }> = await em
    .createQueryBuilder(KegiatanUmkmEntity, 'ku')
    .innerJoin(joinTarget(UmkmEntity), 'u', 'u.id = ku.umkmId AND u.deletedAt IS NULL')
    .select('ku.kegiatanId', 'id')
    .addSelect('COUNT(*)', 'n')
    .addSelect('COALESCE(SUM(ku.hadir), 0)', 'present')
    .where('ku.kegiatanId IN (:...ids)', { ids })
    .groupBy('ku.kegiatanId')
    .getRawMany();
  for (const r of umkm) add(Number(r.id), Number(r.n), Number(r.present));
  const walkIns: Array<{ id: number; n: string | number; present: string | number }> = await em
    .createQueryBuilder(KegiatanPesertaEntity, 'p')
    .select('p.kegiatanId', 'id')
    .addSelect('COUNT(*)', 'n')
    .addSelect(
      (sub) =>
        sub
          .select('COUNT(DISTINCT h.pesertaId)')
          .from(KegiatanKehadiranEntity, 'h')
          .where('h.kegiatanId = p.kegiatanId')
          .andWhere('h.pesertaId IS NOT NULL')
          .andWhere("h.status = 'hadir'"),
      'present',
    )
    .where('p.kegiatanId IN (:...ids)', { ids })
    .groupBy('p.kegiatanId')
    .getRawMany();
  for (const r of walkIns) add(Number(r.id), Number(r.n), Number(r.present));
  return out;
}

/** kegiatan_umkm.hadir of the UMKM named (all of the activity's when none are): present on at least one day. */
export async function syncPresence(em: EntityManager, kegiatanId: number, umkmIds?: readonly number[]): Promise<void> {
  if (umkmIds && umkmIds.length === 0) return;
  const present = em
    .createQueryBuilder()
    .subQuery()
    .select('h.umkmId')
    .from(KegiatanKehadiranEntity, 'h')
    .where('h.kegiatanId = :kegiatanId')
    .andWhere("h.status = 'hadir'")
    .andWhere('h.umkmId IS NOT NULL')
    .getQuery();
  for (const [hadir, cond] of [
    [1, `umkm_id IN ${present}`],
    [0, `umkm_id NOT IN ${present}`],
  ] as const) {
    const qb = em.createQueryBuilder().update(KegiatanUmkmEntity).set({ hadir: hadir === 1 }).where('kegiatan_id = :kegiatanId', { kegiatanId }).andWhere(cond);
    if (umkmIds) qb.andWhere('umkm_id IN (:...umkmIds)', { umkmIds: [...umkmIds] });
    await qb.execute();
  }
}

/**
 * After the activity's days changed: the marks of days no longer its own go, and presence follows
 * (a meeting marks presence without days, so its marks stay as they are).
 */
export async function dropMarksOutside(em: EntityManager, kegiatanId: number, kind: KegiatanKind, date: string, endDate: string | null): Promise<void> {
  const days = activityDays(date, endDate);
  await em
    .createQueryBuilder()
    .delete()
    .from(KegiatanKehadiranEntity)
    .where('kegiatan_id = :kegiatanId', { kegiatanId })
    .andWhere('day NOT IN (:...days)', { days })
    .execute();
  if (kind !== 'temu_kemitraan') await syncPresence(em, kegiatanId);
}
