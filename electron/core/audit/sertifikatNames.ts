import { In, type EntityManager } from 'typeorm';
import { messages } from '../../../shared/i18n';
import { SertifikatEntity } from '../db/entities/sertifikat';
import { UmkmEntity } from '../db/entities/umkm';

/** "Sertifikat halal · Amplang Bu Ani" by id: the kind and its business (deleted rows too). */
export async function sertifikatNames(em: EntityManager, ids: number[]): Promise<Map<number, string>> {
  const rows = await em.find(SertifikatEntity, { select: { id: true, umkmId: true, kind: true, kindOther: true }, where: { id: In(ids) } });
  const umkm = await em.find(UmkmEntity, { select: { id: true, businessName: true }, where: { id: In([...new Set(rows.map((r) => r.umkmId))]) } });
  const names = new Map(umkm.map((u) => [u.id, u.businessName]));
  return new Map(rows.map((r) => [r.id, `${r.kind === 'lainnya' && r.kindOther ? r.kindOther : messages.sertifikatEnums.kind[r.kind]} · ${names.get(r.umkmId) ?? `#${r.umkmId}`}`]));
}
