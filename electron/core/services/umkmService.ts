import { Brackets, IsNull, type DataSource, type Repository, type SelectQueryBuilder } from 'typeorm';
import { UmkmInput, UmkmListQuery, umkmToInput, type Page, type Umkm, type UmkmListItem } from '../../../shared/contract';
import type { z } from 'zod';
import { fill, messages } from '../../../shared/i18n';
import { UmkmEntity, type UmkmRow } from '../db/entities/umkm';
import { AppError } from '../errors';
import { dataToColumns, rowToUmkm, UMKM_COLUMN_NAMES, UMKM_INPUT_COLUMNS, UMKM_ROW_SELECT, type UmkmColumns } from './umkmMapper';
import { parseOrThrow } from './validate';
import { ftsQuery } from './search';
import { CLASS_RANK_SQL } from '../db/classRank';
import type { ProgressStore } from './progressStore';
import { nowIso, type Raw } from './sqlHelpers';

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

/** The figures the registry form shares with the UMKM's latest class record. */
const FIGURES = ['annualSales', 'capital', 'assets', 'employees', 'marketReach'] as const;

/**
 * The registry. Writes run as synchronous prepared statements in one better-sqlite3 transaction
 * with the class-record writes they cause (as the partnership services do), so a UMKM and its
 * records never disagree; the public methods stay async for their callers. Lists stay on TypeORM.
 */
export class UmkmService {
  private readonly repo: Repository<UmkmRow>;
  private readonly raw: Raw;

  constructor(
    ds: DataSource,
    private readonly store: ProgressStore,
  ) {
    this.repo = ds.getRepository(UmkmEntity);
    this.raw = store.raw;
  }

  async get(id: number): Promise<Umkm> {
    return rowToUmkm(this.findRow(id));
  }

  /**
   * Registers a UMKM with its first class record (its figures at registration) and the rows
   * derived from it, in one transaction with the uniqueness check.
   */
  async create(input: unknown): Promise<Umkm> {
    const data = parseOrThrow(UmkmInput, input);
    const columns = dataToColumns(data);
    const id = this.raw.transaction(() => {
      const now = nowIso();
      this.assertUnique(columns, undefined);
      const cols = UMKM_INPUT_COLUMNS.map((k) => UMKM_COLUMN_NAMES[k]);
      const r = this.store.stmt(`INSERT INTO umkm (${cols.join(', ')}, created_at, updated_at) VALUES (${cols.map(() => '?').join(', ')}, ?, ?)`)
        .run(...UMKM_INPUT_COLUMNS.map((k) => columns[k]), now, now);
      const newId = Number(r.lastInsertRowid);
      this.store.insert(
        newId,
        {
          date: columns.registeredAt,
          annualSales: columns.annualSales,
          capital: columns.capital,
          assets: columns.assets,
          employees: columns.employees,
          marketReach: columns.marketReach,
          certifications: [],
          channels: [],
          source: 'dokumen',
          notes: messages.progressText.registrationNote,
        },
        now,
      );
      this.store.recompute(newId, now);
      return newId;
    })();
    return rowToUmkm(this.findRow(id));
  }

