import { In, type SelectQueryBuilder } from 'typeorm';
import type { z } from 'zod';
import type { MonevDueItem, MonevDuePage, MonevDueQuery, MonevListQuery, MonevProduct, MonevVisit, MonevVisitChanges, MonevVisitData, Page } from '../../../../shared/contract';
import { visitIssues } from '../../../../shared/contract/monev';
import { addDays, addMonths, daysBetween, DUE_WINDOW_DAYS, nextReviewDate, REVIEW_MONTHS, type ReviewMonths } from '../../../../shared/domain/monev';
import { formatDate, todayIso } from '../../../../shared/format/date';
import { fill, messages } from '../../../../shared/i18n';
import type { Tx } from '../../db/database';
import { KemitraanEntity, KomunitasEntity, MitraEntity, MonevKunjunganEntity, MonevProdukEntity, UmkmEntity, type KemitraanRow, type MonevKunjunganRow } from '../../db/entities';
import type { Edits } from '../edits';
import { chunksOf, insertRows, joinTarget, pageOf } from '../partnershipQueries';
import { fieldsError, notFoundError, nowIso, throwIfAny } from '../queryHelpers';

const v = messages.monevValidation;
const LABEL = messages.monevEntity.visit;

type ListQuery = z.output<typeof MonevListQuery>;
type DueQuery = z.output<typeof MonevDueQuery>;
export type MonevFilter = Partial<Omit<ListQuery, 'page' | 'pageSize'>>;

/** What a visit shows beside its own row. */
interface Names {
  v_id: number;
  kemitraanNumber: string;
  partnerName: string;
  partyName: string | null;
}

/** The due list's expressions over agreement `k` (portable SQL: COALESCE, CASE, SUBSTR, CAST). */
function dueTerms(qb: SelectQueryBuilder<KemitraanRow>) {
  /** The last live visit of the agreement, or null. */
  const last = qb.subQuery().select('MAX(lv.date)').from(MonevKunjunganEntity, 'lv').where('lv.kemitraanId = k.id').andWhere('lv.deletedAt IS NULL').getQuery();
  /** The day a review counts from: the last visit, else the day the agreement began to run (the later of its start and its signing). */
  const base = `COALESCE(${last}, CASE WHEN k.signedAt > k.startDate THEN k.signedAt ELSE k.startDate END)`;
  return {
    last,
    base,
    /** The review day's order: the month it falls in (year × 12 + month + cadence), then its day. */
    month: `(CAST(SUBSTR(${base}, 1, 4) AS integer) * 12 + CAST(SUBSTR(${base}, 6, 2) AS integer) + k.reviewMonths)`,
    day: `SUBSTR(${base}, 9, 2)`,
  };
}

/**
 * The latest base day whose review (base + `months`) falls on or before `last`: a base is due
 * exactly when it is on or before this day (addMonths never decreases, so one comparison decides).
 */
export function dueCutoff(last: string, months: number): string {
  let day = addMonths(last, -months);
  while (addMonths(addDays(day, 1), months) <= last) day = addDays(day, 1);
  return day;
}

/**
 * Monitoring visits of partnerships and the list of reviews due. A visit belongs to one agreement;
 * its products are replaced as a whole when a form saves them.
 */
/** One visit: an agreement's, on one day, by one officer, one way (the officer's name in any capitals). */
export const visitKey = (d: { kemitraanId: number; date: string; officer: string; method: string }): string =>
  `${d.kemitraanId}|${d.date}|${d.officer.trim().toLocaleLowerCase('id')}|${d.method}`;

export class MonevService {
  constructor(
    private readonly tx: Tx,
    private readonly edits: Edits,
  ) {}

  private get em() {
    return this.tx.em;
  }

  async get(id: number): Promise<MonevVisit> {
    const [found] = await this.load(this.joined().where('v.id = :id', { id }).andWhere('v.deletedAt IS NULL'));
    if (!found) throw notFoundError(LABEL, id);
    return found;
  }

  list(q: ListQuery): Promise<Page<MonevVisit>> {
    return pageOf(this.filtered(q), q, (page) => this.load(page));
  }

