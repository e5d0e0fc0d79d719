import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { z } from 'zod';
import type { Mitra, MitraChanges, MitraData, MitraListItem, MitraListQuery, Page } from '../../../shared/contract';
import { kecamatanName } from '../../../shared/domain/regions';
import { fill, messages } from '../../../shared/i18n';
import { AnggotaEntity, KemitraanEntity, MitraEntity, UmkmEntity, type MitraRow } from '../db/entities';
import { AppError } from '../errors';
import type { Edits } from './edits';
import { asColumns, chunksOf, findLive, fromColumns, joinTarget, openAgreements, pageOf, whereLiveNamed } from './partnershipQueries';
import { nowIso } from './queryHelpers';

type ListQuery = z.output<typeof MitraListQuery>;
/** The list's filters without its paging: an export takes the whole list. */
export type MitraFilter = Partial<Omit<ListQuery, 'page' | 'pageSize'>>;
/** A partner with the figures its list shows. */
export type MitraWithCounts = Mitra & Pick<MitraListItem, 'activeAgreements' | 'fosteredUmkm'>;

const LABEL = messages.kemitraanEntity.mitra;

export function rowToMitra(row: MitraRow): Mitra {
  const { deletedAt: _d, ...rest } = row;
  return { ...rest, kecamatanName: row.kecamatan ? kecamatanName(row.kecamatan) : null };
}

export class MitraService {
  constructor(
    private readonly em: EntityManager,
    private readonly edits: Edits,
  ) {}

  async get(id: number): Promise<Mitra> {
    return rowToMitra(await this.findRow(id));
  }

  /** The stored row of a live partner, or NOT_FOUND. */
  findRow(id: number): Promise<MitraRow> {
    return findLive(this.em, MitraEntity, id, LABEL);
  }

  list(q: ListQuery): Promise<Page<MitraListItem>> {
    return pageOf(this.filtered(q), q, async (page) => this.toListItems(await page.getMany()));
  }

  /** The whole list as filtered on screen (paging ignored), `chunk` partners at a time, with their counts. */
  iterate(q: MitraFilter, chunk = 1000): AsyncGenerator<MitraWithCounts[]> {
    return chunksOf(this.filtered(q), chunk, async (page) => this.withCounts(await page.getMany()));
  }

  /** List items with their agreement counts, in the order of `rows`. */
  async toListItems(rows: MitraRow[]): Promise<MitraListItem[]> {
    return (await this.withCounts(rows)).map((m) => ({
      id: m.id,
      name: m.name,
      kind: m.kind,
      sector: m.sector,
      kecamatanName: m.kecamatanName,
      contactName: m.contactName,
      phone: m.phone,
      status: m.status,
      offers: m.offers,
      activeAgreements: m.activeAgreements,
      fosteredUmkm: m.fosteredUmkm,
    }));
  }

  async create(data: MitraData): Promise<Mitra> {
    const now = nowIso();
    const { identifiers } = await this.em.insert(MitraEntity, { ...data, createdAt: now, ...this.edits.stamp(now) });
    return this.get(Number(identifiers[0]!.id));
  }

  /**
   * Merges the changed fields over the stored partner (a partner has no rule over the whole
   * record); on the `version` the clerk's form opened, when given (Edits: refused once changed since).
   */
  async update(id: number, changes: MitraChanges, version?: number): Promise<Mitra> {
    const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, version: _v, updatedBy: _b, ...stored } = await this.edits.live(MitraEntity, id, version, LABEL);
    const data: MitraData = { ...fromColumns(stored), ...changes };
    await this.edits.write(MitraEntity, id, asColumns(data), version, LABEL, nowIso());
    return this.get(id);
  }

  /** Soft delete, refused while the partner has proposed or active agreements. */
  async remove(id: number, version?: number): Promise<{ id: number }> {
    await this.edits.live(MitraEntity, id, version, LABEL);
    const n = await openAgreements(this.em, { mitraId: id });
    if (n > 0) throw new AppError('CONFLICT', fill(messages.kemitraanValidation.partnerHasAgreements, { n }));
    const now = nowIso();
    await this.edits.write(MitraEntity, id, { deletedAt: now }, version, LABEL, now);
    return { id };
  }

  /** The list's filters and order, shared by the page and the export. */
  private filtered(q: MitraFilter): SelectQueryBuilder<MitraRow> {
    const qb = whereLiveNamed(this.em.createQueryBuilder(MitraEntity, 'm'), 'm', q.search);
    if (q.kind) qb.andWhere('m.kind = :kind', { kind: q.kind });
    if (q.status) qb.andWhere('m.status = :status', { status: q.status });
    return qb.orderBy('m.name').addOrderBy('m.id');
  }

  private async withCounts(rows: MitraRow[]): Promise<MitraWithCounts[]> {
    const counts = await this.counts(rows.map((r) => r.id));
    return rows.map((r) => ({ ...rowToMitra(r), activeAgreements: 0, fosteredUmkm: 0, ...counts.get(r.id) }));
  }

  /**
   * Per partner: aktif agreements, and the distinct UMKM (still in the registry) they foster,
   * directly or as members of a community that is party to one. An agreement has one party, so
   * its UMKM is the member's when it is a community's and its own otherwise.
   */
  private async counts(ids: number[]): Promise<Map<number, { activeAgreements: number; fosteredUmkm: number }>> {
    if (ids.length === 0) return new Map();
    const rows = await this.em
      .createQueryBuilder(KemitraanEntity, 'k')
      .select('k.mitraId', 'id')
      .addSelect('COUNT(DISTINCT k.id)', 'agreements')
      .addSelect('COUNT(DISTINCT u.id)', 'umkm')
      .leftJoin(joinTarget(AnggotaEntity), 'a', 'a.komunitasId = k.komunitasId')
      .leftJoin(joinTarget(UmkmEntity), 'u', 'u.id = COALESCE(a.umkmId, k.umkmId) AND u.deletedAt IS NULL')
      .where('k.mitraId IN (:...ids)', { ids })
      .andWhere('k.status = :aktif', { aktif: 'aktif' })
      .andWhere('k.deletedAt IS NULL')
      .groupBy('k.mitraId')
      .getRawMany<{ id: number; agreements: number | string; umkm: number | string }>();
    return new Map(rows.map((r) => [Number(r.id), { activeAgreements: Number(r.agreements), fosteredUmkm: Number(r.umkm) }]));
  }
}
