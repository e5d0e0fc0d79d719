import type { DataSource } from 'typeorm';
import type { Stats } from '../../../shared/contract';
import { UMKM_CLASSES, type UmkmClass } from '../../../shared/domain/classification';
import { KEMITRAAN_STATUS, type KemitraanStatus } from '../../../shared/domain/partnership';
import { KECAMATAN, kecamatanName } from '../../../shared/domain/regions';
import { UmkmEntity } from '../db/entities/umkm';

export class StatsService {
  constructor(private readonly ds: DataSource) {}

  /**
   * Counts of the registry (deleted rows excluded), every class and kecamatan present, zeros too;
   * communities, partners, and agreements by status.
   */
  async summary(): Promise<Stats> {
    const rows: Array<{ kecamatan: string; class: UmkmClass; n: number | string }> = await this.ds
      .getRepository(UmkmEntity)
      .createQueryBuilder('u')
      .select('u.kecamatan', 'kecamatan')
      .addSelect('u.class', 'class')
      .addSelect('COUNT(*)', 'n')
      .where('u.deletedAt IS NULL')
      .groupBy('u.kecamatan')
      .addGroupBy('u.class')
      .getRawMany();
    const byClass = Object.fromEntries(UMKM_CLASSES.map((c) => [c, 0])) as Record<UmkmClass, number>;
    const byKecamatan: Record<string, number> = Object.fromEntries(KECAMATAN.map((k) => [k.name, 0]));
    let umkm = 0;
    for (const r of rows) {
      const n = Number(r.n);
      umkm += n;
      byClass[r.class] += n;
      const name = kecamatanName(r.kecamatan);
      byKecamatan[name] = (byKecamatan[name] ?? 0) + n;
    }
    const [{ komunitas }] = (await this.ds.query(`SELECT COUNT(*) AS komunitas FROM komunitas WHERE deleted_at IS NULL`)) as [{ komunitas: number }];
    const [{ mitra }] = (await this.ds.query(`SELECT COUNT(*) AS mitra FROM mitra WHERE deleted_at IS NULL`)) as [{ mitra: number }];
    const byStatus = (await this.ds.query(`SELECT status, COUNT(*) AS n FROM kemitraan WHERE deleted_at IS NULL GROUP BY status`)) as Array<{
      status: KemitraanStatus;
      n: number;
    }>;
    const kemitraan = Object.fromEntries(KEMITRAAN_STATUS.map((st) => [st, 0])) as Record<KemitraanStatus, number>;
    for (const r of byStatus) kemitraan[r.status] = Number(r.n);
    return { umkm, byClass, byKecamatan, komunitas: Number(komunitas), mitra: Number(mitra), kemitraan };
  }
}