  /** The whole list as filtered (paging ignored), `chunk` visits at a time: the export. */
  iterate(q: MonevFilter, chunk = 500): AsyncGenerator<MonevVisit[]> {
    return chunksOf(this.filtered(q), chunk, (page) => this.load(page));
  }

  async create(data: MonevVisitData): Promise<MonevVisit> {
    const [id] = await this.insertMany([data]);
    return this.get(id!);
  }

  /** Merges the changes over the stored visit; products, when given, replace the old ones. */
  async update(id: number, changes: z.output<typeof MonevVisitChanges>, version?: number): Promise<MonevVisit> {
    const row = await this.edits.live(MonevKunjunganEntity, id, version, LABEL);
    const stored = await this.get(id);
    const products = changes.products ?? stored.products.map(({ id: _id, ...p }) => ({ ...p, outlet: p.outlet ?? undefined, since: p.since ?? undefined, price: p.price ?? undefined, feedback: p.feedback ?? undefined }));
    const date = changes.date ?? row.date;
    throwIfAny(Object.fromEntries(visitIssues({ date, products }).map((i) => [i.path, i.message])));
    if (changes.date !== undefined) this.checkDate(await this.agreement(row.kemitraanId), date);
    const set: Partial<MonevKunjunganRow> = {};
    if (changes.date !== undefined) set.date = changes.date;
    if (changes.officer !== undefined) set.officer = changes.officer;
    if (changes.method !== undefined) set.method = changes.method;
    if ('nextStep' in changes) set.nextStep = changes.nextStep ?? null;
    if ('notes' in changes) set.notes = changes.notes ?? null;
    await this.edits.write(MonevKunjunganEntity, id, set, version, LABEL, nowIso());
    if (changes.products) {
      await this.em.delete(MonevProdukEntity, { kunjunganId: id });
      await this.insertProducts(changes.products.map((p) => ({ ...p, kunjunganId: id })));
    }
    return this.get(id);
  }

  /** Soft delete: the visit leaves every list and the agreement's review counts from the one before. */
  async remove(id: number, version?: number): Promise<{ id: number }> {
    const now = nowIso();
    await this.edits.write(MonevKunjunganEntity, id, { deletedAt: now }, version, LABEL, now);
    return { id };
  }

  /**
   * New visits after the checks (the agreement live and active, the day within its run), in one
   * multi-row write each for visits and products: an import's rows or the demo's. Their ids, in order.
   */
  async insertMany(visits: readonly MonevVisitData[], opts: { anyStatus?: boolean; joinSameVisit?: boolean } = {}): Promise<number[]> {
    const agreements = new Map<number, KemitraanRow>();
    for (const data of visits) {
      const k = agreements.get(data.kemitraanId) ?? (await this.agreement(data.kemitraanId));
      agreements.set(k.id, k);
      if (!opts.anyStatus && k.status !== 'aktif') {
        throw fieldsError({ kemitraanId: fill(v.notActive, { number: k.number, status: messages.kemitraanEnums.status[k.status] }) }, 'CONFLICT');
      }
      this.checkDate(k, data.date);
    }
    // An import writes in batches: the rows of one visit split across two batches stay one visit,
    // the later rows' products joining the visit the earlier batch wrote.
    const earlier = opts.joinSameVisit ? await this.storedVisits(visits) : new Map<string, number>();
    const fresh = visits.filter((d) => !earlier.has(visitKey(d)));
    const now = nowIso();
    const freshIds = await this.tx.sql.bulk.insert(
      this.em,
      MonevKunjunganEntity,
      fresh.map((d) => ({
        kemitraanId: d.kemitraanId,
        date: d.date,
        officer: d.officer,
        method: d.method,
        nextStep: d.nextStep ?? null,
        notes: d.notes ?? null,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
        version: 1,
        updatedBy: this.edits.by,
      })),
    );
    fresh.forEach((d, i) => earlier.set(visitKey(d), freshIds[i]!));
    const ids = visits.map((d) => earlier.get(visitKey(d))!);
    await this.insertProducts(visits.flatMap((d, i) => d.products.map((p) => ({ ...p, kunjunganId: ids[i]! }))));
    return ids;
  }

