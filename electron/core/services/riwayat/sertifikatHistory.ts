import type { EntityManager } from 'typeorm';
import type { SertifikatEvent } from '../../../../shared/contract';
import type { SertifikatStep } from '../../../../shared/domain/riwayat';
import { SertifikatEntity, type SertifikatRow } from '../../db/entities';

const event = (s: SertifikatRow, step: SertifikatStep, date: string): SertifikatEvent => ({
  kind: 'sertifikat',
  date,
  id: s.id,
  step,
  certKind: s.kind,
  kindOther: s.kindOther ?? null,
  number: s.number ?? null,
  issuer: s.issuer ?? null,
  programme: s.programme ?? null,
  validUntil: s.validUntil ?? null,
  refusalReason: s.refusalReason ?? null,
});

/**
 * A UMKM's certificates as dated steps (live records; index ix_sertifikat_umkm_any on umkm_id):
 * submitted on its submitted_at; issued on its issued_at; refused on the day the refusal was
 * recorded (the register keeps no refusal date: its last change). A plan (rencana) not yet
 * submitted has no step to show. With `between`: only the certificates issued in it (a move's support).
 */
export async function sertifikatEvents(em: EntityManager, umkmId: number, between?: { from: string; to: string }): Promise<SertifikatEvent[]> {
  const qb = em.createQueryBuilder(SertifikatEntity, 's').where('s.umkmId = :umkmId', { umkmId }).andWhere('s.deletedAt IS NULL');
  if (between) qb.andWhere("s.status = 'terbit'").andWhere('s.issuedAt BETWEEN :from AND :to', between);
  const out: SertifikatEvent[] = [];
  for (const s of await qb.getMany()) {
    if (s.submittedAt && !between) out.push(event(s, 'diajukan', s.submittedAt));
    if (s.status === 'terbit' && s.issuedAt) out.push(event(s, 'terbit', s.issuedAt));
    if (s.status === 'ditolak' && !between) out.push(event(s, 'ditolak', s.updatedAt.slice(0, 10)));
  }
  return out;
}
