import { In, type EntityManager } from 'typeorm';
import type { AuditEntity, AuditEntry } from '../../../shared/contract';
import { formatDate } from '../../../shared/format/date';
import { AccountEntity } from '../db/entities/account';
import { BantuanEntity } from '../db/entities/bantuan';
import { KegiatanEntity } from '../db/entities/kegiatan';
import { KemitraanEntity } from '../db/entities/kemitraan';
import { KomunitasEntity } from '../db/entities/komunitas';
import { MitraEntity } from '../db/entities/mitra';
import { ClassRecordEntity } from '../db/entities/progress';
import { UmkmEntity } from '../db/entities/umkm';
import { monevNames } from '../services/monev/monevAudit';
import { lampiranNames } from '../services/lampiran/lampiranAudit';
import type { AuditEntryRow } from '../db/entities/auditEntry';

import { sertifikatNames } from './sertifikatNames';
type Names = Map<number, string>;

/** The names of these rows of one table by id (deleted rows too: the trail outlives them). */
async function namesOf(em: EntityManager, entity: AuditEntity, ids: number[]): Promise<Names> {
  const where = { id: In(ids) };
  switch (entity) {
    case 'umkm':
      return new Map((await em.find(UmkmEntity, { select: { id: true, businessName: true }, where })).map((r) => [r.id, r.businessName]));
    case 'mitra':
      return new Map((await em.find(MitraEntity, { select: { id: true, name: true }, where })).map((r) => [r.id, r.name]));
    case 'komunitas':
      return new Map((await em.find(KomunitasEntity, { select: { id: true, name: true }, where })).map((r) => [r.id, r.name]));
    case 'kegiatan':
      return new Map((await em.find(KegiatanEntity, { select: { id: true, name: true }, where })).map((r) => [r.id, r.name]));
    case 'kemitraan':
      return new Map((await em.find(KemitraanEntity, { select: { id: true, number: true }, where })).map((r) => [r.id, r.number]));
    case 'user':
      return new Map((await em.find(AccountEntity, { select: { id: true, username: true }, where })).map((r) => [r.id, r.username]));
    case 'class_record': {
      // "30/06/2024 · Amplang Bu Ani": the record's day and its UMKM's name.
      const records = await em.find(ClassRecordEntity, { select: { id: true, umkmId: true, date: true }, where });
      const umkm = await namesOf(em, 'umkm', [...new Set(records.map((r) => r.umkmId))]);
      return new Map(records.map((r) => [r.id, `${formatDate(r.date)} · ${umkm.get(r.umkmId) ?? `#${r.umkmId}`}`]));
    }
    case 'bantuan':
      return new Map((await em.find(BantuanEntity, { select: { id: true, item: true }, where })).map((r) => [r.id, r.item]));
    case 'lampiran':
      return lampiranNames(em, ids);
    case 'monev_kunjungan':
      return monevNames(em, ids);
    case 'sertifikat':
      return sertifikatNames(em, ids);
    case 'database':
      return new Map();
  }
}

/**
 * The trail's lines with the name their record has now (its business name, number, username…),
 * looked up once per table for the whole page. A purged record has none.
 */
export async function withRecordNames(em: EntityManager, rows: AuditEntryRow[]): Promise<AuditEntry[]> {
  const ids = new Map<AuditEntity, Set<number>>();
  for (const r of rows) {
    if (r.entity && r.entityId !== null) ids.set(r.entity, (ids.get(r.entity) ?? new Set()).add(r.entityId));
  }
  const names = new Map<AuditEntity, Names>();
  for (const [entity, set] of ids) names.set(entity, await namesOf(em, entity, [...set]));
  return rows.map((r) => ({ ...r, recordName: (r.entity && r.entityId !== null ? names.get(r.entity)?.get(r.entityId) : undefined) ?? null }));
}
