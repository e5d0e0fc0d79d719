import { IsNull, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { z } from 'zod';
import type { Bantuan, BantuanChanges, BantuanCheck, BantuanCheckInput, BantuanData, BantuanListQuery, BantuanPage, BantuanTotal } from '../../../../shared/contract';
import { FUND_SOURCES, type FundSource } from '../../../../shared/domain/funding';
import { bantuanWarnings, repeatsOf, unconfirmed, type BantuanWarningCode } from '../../../../shared/domain/bantuan';
import { kecamatanName } from '../../../../shared/domain/regions';
import { fill, messages } from '../../../../shared/i18n';
import { BantuanEntity, UmkmEntity, type BantuanRow } from '../../db/entities';
import type { UmkmRow } from '../../db/entities/umkm';
import { AppError } from '../../errors';
import type { Edits } from '../edits';
import { asColumns, chunksOf, findLive, fromColumns, joinTarget, liveRow } from '../partnershipQueries';
import { fieldsError, likeSubstring, nowIso } from '../queryHelpers';
import type { BantuanSettingsStore } from './bantuanSettings';

type ListQuery = z.output<typeof BantuanListQuery>;
/** The list's filters without its paging: an export takes the whole list. */
export type BantuanFilter = Partial<Omit<ListQuery, 'page' | 'pageSize'>>;
type CheckQuery = z.output<typeof BantuanCheckInput>;
type Umkm = Pick<UmkmRow, 'id' | 'businessName' | 'ownerName' | 'kecamatan' | 'class' | 'status'>;

const LABEL = messages.auditEntities.bantuan;
const w = messages.bantuanWarning;

export function rowToBantuan(row: BantuanRow, u: Pick<Umkm, 'businessName' | 'ownerName' | 'kecamatan'>): Bantuan {
  const { deletedAt: _d, ...rest } = row;
  return { ...rest, umkmName: u.businessName, umkmOwner: u.ownerName, kecamatan: u.kecamatan, kecamatanName: kecamatanName(u.kecamatan) };
}

/** "bantuan berulang, bukan UMKM": the warnings as a clerk reads them in one line. */
export const warningsLine = (codes: readonly BantuanWarningCode[]) => codes.map((c) => w.short[c]).join(', ');

/**
 * Assistance handed to UMKM. A save that finds a warning the clerk has not confirmed (the same
 * kind from the same source within the admin's period, a business that is not a UMKM, an inactive
 * one) writes nothing and answers NEEDS_CONFIRMATION; confirmed, the warnings are stored on the
 * record (and so in the audit trail's line for the save).
 */
export class BantuanService {
  constructor(
    private readonly em: EntityManager,
    private readonly edits: Edits,
    private readonly settings: BantuanSettingsStore,
  ) {}

  async get(id: number): Promise<Bantuan> {
    const row = await findLive(this.em, BantuanEntity, id, LABEL);
    const u = await this.em.findOneByOrFail(UmkmEntity, { id: row.umkmId });
    return rowToBantuan(row, u);
  }

  async list(q: ListQuery): Promise<BantuanPage> {
    const filtered = this.filtered(q);
    const total = await filtered.getCount();
    const items = await this.load(this.ordered(filtered.clone()).limit(q.pageSize).offset((q.page - 1) * q.pageSize));
    const totals = await this.totals(filtered.clone());
    return {
      items,
      total,
      page: q.page,
      pageSize: q.pageSize,
      totals,
      totalValue: totals.reduce((s, t) => s + t.value, 0),
      ...(await this.choices()),
    };
  }

  /** The whole list as filtered on screen (paging ignored), `chunk` rows at a time. */
  iterate(q: BantuanFilter, chunk = 1000): AsyncGenerator<Bantuan[]> {
    return chunksOf(this.ordered(this.filtered(q)), chunk, (page) => this.load(page));
  }

  /** Per source of funds over the filtered list, every source named (those with none as zero). */
  async totals(qb: SelectQueryBuilder<BantuanRow>): Promise<BantuanTotal[]> {
    const rows = await qb
      .select('b.fundSource', 'fundSource')
      .addSelect('COUNT(*)', 'n')
      .addSelect('COALESCE(SUM(b.value), 0)', 'value')
      .addSelect('SUM(CASE WHEN b.value IS NULL THEN 1 ELSE 0 END)', 'unknown')
      .groupBy('b.fundSource')
      .orderBy()
      .getRawMany<{ fundSource: FundSource; n: string | number; value: string | number; unknown: string | number }>();
    const by = new Map(rows.map((r) => [r.fundSource, r]));
    // PostgreSQL hands COUNT and SUM back as text.
    return FUND_SOURCES.map((s) => ({ fundSource: s, count: Number(by.get(s)?.n ?? 0), value: Number(by.get(s)?.value ?? 0), unknown: Number(by.get(s)?.unknown ?? 0) }));
  }

  /** The warnings a save of this assistance would need confirmed, with the earlier ones it repeats. */
  async check(q: CheckQuery): Promise<BantuanCheck> {
    const u = await this.umkm(q.umkmId);
    const months = (await this.settings.get()).repeatMonths;
    const year = q.year ?? (q.handedAt ? Number(q.handedAt.slice(0, 4)) : new Date().getFullYear());
    const earlier = await this.em.find(BantuanEntity, {
      where: { umkmId: q.umkmId, kind: q.kind, fundSource: q.fundSource, deletedAt: IsNull() },
    });
    const repeats = repeatsOf({ kind: q.kind, fundSource: q.fundSource, handedAt: q.handedAt ?? null, year, id: q.excludeId }, earlier, months);
    return {
      warnings: bantuanWarnings(u, repeats.length),
      repeats: repeats.map((r) => ({ id: r.id, item: r.item, year: r.year, handedAt: r.handedAt, value: r.value, handoverNumber: r.handoverNumber })),
      repeatMonths: months,
      umkmName: u.businessName,
    };
  }

  async create(data: BantuanData, confirm: readonly BantuanWarningCode[]): Promise<Bantuan> {
    const found = await this.warningsFor(data, undefined);
    this.requireConfirmed(found, confirm);
    const now = nowIso();
    const { identifiers } = await this.em.insert(BantuanEntity, { ...asColumns(data), confirmedWarnings: found, createdAt: now, ...this.edits.stamp(now) });
    return this.get(Number(identifiers[0]!.id));
  }

  /**
   * Merges the changes over the stored assistance and checks it as a whole; on the `version` the
   * clerk's form opened, when given. Warnings confirmed at an earlier save need not be confirmed again.
   */
  async update(id: number, changes: BantuanChanges, version: number | undefined, confirm: readonly BantuanWarningCode[]): Promise<Bantuan> {
    const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, version: _v, updatedBy: _b, confirmedWarnings, ...stored } = await this.edits.live(BantuanEntity, id, version, LABEL);
    const data = { ...fromColumns(stored), ...changes } as BantuanData;
    if (data.handedAt && Number(data.handedAt.slice(0, 4)) !== data.year) throw fieldsError({ year: messages.bantuanValidation.yearMismatch });
    const found = await this.warningsFor(data, id);
    this.requireConfirmed(found, [...confirm, ...confirmedWarnings]);
    await this.edits.write(BantuanEntity, id, { ...asColumns(data), confirmedWarnings: found }, version, LABEL, nowIso());
    return this.get(id);
  }

  async remove(id: number, version?: number): Promise<{ id: number }> {
    await this.edits.live(BantuanEntity, id, version, LABEL);
    const now = nowIso();
    await this.edits.write(BantuanEntity, id, { deletedAt: now }, version, LABEL, now);
    return { id };
  }

  private async warningsFor(data: BantuanData, excludeId: number | undefined): Promise<BantuanWarningCode[]> {
    const c = await this.check({ umkmId: data.umkmId, kind: data.kind, fundSource: data.fundSource, year: data.year, handedAt: data.handedAt, excludeId });
    return c.warnings;
  }

  private requireConfirmed(found: readonly BantuanWarningCode[], confirmed: readonly BantuanWarningCode[]): void {
    const missing = unconfirmed(found, confirmed);
    if (missing.length) throw new AppError('NEEDS_CONFIRMATION', fill(messages.bantuanValidation.needsConfirmation, { warnings: warningsLine(missing) }), { confirm: warningsLine(missing) });
  }

  /** The live UMKM an assistance is for, or a refusal at its field. */
  private async umkm(id: number): Promise<Umkm> {
    const u = await liveRow(this.em, UmkmEntity, id);
    if (!u) throw fieldsError({ umkmId: fill(messages.bantuanValidation.umkmNotFound, { id }) }, 'NOT_FOUND');
    return u;
  }

  /** The list's filters, shared by the page, its totals and the export (b: bantuan, u: its UMKM). */
  private filtered(q: BantuanFilter): SelectQueryBuilder<BantuanRow> {
    const qb = this.em.createQueryBuilder(BantuanEntity, 'b').innerJoin(joinTarget(UmkmEntity), 'u', 'u.id = b.umkmId AND u.deletedAt IS NULL').where('b.deletedAt IS NULL');
    if (q.umkmId !== undefined) qb.andWhere('b.umkmId = :umkmId', { umkmId: q.umkmId });
    if (q.kind) qb.andWhere('b.kind = :kind', { kind: q.kind });
    if (q.fundSource) qb.andWhere('b.fundSource = :fundSource', { fundSource: q.fundSource });
    if (q.year !== undefined) qb.andWhere('b.year = :year', { year: q.year });
    if (q.kecamatan) qb.andWhere('u.kecamatan = :kecamatan', { kecamatan: q.kecamatan });
    if (q.programme) qb.andWhere('b.programme = :programme', { programme: q.programme });
    if (q.search) {
      // LOWER on both sides: SQLite's LIKE ignores ASCII case, PostgreSQL's does not.
      qb.andWhere(
        `(LOWER(b.item) LIKE LOWER(:like) ESCAPE '\\' OR LOWER(COALESCE(b.handoverNumber, '')) LIKE LOWER(:like) ESCAPE '\\' OR LOWER(u.businessName) LIKE LOWER(:like) ESCAPE '\\')`,
        { like: likeSubstring(q.search) },
      );
    }
    return qb;
  }

  /** Newest first: by year, then the handover day (those not yet handed over first in their year), then id. */
  private ordered(qb: SelectQueryBuilder<BantuanRow>): SelectQueryBuilder<BantuanRow> {
    return qb.orderBy('b.year', 'DESC').addOrderBy(`COALESCE(b.handedAt, '9999')`, 'DESC').addOrderBy('b.id', 'DESC');
  }

  /** The page's rows with their UMKM's name and kecamatan (one query for the page's UMKM). */
  private async load(qb: SelectQueryBuilder<BantuanRow>): Promise<Bantuan[]> {
    const rows = await qb.getMany();
    if (rows.length === 0) return [];
    const ids = [...new Set(rows.map((r) => r.umkmId))];
    const umkm = await this.em
      .createQueryBuilder(UmkmEntity, 'u')
      .select(['u.id', 'u.businessName', 'u.ownerName', 'u.kecamatan'])
      .where('u.id IN (:...ids)', { ids })
      .getMany();
    const by = new Map(umkm.map((u) => [u.id, u]));
    return rows.map((r) => rowToBantuan(r, by.get(r.umkmId)!));
  }

  /** The programmes and years on record (live), for the page's filters. */
  private async choices(): Promise<{ programmes: string[]; years: number[] }> {
    const programmes = await this.em
      .createQueryBuilder(BantuanEntity, 'b')
      .select('b.programme', 'programme')
      .distinct(true)
      .where('b.deletedAt IS NULL AND b.programme IS NOT NULL')
      .orderBy('b.programme')
      .limit(500)
      .getRawMany<{ programme: string }>();
    const years = await this.em
      .createQueryBuilder(BantuanEntity, 'b')
      .select('b.year', 'year')
      .distinct(true)
      .where('b.deletedAt IS NULL')
      .orderBy('b.year', 'DESC')
      .getRawMany<{ year: number | string }>();
    return { programmes: programmes.map((p) => p.programme), years: years.map((y) => Number(y.year)) };
  }
}
