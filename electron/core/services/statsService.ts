import { IsNull, type EntityManager } from 'typeorm';
import type { Stats } from '../../../shared/contract';
import { UMKM_CLASSES, type UmkmClass } from '../../../shared/domain/classification';
import { KEMITRAAN_STATUS, type KemitraanStatus } from '../../../shared/domain/partnership';
import { KECAMATAN, kecamatanName } from '../../../shared/domain/regions';
import { KemitraanEntity, KomunitasEntity, MitraEntity } from '../db/entities';
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

  /** Registry UMKM (deleted rows excluded) by kecamatan code and class: the dashboard's and the report's count. */
  async byKecamatanAndClass(): Promise<Array<{ kecamatan: string; class: UmkmClass; n: number }>> {
    const rows = await this.em
      .createQueryBuilder(UmkmEntity, 'u')
      .select('u.kecamatan', 'kecamatan')
      .addSelect('u.class', 'class')
      .addSelect('COUNT(*)', 'n')
      .where('u.deletedAt IS NULL')
      .groupBy('u.kecamatan')
      .addGroupBy('u.class')
      .getRawMany<{ kecamatan: string; class: UmkmClass; n: number | string }>();
    // COUNT is a bigint on PostgreSQL, handed back as text.
    return rows.map((r) => ({ kecamatan: r.kecamatan, class: r.class, n: Number(r.n) }));
  }
}
