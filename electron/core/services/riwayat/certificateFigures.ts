import type { EntityManager } from 'typeorm';
import type { PembinaanFigures } from '../../../../shared/contract';
import { SERTIFIKAT_KINDS, SERTIFIKAT_STATUSES, type SertifikatKind } from '../../../../shared/domain/sertifikat';
import { SertifikatEntity } from '../../db/entities';

type Period = { from: string; to: string };
type Counted = { year: string; kind: SertifikatKind; n: unknown };

/**
 * Certificates facilitated (submitted in the period) and issued (in the period), per year and
 * kind: two grouped queries over ix_sertifikat_status (status, submitted_at, …) — every status
 * listed so the index's first column is used for the range on submitted_at — and over the issued
 * certificates (status terbit). SUBSTR gives the year on both engines.
 */
export async function certificateFigures(em: EntityManager, p: Period): Promise<PembinaanFigures['certificates']> {
  const grouped = (dateColumn: 'submittedAt' | 'issuedAt', statuses: readonly string[]) =>
    em
      .createQueryBuilder(SertifikatEntity, 's')
      .select(`SUBSTR(s.${dateColumn}, 1, 4)`, 'year')
      .addSelect('s.kind', 'kind')
      .addSelect('COUNT(*)', 'n')
      .where('s.status IN (:...statuses)', { statuses: [...statuses] })
      .andWhere('s.deletedAt IS NULL')
      .andWhere(`s.${dateColumn} BETWEEN :from AND :to`, p)
      .groupBy(`SUBSTR(s.${dateColumn}, 1, 4)`)
      .addGroupBy('s.kind')
      .getRawMany<Counted>();
  const rows = new Map<string, PembinaanFigures['certificates'][number]>();
  const row = (year: string, kind: SertifikatKind) => {
    const key = `${year}|${kind}`;
    if (!rows.has(key)) rows.set(key, { year: Number(year), certKind: kind, submitted: 0, issued: 0 });
    return rows.get(key)!;
  };
  for (const r of await grouped('submittedAt', SERTIFIKAT_STATUSES)) row(r.year, r.kind).submitted += Number(r.n);
  for (const r of await grouped('issuedAt', ['terbit'])) row(r.year, r.kind).issued += Number(r.n);
  return [...rows.values()].sort((a, b) => a.year - b.year || SERTIFIKAT_KINDS.indexOf(a.certKind) - SERTIFIKAT_KINDS.indexOf(b.certKind));
}