  /** The stored visits with the agreement, day, officer and method of these, by visitKey. */
  private async storedVisits(visits: readonly MonevVisitData[]): Promise<Map<string, number>> {
    if (visits.length === 0) return new Map();
    const rows = await this.em
      .createQueryBuilder(MonevKunjunganEntity, 'v')
      .where('v.deletedAt IS NULL')
      .andWhere('v.kemitraanId IN (:...ids)', { ids: [...new Set(visits.map((d) => d.kemitraanId))] })
      .andWhere('v.date IN (:...dates)', { dates: [...new Set(visits.map((d) => d.date))] })
      .getMany();
    return new Map(rows.map((r) => [visitKey(r), r.id]));
  }

  /**
   * Active agreements with a cadence whose review (last visit, else signing or start day, plus the
   * cadence) is past or within DUE_WINDOW_DAYS, the longest overdue first.
   */
  async due(q: DueQuery, today = todayIso()): Promise<MonevDuePage> {
    const within = (last: string) => {
      const qb = this.partyJoined(this.em.createQueryBuilder(KemitraanEntity, 'k'));
      const { base } = dueTerms(qb);
      qb.where('k.deletedAt IS NULL')
        .andWhere('k.status = :aktif', { aktif: 'aktif' })
        .andWhere(`(${REVIEW_MONTHS.map((m) => `(k.reviewMonths = ${m} AND ${base} <= :cut${m})`).join(' OR ')})`, Object.fromEntries(REVIEW_MONTHS.map((m) => [`cut${m}`, dueCutoff(last, m)])));
      if (q.mitraId !== undefined) qb.andWhere('k.mitraId = :mitraId', { mitraId: q.mitraId });
      if (q.kecamatan) qb.andWhere('COALESCE(u.kecamatan, c.kecamatan) = :kecamatan', { kecamatan: q.kecamatan });
      return qb;
    };
    const yesterday = addDays(today, -1);
    const list = within(q.overdueOnly ? yesterday : addDays(today, DUE_WINDOW_DAYS));
    const total = await list.getCount();
    const overdue = await within(yesterday).getCount();
    const terms = dueTerms(list);
    const rows = await list
      .select('k.id', 'id')
      .addSelect('k.number', 'number')
      .addSelect('k.mitraId', 'mitraId')
      .addSelect('k.umkmId', 'umkmId')
      .addSelect('k.komunitasId', 'komunitasId')
      .addSelect('k.signedAt', 'signedAt')
      .addSelect('k.startDate', 'startDate')
      .addSelect('k.reviewMonths', 'reviewMonths')
      .addSelect('m.name', 'partnerName')
      .addSelect('COALESCE(u.businessName, c.name)', 'partyName')
      .addSelect('COALESCE(u.kecamatan, c.kecamatan)', 'kecamatan')
      .addSelect(terms.last, 'lastVisit')
      .addSelect(terms.month, 'due_month')
      .addSelect(terms.day, 'due_day')
      .orderBy('due_month', 'ASC')
      .addOrderBy('due_day', 'ASC')
      .addOrderBy('k.id', 'ASC')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .getRawMany<Record<string, string | number | null>>();
    const items: MonevDueItem[] = rows.map((r) => {
      const lastVisit = r.lastVisit === null ? null : String(r.lastVisit);
      const months = Number(r.reviewMonths);
      const nextReview = nextReviewDate({ reviewMonths: months, lastVisit, signedAt: r.signedAt === null ? null : String(r.signedAt), startDate: String(r.startDate) })!;
      return {
        kemitraanId: Number(r.id),
        number: String(r.number),
        mitraId: Number(r.mitraId),
        partnerName: String(r.partnerName),
        umkmId: r.umkmId === null ? null : Number(r.umkmId),
        komunitasId: r.komunitasId === null ? null : Number(r.komunitasId),
        partyName: r.partyName === null ? null : String(r.partyName),
        kecamatan: r.kecamatan === null ? null : String(r.kecamatan),
        reviewMonths: months as ReviewMonths,
        lastVisit,
        nextReview,
        daysLate: daysBetween(nextReview, today),
      };
    });
    return { items, total, page: q.page, pageSize: q.pageSize, overdue };
  }