  /**
   * Merges the changed fields over the stored record and checks the result as a whole. A change
   * of the figures corrects the UMKM's latest class record (the current data, not a new year),
   * so the class follows at once; all in one transaction.
   */
  async update(id: number, changes: Record<string, unknown>): Promise<Umkm> {
    this.raw.transaction(() => {
      const existing = rowToUmkm(this.findRow(id));
      const data = parseOrThrow(UmkmInput, { ...umkmToInput(existing), ...changes });
      const columns = dataToColumns(data);
      this.assertUnique(columns, id);
      const now = nowIso();
      this.store.stmt(`UPDATE umkm SET ${UMKM_INPUT_COLUMNS.map((k) => `${UMKM_COLUMN_NAMES[k]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`)
        .run(...UMKM_INPUT_COLUMNS.map((k) => columns[k]), now, id);
      const figuresChanged = FIGURES.some((k) => (existing[k] ?? null) !== (columns[k] ?? null));
      if (!figuresChanged) return;
      const latest = this.store.latestRecordId(id);
      if (latest === undefined) return; // No record left: the UMKM keeps its own figures and their class.
      this.store.correctFigures(latest, pickFigures(columns), now);
      this.store.recompute(id, now);
    })();
    return rowToUmkm(this.findRow(id));
  }

  /** Soft delete: the row stays for the audit trail and the recycle bin. */
  async remove(id: number): Promise<{ id: number }> {
    this.raw.transaction(() => {
      this.findRow(id);
      const now = nowIso();
      this.store.stmt(`UPDATE umkm SET deleted_at = ? WHERE id = ?`).run(now, id);
    })();
    return { id };
  }

  async list(rawQuery: unknown): Promise<Page<UmkmListItem>> {
    const q = parseOrThrow(UmkmListQuery, rawQuery ?? {});
    const qb = this.filtered(q);
    const total = await qb.clone().getCount();
    const rows = await this.ordered(qb, q, LIST_COLUMNS.map((c) => `u.${c}`))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .getMany();
    return { items: rows.map((r) => rowToUmkm(r as UmkmRow)), total, page: q.page, pageSize: q.pageSize };
  }

  /**
   * The whole list as filtered and sorted on screen (page and pageSize ignored), `chunk` full
   * records at a time, for exports: only one chunk is ever held.
   */
  async *iterate(rawQuery: unknown, chunk = 1000): AsyncGenerator<Umkm[]> {
    const q = parseOrThrow(UmkmListQuery, rawQuery ?? {});
    const ids = this.ordered(this.filtered(q), q, ['u.id']);
    const rowsOf = this.store.stmt(`SELECT ${UMKM_ROW_SELECT} FROM json_each(?) j JOIN umkm u ON u.id = j.value ORDER BY j.key`);
    for (let offset = 0; ; offset += chunk) {
      const page = (await ids.clone().limit(chunk).offset(offset).getRawMany()) as Array<{ u_id: number }>;
      if (page.length === 0) return;
      yield (rowsOf.all(JSON.stringify(page.map((r) => r.u_id))) as UmkmRow[]).map(rowToUmkm);
      if (page.length < chunk) return;
    }
  }

  async countActive(): Promise<number> {
    return this.repo.count({ where: { deletedAt: IsNull() } });
  }

  /** The list's order: the chosen column, then the name, then the id (stable across pages). */
  private ordered(qb: SelectQueryBuilder<UmkmRow>, q: ListQuery, columns: string[]): SelectQueryBuilder<UmkmRow> {
    qb.select(columns);
    if (q.sort === 'class') qb.addSelect(CLASS_RANK_SQL.replace('class', 'u.class'), 'class_rank');
    const dir = q.order === 'desc' ? 'DESC' : 'ASC';
    qb.orderBy(SORT_COLUMNS[q.sort], dir, dir === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST');
    if (q.sort !== 'businessName') qb.addOrderBy('u.businessName', 'ASC');
    qb.addOrderBy('u.id', 'ASC');
    return qb;
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

  private findRow(id: number): UmkmRow {
    const row = this.store.stmt(`SELECT ${UMKM_ROW_SELECT} FROM umkm u WHERE u.id = ? AND u.deleted_at IS NULL`).get(id) as UmkmRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', fill(messages.errors.notFound, { entity: messages.entity.umkm, id }));
    return row;
  }

  /** NIK and NIB are unique among active UMKM; the message names the UMKM that holds it. */
  private assertUnique(columns: Pick<UmkmRow, 'nik' | 'nib' | 'status'>, selfId: number | undefined): void {
    if (columns.status !== 'aktif') return;
    const holder = (column: 'nik' | 'nib', value: string) =>
      this.store.stmt(`SELECT id, business_name AS name FROM umkm WHERE ${column} = ? AND status = 'aktif' AND deleted_at IS NULL AND id <> ? ORDER BY id LIMIT 1`)
        .get(value, selfId ?? 0) as { id: number; name: string } | undefined;
    const fields: Record<string, string> = {};
    const byNik = holder('nik', columns.nik);
    if (byNik) fields.nik = fill(messages.errors.duplicateNik, { name: byNik.name, id: byNik.id });
    if (columns.nib) {
      const byNib = holder('nib', columns.nib);
      if (byNib) fields.nib = fill(messages.errors.duplicateNib, { name: byNib.name, id: byNib.id });
    }
    const first = Object.values(fields)[0];
    if (first) throw new AppError('DUPLICATE', first, fields);
  }
}

function pickFigures(c: UmkmColumns): Pick<UmkmColumns, (typeof FIGURES)[number]> {
  return { annualSales: c.annualSales, capital: c.capital, assets: c.assets, employees: c.employees, marketReach: c.marketReach };
}
