import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { TRAINING_KINDS } from '../../../../shared/domain/riwayat';
import { KegiatanEntity, KegiatanKehadiranEntity, KegiatanPesertaEntity, KegiatanUmkmEntity, UmkmEntity } from '../../db/entities';
import { joinTarget } from '../partnershipQueries';

type Period = { from: string; to: string };

/** The live trainings (pelatihan, pendampingan) whose days touch the period: ix_kegiatan_kind (kind, date). */
function trainings<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
  return qb
    .andWhere(`${alias}.kind IN (:...trainingKinds)`)
    .andWhere(`${alias}.deletedAt IS NULL`)
    .andWhere(`${alias}.date <= :to AND COALESCE(${alias}.endDate, ${alias}.date) >= :from`);
}

/**
 * UMKM trained in the period, each counted once: UMKM of the registry present at a pelatihan or
 * pendampingan activity whose days touch the period, as a registered participant (kegiatan_umkm
 * hadir), plus those present only as a walk-in matched to them (present on a day). Both reads
 * start from the trainings of the period (ix_kegiatan_kind), never from the whole registry.
 */
export async function trainedCount(em: EntityManager, p: Period): Promise<number> {
  const params = { ...p, trainingKinds: [...TRAINING_KINDS], present: 1 };
  const ku = em.createQueryBuilder(KegiatanUmkmEntity, 'ku');
  // Still in the registry: probed per participant (a join to umkm would let a planner start from the registry).
  const live = ku.subQuery().select('1').from(UmkmEntity, 'u').where('u.id = ku.umkmId').andWhere('u.deletedAt IS NULL').getQuery();
  const registered = trainings(
    ku
      .innerJoin(joinTarget(KegiatanEntity), 'k', 'k.id = ku.kegiatanId')
      .select('COUNT(DISTINCT ku.umkmId)', 'n')
      .where('ku.hadir = :present')
      .andWhere(`EXISTS ${live}`),
    'k',
  );
  const walkIns = em.createQueryBuilder(KegiatanPesertaEntity, 'wp');
  // A walk-in already counted as a registered participant of a training in the period is not counted again.
  const counted = trainings(
    walkIns.subQuery().select('1').from(KegiatanUmkmEntity, 'ru').innerJoin(joinTarget(KegiatanEntity), 'rk', 'rk.id = ru.kegiatanId').where('ru.umkmId = wp.umkmId').andWhere('ru.hadir = :present'),
    'rk',
  ).getQuery();
  const matched = trainings(
    walkIns
      .innerJoin(joinTarget(KegiatanEntity), 'wk', 'wk.id = wp.kegiatanId')
      .innerJoin(joinTarget(KegiatanKehadiranEntity), 'wh', "wh.pesertaId = wp.id AND wh.status = 'hadir'")
      .innerJoin(joinTarget(UmkmEntity), 'wu', 'wu.id = wp.umkmId AND wu.deletedAt IS NULL')
      .select('COUNT(DISTINCT wp.umkmId)', 'n')
      .where('wp.umkmId IS NOT NULL'),
    'wk',
  ).andWhere(`NOT EXISTS ${counted}`);
  const a = await registered.setParameters(params).getRawOne<{ n: unknown }>();
  const b = await matched.setParameters(params).getRawOne<{ n: unknown }>();
  return Number(a?.n ?? 0) + Number(b?.n ?? 0);
}
