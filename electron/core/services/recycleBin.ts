import { IsNull, Not, type EntityManager, type EntitySchema, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { z } from 'zod';
import { TRASH_KINDS, type AuditChanges, type TrashDone, type TrashItem, type TrashItemInput, type TrashKind, type TrashListQuery, type TrashPage } from '../../../shared/contract';
import { fill, messages } from '../../../shared/i18n';
import type { AuditLog } from '../audit/auditLog';
import type { Caller } from '../auth/caller';
import { AnggotaEntity } from '../db/entities/anggota';
import { AuditEntryEntity } from '../db/entities/auditEntry';
import { BantuanEntity } from '../db/entities/bantuan';
import { DukunganEntity } from '../db/entities/dukungan';
import { KegiatanEntity } from '../db/entities/kegiatan';
import { KegiatanKomunitasEntity } from '../db/entities/kegiatanKomunitas';
import { KegiatanMitraEntity } from '../db/entities/kegiatanMitra';
import { KegiatanUmkmEntity } from '../db/entities/kegiatanUmkm';
import { KegiatanPesertaEntity } from '../db/entities/kegiatanPeserta';
import { KegiatanKehadiranEntity } from '../db/entities/kegiatanKehadiran';
import { KemitraanEntity } from '../db/entities/kemitraan';
import { KomunitasEntity } from '../db/entities/komunitas';
import { MitraEntity } from '../db/entities/mitra';
import { ClassRecordEntity } from '../db/entities/progress';
import { SertifikatEntity } from '../db/entities/sertifikat';
import { UmkmEntity } from '../db/entities/umkm';
import { MonevKunjunganEntity, MonevProdukEntity } from '../db/entities/monev';
import { LampiranEntity } from '../db/entities/lampiran';
import { purgeAttachmentsOf } from './lampiran/lampiranOwners';
import { formatDate } from '../../../shared/format/date';
import { AppError } from '../errors';
import type { Edits } from './edits';
import { likeSubstring, nowIso } from './queryHelpers';

const t = messages.trashErrors;
const s = messages.auditSummary;

/** What every table in the bin has; the rest of a row is read by field name. */
interface SoftDeleted {
  id: number;
  deletedAt: string | null;
  updatedAt: string;
  updatedBy: string | null;
}
type Deletable = SoftDeleted & Record<string, unknown>;

interface Kind {
  entity: EntitySchema<SoftDeleted>;
  /** The field a clerk knows the row by. */
  name: string;
  /** The fields of the second line, and the line made of them (the page formats it by kind). */
  detail: string[];
  line: (r: Record<string, unknown>) => string | null;
  /** How the name field reads to a clerk, when it is not text already (a visit's day: 23/05/2023). */
  shown?: (name: string) => string;
}

const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const binKind = <R extends SoftDeleted>(entity: EntitySchema<R>, name: keyof R & string, detail: Array<keyof R & string>, line: (r: R) => string | null): Kind => ({
  entity: entity as unknown as EntitySchema<SoftDeleted>,
  name,
  detail,
  line: line as Kind['line'],
});

const KINDS: Record<TrashKind, Kind> = {
  umkm: binKind(UmkmEntity, 'businessName', ['nik', 'nib'], (r) => (r.nib === null ? r.nik : `${r.nik} · ${r.nib}`)),
  mitra: binKind(MitraEntity, 'name', ['kind'], (r) => text(r.kind)),
  kemitraan: binKind(KemitraanEntity, 'number', ['startDate'], (r) => text(r.startDate)),
  komunitas: binKind(KomunitasEntity, 'name', ['kecamatan'], (r) => text(r.kecamatan)),
  kegiatan: binKind(KegiatanEntity, 'name', ['date'], (r) => text(r.date)),
  bantuan: binKind(BantuanEntity, 'item', ['handedAt', 'year'], (r) => text(r.handedAt ?? r.year)),
  sertifikat: { ...binKind(SertifikatEntity, 'kind', ['number', 'status'], (r) => r.number ?? messages.sertifikatEnums.status[r.status]), shown: (kind) => (messages.sertifikatEnums.kind as Record<string, string>)[kind] ?? kind },
  monev_kunjungan: { ...binKind(MonevKunjunganEntity, 'date', ['officer'], (r) => r.officer), shown: formatDate },
  lampiran: binKind(LampiranEntity, 'fileName', ['category'], (r) => text(r.category)),
};

/** Rows that depend on a purged row and go with it (ON DELETE CASCADE), counted for the record. */
type Dependant = { field: string; rows: Array<{ entity: EntitySchema<ObjectLiteral>; by: string }> };
const dep = (field: string, ...rows: Array<[EntitySchema<ObjectLiteral>, string]>): Dependant => ({ field, rows: rows.map(([entity, by]) => ({ entity, by })) });
const DEPENDANTS: Record<TrashKind, Dependant[]> = {
  umkm: [dep('classRecords', [ClassRecordEntity, 'umkmId']), dep('memberships', [AnggotaEntity, 'umkmId']), dep('attendance', [KegiatanUmkmEntity, 'umkmId'], [KegiatanKehadiranEntity, 'umkmId']), dep('assistance', [BantuanEntity, 'umkmId']), dep('certificates', [SertifikatEntity, 'umkmId'])],
  mitra: [dep('invitations', [KegiatanMitraEntity, 'mitraId'])],
  kemitraan: [dep('visits', [MonevKunjunganEntity, 'kemitraanId'])],
  monev_kunjungan: [dep('products', [MonevProdukEntity, 'kunjunganId'])],
  bantuan: [],
  sertifikat: [],
  komunitas: [dep('memberships', [AnggotaEntity, 'komunitasId']), dep('invitations', [KegiatanKomunitasEntity, 'komunitasId'])],
  kegiatan: [dep('invitations', [KegiatanKomunitasEntity, 'kegiatanId'], [KegiatanMitraEntity, 'kegiatanId']), dep('attendance', [KegiatanUmkmEntity, 'kegiatanId'], [KegiatanPesertaEntity, 'kegiatanId'], [KegiatanKehadiranEntity, 'kegiatanId'])],
  lampiran: [],
};

/** Agreements that hold a row through ON DELETE RESTRICT: it cannot go while they stay. */
const AGREEMENT_FIELD: Partial<Record<TrashKind, 'umkmId' | 'mitraId' | 'komunitasId'>> = { umkm: 'umkmId', mitra: 'mitraId', komunitas: 'komunitasId' };

/**
 * The recycle bin: soft-deleted UMKM, partners, agreements, communities and meetings. An admin
 * restores a row (when nothing live has taken its NIK, NIB or number since) or purges it for good
 * with the rows that depend on it; both are written to the audit trail through the same manager,
 * inside the call's transaction.
 */
export class RecycleBin {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
    private readonly edits: Edits,
  ) {}

  async list(q: z.output<typeof TrashListQuery>): Promise<TrashPage> {
    const k = KINDS[q.kind];
    const inBin = () => {
      const qb = this.em.createQueryBuilder(k.entity, 'x').where('x.deletedAt IS NOT NULL');
      // LOWER on both sides: SQLite's LIKE ignores ASCII case, PostgreSQL's does not.
      if (q.search) qb.andWhere(`LOWER(x.${k.name}) LIKE LOWER(:search) ESCAPE '\\'`, { search: likeSubstring(q.search) });
      return qb;
    };
    const total = await count(inBin());
    const page = inBin()
      .select('x.id', 'id')
      .addSelect(`x.${k.name}`, 'name')
      .addSelect('x.deletedAt', 'deletedAt')
      // Who deleted it is the trail's latest delete of the row (index on entity, entity_id, at).
      .addSelect(
        (sub) =>
          sub
            .select('a.username')
            .from(AuditEntryEntity, 'a')
            .where('a.entity = :kind', { kind: q.kind })
            .andWhere('a.entityId = x.id')
            .andWhere('a.action = :deleted', { deleted: 'delete' })
            .orderBy('a.at', 'DESC')
            .addOrderBy('a.id', 'DESC')
            .limit(1),
        'deletedBy',
      );
    for (const field of k.detail) page.addSelect(`x.${field}`, field);
    const rows = await page
      .orderBy('x.deletedAt', 'DESC')
      .addOrderBy('x.id', 'DESC')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .getRawMany<Record<string, unknown>>();
    const items: TrashItem[] = rows.map((r) => ({
      kind: q.kind,
      id: Number(r.id),
      name: (k.shown ?? String)(String(r.name)),
      detail: k.line(r),
      deletedAt: String(r.deletedAt),
      deletedBy: text(r.deletedBy),
    }));
    const counts = {} as Record<TrashKind, number>;
    for (const each of TRASH_KINDS) counts[each] = await count(this.em.createQueryBuilder(KINDS[each].entity, 'x').where('x.deletedAt IS NOT NULL'));
    return { items, total, page: q.page, pageSize: q.pageSize, counts };
  }

  async restore({ kind, id }: z.output<typeof TrashItemInput>, caller: Caller): Promise<TrashDone> {
    const row = await this.deletedRow(kind, id);
    await this.checkRestorable(kind, row);
    const now = nowIso();
    // The restorer is its latest change: the version goes up (entities/define.ts), a form opened before the delete stays refused.
    await this.em.update(KINDS[kind].entity, { id }, { deletedAt: null, ...this.edits.stamp(now) });
    const name = (KINDS[kind].shown ?? String)(String(row[KINDS[kind].name]));
    await this.audit.record({
      caller,
      action: 'restore',
      entity: kind,
      entityId: id,
      summary: fill(s.restore, { entity: messages.auditEntities[kind], name }),
      changes: { deletedAt: [row.deletedAt, null] },
      at: now,
    });
    return { kind, id, name };
  }

  /** Deletes the row for good with what depends on it; the trail keeps the whole row as it was. */
  async purge({ kind, id }: z.output<typeof TrashItemInput>, caller: Caller): Promise<TrashDone> {
    const row = await this.deletedRow(kind, id);
    const field = AGREEMENT_FIELD[kind];
    if (field) {
      const held = await this.em.find(KemitraanEntity, { select: { id: true, number: true }, where: { [field]: id }, order: { id: 'ASC' }, take: 6 });
      if (held.length) {
        const numbers = held.slice(0, 5).map((h) => h.number).join(', ') + (held.length > 5 ? ', …' : '');
        throw new AppError('CONFLICT', fill(t.purgeHasAgreements, { numbers }));
      }
    }
    const changes: AuditChanges = {};
    for (const [f, value] of Object.entries(row)) if (f !== 'id' && value !== null) changes[f] = [value, null];
    if (kind === 'kemitraan') {
      const supports = await this.em.find(DukunganEntity, { where: { kemitraanId: id }, order: { id: 'ASC' } });
      if (supports.length) changes.supports = [supports.map((d) => ({ kind: d.kind, description: d.description, value: d.value })), null];
    }
    for (const d of DEPENDANTS[kind]) {
      let n = 0;
      for (const r of d.rows) n += await count(this.em.createQueryBuilder(r.entity, 'd').where(`d.${r.by} = :id`, { id }));
      if (n > 0) changes[d.field] = [n, null];
    }
    await this.em.delete(KINDS[kind].entity, { id });
    const attachments = await purgeAttachmentsOf(this.em, kind, id);
    if (attachments > 0) changes.attachments = [attachments, null];
    const name = (KINDS[kind].shown ?? String)(String(row[KINDS[kind].name]));
    await this.audit.record({ caller, action: 'purge', entity: kind, entityId: id, summary: fill(s.purge, { entity: messages.auditEntities[kind], name }), changes });
    return { kind, id, name };
  }

  private async deletedRow(kind: TrashKind, id: number): Promise<Deletable> {
    const row = await this.em.findOne(KINDS[kind].entity, { where: { id, deletedAt: Not(IsNull()) } });
    if (!row) throw new AppError('NOT_FOUND', fill(t.notInTrash, { entity: messages.auditEntities[kind], id }));
    return row as Deletable;
  }

  /**
   * A UMKM comes back only if no active UMKM took its NIK or NIB meanwhile; an agreement only if
   * its number is still free and, while proposed or active, its partner and community are live
   * (deleting those is refused while such agreements stand, so restoring must not undo that).
   */
  private async checkRestorable(kind: TrashKind, row: Deletable): Promise<void> {
    if (kind === 'umkm' && row.status === 'aktif') {
      const holder = (field: 'nik' | 'nib') =>
        this.em.findOne(UmkmEntity, {
          select: { id: true, businessName: true },
          where: { [field]: row[field] as string, status: 'aktif', deletedAt: IsNull(), id: Not(row.id) },
          order: { id: 'ASC' },
        });
      const byNik = await holder('nik');
      if (byNik) {
        const message = fill(t.restoreNikTaken, { nik: String(row.nik), name: byNik.businessName, id: byNik.id });
        throw new AppError('DUPLICATE', message, { nik: message });
      }
      const byNib = row.nib ? await holder('nib') : null;
      if (byNib) {
        const message = fill(t.restoreNibTaken, { nib: String(row.nib), name: byNib.businessName, id: byNib.id });
        throw new AppError('DUPLICATE', message, { nib: message });
      }
    }
    if (kind === 'kemitraan') {
      const taken = await this.em.findOne(KemitraanEntity, { select: { id: true }, where: { number: row.number as string, deletedAt: IsNull(), id: Not(row.id) } });
      if (taken) {
        const message = fill(t.restoreNumberTaken, { number: String(row.number), id: taken.id });
        throw new AppError('DUPLICATE', message, { number: message });
      }
      if (row.status === 'aktif' || row.status === 'diusulkan') {
        const partner = await this.em.findOneOrFail(MitraEntity, { select: { id: true, name: true, deletedAt: true }, where: { id: row.mitraId as number } });
        if (partner.deletedAt) throw new AppError('CONFLICT', fill(t.restorePartnerDeleted, { name: partner.name }));
        if (row.komunitasId !== null) {
          const k = await this.em.findOneOrFail(KomunitasEntity, { select: { id: true, name: true, deletedAt: true }, where: { id: row.komunitasId as number } });
          if (k.deletedAt) throw new AppError('CONFLICT', fill(t.restoreKomunitasDeleted, { name: k.name }));
        }
      }
    }
  }
}

async function count(qb: SelectQueryBuilder<ObjectLiteral>): Promise<number> {
  const r = await qb.select('COUNT(*)', 'n').getRawOne<{ n: number | string }>();
  return Number(r?.n ?? 0);
}
