import { IsNull, type EntityManager } from 'typeorm';
import type { Stats } from '../../../shared/contract';
import { UMKM_CLASSES, type UmkmClass } from '../../../shared/domain/classification';
import { KEMITRAAN_STATUS, type KemitraanStatus } from '../../../shared/domain/partnership';
import { KECAMATAN, kecamatanName } from '../../../shared/domain/regions';
import { KemitraanEntity, KomunitasEntity, MitraEntity } from '../db/entities';
import { ClassMoveEntity } from '../db/entities/progress';
import { RekapUmkmEntity } from '../db/entities/rekap';
import { UmkmEntity } from '../db/entities/umkm';

export class StatsService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Counts of the registry (deleted rows excluded), every class and kecamatan present, zeros too;
   * communities, partners, and agreements by status.
   */
  async summary(): Promise<Stats> {
    const rows = await this.byKecamatanAndClass();
    const byClass = Object.fromEntries(UMKM_CLASSES.map((c) => [c, 0])) as Record<UmkmClass, number>;
    const byKecamatan: Record<string, number> = Object.fromEntries(KECAMATAN.map((k) => [k.name, 0]));
    let umkm = 0;
    for (const r of rows) {
      const n = r.n;
      umkm += n;
      byClass[r.class] += n;
      const name = kecamatanName(r.kecamatan);
      byKecamatan[name] = (byKecamatan[name] ?? 0) + n;
    }
    const komunitas = await this.em.countBy(KomunitasEntity, { deletedAt: IsNull() });
    const mitra = await this.em.countBy(MitraEntity, { deletedAt: IsNull() });
    const byStatus = await this.em
      .createQueryBuilder(KemitraanEntity, 'k')
      .select('k.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .where('k.deletedAt IS NULL')
      .groupBy('k.status')
      .getRawMany<{ status: KemitraanStatus; n: number | string }>();
    const kemitraan = Object.fromEntries(KEMITRAAN_STATUS.map((st) => [st, 0])) as Record<KemitraanStatus, number>;
    for (const r of byStatus) kemitraan[r.status] = Number(r.n);
    return { umkm, byClass, byKecamatan, komunitas, mitra, kemitraan };
  }

  /**
   * Registry UMKM (deleted rows excluded) by kecamatan code and class: the dashboard's and the
   * report's count. With `asOf`, the registry as it stood on that date: the UMKM registered on or
   * before it, each in its class then, which is the from_class of its first move after the date
   * (the class held since the move before it), else its class today.
   */
  async byKecamatanAndClass(asOf?: string): Promise<Array<{ kecamatan: string; class: UmkmClass; n: number }>> {
    if (asOf === undefined) {
      // Today's: the counts the triggers keep (rekap_umkm), never the registry row by row.
      const today = await this.em
        .createQueryBuilder(RekapUmkmEntity, 'u')
        .select('u.kecamatan', 'kecamatan')
        .addSelect('u.class', 'class')
        .addSelect('SUM(u.n)', 'n')
        .groupBy('u.kecamatan')
        .addGroupBy('u.class')
        .having('SUM(u.n) > 0')
        .getRawMany<{ kecamatan: string; class: UmkmClass; n: number | string }>();
      return today.map((r) => ({ kecamatan: r.kecamatan, class: r.class, n: Number(r.n) }));
    }
    const qb = this.em.createQueryBuilder(UmkmEntity, 'u').select('u.kecamatan', 'kecamatan').where('u.deletedAt IS NULL');
    let cls = 'u.class';
    if (asOf !== undefined) {
      const later = this.em
        .createQueryBuilder()
        .from(ClassMoveEntity, 'm')
        .select('m.umkmId', 'id')
        .addSelect('SUBSTR(MIN(m.date || m.fromClass), 11)', 'fromClass')
        .where('m.date > :asOf')
        .groupBy('m.umkmId');
      qb.addCommonTableExpression(later, 'later');
      const [e, id, from] = [qb.escape('e'), qb.escape('id'), qb.escape('fromClass')];
      qb.leftJoin('later', 'e', `${e}.${id} = u.id`).andWhere('u.registeredAt <= :asOf').setParameters({ asOf });
      cls = `COALESCE(${e}.${from}, u.class)`;
    }
    const rows = await qb
      .addSelect(cls, 'class')
      .addSelect('COUNT(*)', 'n')
      .groupBy('u.kecamatan')
      .addGroupBy(cls)
      .getRawMany<{ kecamatan: string; class: UmkmClass; n: number | string }>();
    // COUNT is a bigint on PostgreSQL, handed back as text.
    return rows.map((r) => ({ kecamatan: r.kecamatan, class: r.class, n: Number(r.n) }));
  }
}