  private async agreement(id: number): Promise<KemitraanRow> {
    const k = await this.em.findOne(KemitraanEntity, { where: { id } });
    if (!k || k.deletedAt !== null) throw fieldsError({ kemitraanId: fill(messages.errors.notFound, { entity: messages.kemitraanEntity.kemitraan, id }) }, 'NOT_FOUND');
    return k;
  }

  /** A visit falls within the agreement's run: not before its start, not after today. */
  private checkDate(k: KemitraanRow, date: string): void {
    if (date > todayIso()) throw fieldsError({ date: v.dateInFuture });
    if (date < k.startDate) throw fieldsError({ date: fill(v.dateBeforeStart, { start: formatDate(k.startDate) }) });
  }

  private insertProducts(rows: Array<MonevVisitData['products'][number] & { kunjunganId: number }>): Promise<void> {
    return insertRows(
      this.em,
      MonevProdukEntity,
      rows.map((p) => ({
        kunjunganId: p.kunjunganId,
        product: p.product,
        outlet: p.outlet ?? null,
        since: p.since ?? null,
        price: p.price ?? null,
        sales: p.sales,
        stockOut: p.stockOut,
        feedback: p.feedback ?? null,
      })),
    );
  }

  private partyJoined<T extends KemitraanRow | MonevKunjunganRow>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    return qb
      .innerJoin(joinTarget(MitraEntity), 'm', 'm.id = k.mitraId')
      .leftJoin(joinTarget(UmkmEntity), 'u', 'u.id = k.umkmId')
      .leftJoin(joinTarget(KomunitasEntity), 'c', 'c.id = k.komunitasId');
  }

  /** Visits with their agreement's number and parties (aliases v, k, m, u, c). */
  private joined(): SelectQueryBuilder<MonevKunjunganRow> {
    return this.partyJoined(this.em.createQueryBuilder(MonevKunjunganEntity, 'v').innerJoin(joinTarget(KemitraanEntity), 'k', 'k.id = v.kemitraanId'))
      .addSelect('k.number', 'kemitraanNumber')
      .addSelect('m.name', 'partnerName')
      .addSelect('COALESCE(u.businessName, c.name)', 'partyName');
  }

  private filtered(q: MonevFilter): SelectQueryBuilder<MonevKunjunganRow> {
    const qb = this.joined().where('v.deletedAt IS NULL').andWhere('k.deletedAt IS NULL');
    if (q.kemitraanId !== undefined) qb.andWhere('v.kemitraanId = :kemitraanId', { kemitraanId: q.kemitraanId });
    if (q.mitraId !== undefined) qb.andWhere('k.mitraId = :mitraId', { mitraId: q.mitraId });
    if (q.from) qb.andWhere('v.date >= :from', { from: q.from });
    if (q.to) qb.andWhere('v.date <= :to', { to: q.to });
    return qb.orderBy('v.date', 'DESC').addOrderBy('v.id', 'DESC');
  }

  private async load(qb: SelectQueryBuilder<MonevKunjunganRow>): Promise<MonevVisit[]> {
    const { entities, raw } = await qb.getRawAndEntities<Names>();
    if (entities.length === 0) return [];
    const names = new Map(raw.map((r) => [Number(r.v_id), r]));
    const products = new Map<number, MonevProduct[]>();
    const rows = await this.em.find(MonevProdukEntity, { where: { kunjunganId: In(entities.map((r) => r.id)) }, order: { id: 'ASC' } });
    for (const { kunjunganId, ...p } of rows) products.set(kunjunganId, [...(products.get(kunjunganId) ?? []), p]);
    return entities.map((r) => {
      const n = names.get(r.id)!;
      return {
        id: r.id,
        kemitraanId: r.kemitraanId,
        kemitraanNumber: n.kemitraanNumber,
        partnerName: n.partnerName,
        partyName: n.partyName,
        date: r.date,
        officer: r.officer,
        method: r.method,
        nextStep: r.nextStep,
        notes: r.notes,
        products: products.get(r.id) ?? [],
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
        version: r.version,
        updatedBy: r.updatedBy,
      };
    });
  }
}
