import { Brackets, IsNull, Not, type DataSource, type Repository, type SelectQueryBuilder } from 'typeorm';
import { UmkmInput, UmkmListQuery, umkmToInput, type Page, type Umkm, type UmkmListItem } from '../../../shared/contract';
import type { z } from 'zod';
import { fill, messages } from '../../../shared/i18n';
import { UmkmEntity, type UmkmRow } from '../db/entities/umkm';
import { AppError } from '../errors';
import { dataToColumns, rowToUmkm } from './umkmMapper';
import { parseOrThrow } from './validate';
import { ftsQuery } from './search';
import { CLASS_RANK_SQL } from '../db/classRank';

type ListQuery = z.output<typeof UmkmListQuery>;

const SORT_COLUMNS: Record<ListQuery['sort'], string> = {
  businessName: 'u.businessName',
  ownerName: 'u.ownerName',
  kecamatan: 'u.kecamatan',
  class: 'class_rank',
  annualSales: 'u.annualSales',
  registeredAt: 'u.registeredAt',
  updatedAt: 'u.updatedAt',
};

const LIST_COLUMNS: Array<keyof UmkmRow> = [
  'id', 'businessName', 'ownerName', 'nik', 'nib', 'kecamatan', 'kelurahan', 'sector', 'class', 'classBasis', 'annualSales', 'capital', 'status', 'registeredAt',
];

export class UmkmService {
  private readonly repo: Repository<UmkmRow>;

  constructor(private readonly ds: DataSource) {
    this.repo = ds.getRepository(UmkmEntity);
  }

  async get(id: number): Promise<Umkm> {
    return rowToUmkm(await this.findRow(id));
  }

  async create(input: unknown): Promise<Umkm> {
    const data = parseOrThrow(UmkmInput, input);
    const columns = dataToColumns(data);
    const now = new Date().toISOString();
    return this.ds.transaction(async (m) => {
      await this.assertUnique(columns, undefined, m.getRepository(UmkmEntity));
      const result = await m.getRepository(UmkmEntity).insert({ ...columns, createdAt: now, updatedAt: now, deletedAt: null });
      const id = Number(result.identifiers[0]?.id);
      return rowToUmkm(await m.getRepository(UmkmEntity).findOneByOrFail({ id }));
    });
  }

  /** Merges the changed fields over the stored record and checks the result as a whole. */
  async update(id: number, changes: Record<string, unknown>): Promise<Umkm> {
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(UmkmEntity);
      const existing = rowToUmkm(await this.findRow(id, repo));
      const data = parseOrThrow(UmkmInput, { ...umkmToInput(existing), ...changes });
      const columns = dataToColumns(data);
      await this.assertUnique(columns, id, repo);
      await repo.update({ id }, { ...columns, updatedAt: new Date().toISOString() });
      return rowToUmkm(await repo.findOneByOrFail({ id }));
    });
  }

  /** Soft delete: the row stays for the audit trail and the recycle bin. */
  async remove(id: number): Promise<{ id: number }> {
    await this.findRow(id);
    await this.repo.update({ id }, { deletedAt: new Date().toISOString() });
    return { id };
  }

  async list(rawQuery: unknown): Promise<Page<UmkmListItem>> {
    const q = parseOrThrow(UmkmListQuery, rawQuery ?? {});
    const qb = this.filtered(q);
    const total = await qb.clone().getCount();
    qb.select(LIST_COLUMNS.map((c) => `u.${c}`));
    if (q.sort === 'class') qb.addSelect(CLASS_RANK_SQL.replace('class', 'u.class'), 'class_rank');
    const dir = q.order === 'desc' ? 'DESC' : 'ASC';
    qb.orderBy(SORT_COLUMNS[q.sort], dir, dir === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST');
    if (q.sort !== 'businessName') qb.addOrderBy('u.businessName', 'ASC');
    qb.addOrderBy('u.id', 'ASC');
    const rows = await qb
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .getMany();
    return { items: rows.map((r) => rowToUmkm(r as UmkmRow)), total, page: q.page, pageSize: q.pageSize };
  }

  async countActive(): Promise<number> {
    return this.repo.count({ where: { deletedAt: IsNull() } });
  }

  private filtered(q: ListQuery): SelectQueryBuilder<UmkmRow> {
    const qb = this.repo.createQueryBuilder('u').where('u.deletedAt IS NULL');
    if (q.kecamatan) qb.andWhere('u.kecamatan = :kecamatan', { kecamatan: q.kecamatan });
    if (q.kelurahan) qb.andWhere('u.kelurahan = :kelurahan', { kelurahan: q.kelurahan });
    if (q.sector) qb.andWhere('u.sector = :sector', { sector: q.sector });
    if (q.class) qb.andWhere('u.class = :class', { class: q.class });
    if (q.status) qb.andWhere('u.status = :status', { status: q.status });
    const search = q.search?.trim();
    if (search) {
      const fts = ftsQuery(search);
      if (fts) {
        qb.andWhere('u.id IN (SELECT rowid FROM umkm_fts WHERE umkm_fts MATCH :fts)', { fts });
      } else {
        // Under three characters the trigram index cannot help; a scan of the short prefix is cheap.
        const like = `${search.replace(/[\\%_]/g, '\\$&')}%`;
        qb.andWhere(
          new Brackets((b) =>
            b
              .where(`u.businessName LIKE :like ESCAPE '\\'`, { like })
              .orWhere(`u.ownerName LIKE :like ESCAPE '\\'`)
              .orWhere(`u.nik LIKE :like ESCAPE '\\'`)
              .orWhere(`u.nib LIKE :like ESCAPE '\\'`),
          ),
        );
      }
    }
    return qb;
  }

  private async findRow(id: number, repo: Repository<UmkmRow> = this.repo): Promise<UmkmRow> {
    const row = await repo.findOneBy({ id, deletedAt: IsNull() });
    if (!row) throw new AppError('NOT_FOUND', fill(messages.errors.notFound, { entity: messages.entity.umkm, id }));
    return row;
  }

  /** NIK and NIB are unique among active UMKM; the message names the UMKM that holds it. */
  private async assertUnique(columns: Pick<UmkmRow, 'nik' | 'nib' | 'status'>, selfId: number | undefined, repo: Repository<UmkmRow>): Promise<void> {
    if (columns.status !== 'aktif') return;
    const others = { status: 'aktif' as const, deletedAt: IsNull(), ...(selfId ? { id: Not(selfId) } : {}) };
    const fields: Record<string, string> = {};
    const byNik = await repo.findOneBy({ ...others, nik: columns.nik });
    if (byNik) fields.nik = fill(messages.errors.duplicateNik, { name: byNik.businessName, id: byNik.id });
    if (columns.nib) {
      const byNib = await repo.findOneBy({ ...others, nib: columns.nib });
      if (byNib) fields.nib = fill(messages.errors.duplicateNib, { name: byNib.businessName, id: byNib.id });
    }
    const first = Object.values(fields)[0];
    if (first) throw new AppError('DUPLICATE', first, fields);
  }
}
