import { In, IsNull, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { z } from 'zod';
import {
  agreementIssues,
  type Kemitraan,
  type KemitraanChanges,
  type KemitraanData,
  type KemitraanListQuery,
  type KemitraanStatusInput,
  type Page,
  type ProposeInput,
  type Support,
} from '../../../shared/contract';
import { canTransition, DEFAULT_PATTERN, isDueForReview, type KemitraanStatus, type SupportKind } from '../../../shared/domain/partnership';
import { asksOutcome, DEFAULT_REVIEW_MONTHS, outcomesFor } from '../../../shared/domain/monev';
import { formatDate, todayIso } from '../../../shared/format/date';
import { fill, messages } from '../../../shared/i18n';
import { DukunganEntity, KegiatanEntity, KemitraanEntity, KomunitasEntity, MitraEntity, UmkmEntity, type DukunganRow, type KemitraanRow } from '../db/entities';
import type { MitraService } from './mitraService';
import type { Edits } from './edits';
import { asColumns, chunksOf, fromColumns, insertRows, joinTarget, liveRow, OPEN_STATUSES, pageOf } from './partnershipQueries';
import { fieldsError, notFoundError, nowIso, throwIfAny } from './queryHelpers';

const k = messages.kemitraanValidation;
const statusLabel = (s: KemitraanStatus) => messages.kemitraanEnums.status[s];
const LABEL = messages.kemitraanEntity.kemitraan;

type ListQuery = z.output<typeof KemitraanListQuery>;
/** The list's filters without its paging: an export or the report takes the whole list. */
export type KemitraanFilter = Partial<Omit<ListQuery, 'page' | 'pageSize'>>;

/** What an agreement shows beside its own row: the names of its parties and meeting. */
interface Names {
  k_id: number;
  partnerName: string;
  umkmName: string | null;
  komunitasName: string | null;
  partyKecamatan: string | null;
  eventName: string | null;
}

const NUMBER_PATTERN = /^KMT\/(\d{4})\/(\d+)$/;

/** An agreement's columns for its input (the status and the number are set apart). */
function columnsOf(data: KemitraanData) {
  const { supports: _supports, number: _number, ...same } = data;
  return asColumns(same);
}

/** A stored agreement as input, to merge an update's changes over. */
function dataOf(row: KemitraanRow, supports: DukunganRow[]): KemitraanData {
  const { id: _id, status: _status, finishedAt: _f, outcome: _o, outcomeNotes: _on, createdAt: _c, updatedAt: _u, deletedAt: _d, version: _v, updatedBy: _b, ...same } = fromColumns(row);
  return { ...same, supports: supports.map(({ kind, description, value }) => fromColumns({ kind, description, value })) };
}

export class KemitraanService {
  constructor(
    private readonly em: EntityManager,
    private readonly mitra: MitraService,
    private readonly edits: Edits,
  ) {}

  async get(id: number): Promise<Kemitraan> {
    const [found] = await this.load(this.joined().where('k.id = :id', { id }).andWhere('k.deletedAt IS NULL'));
    if (!found) throw notFoundError(LABEL, id);
    return found;
  }

  list(q: ListQuery): Promise<Page<Kemitraan>> {
    const today = todayIso();
    return pageOf(this.filtered(q, today), q, (page) => this.load(page, today));
  }

  /** The whole list as filtered on screen (paging ignored), `chunk` agreements at a time with their supports. */
  iterate(q: KemitraanFilter, chunk = 1000): AsyncGenerator<Kemitraan[]> {
    const today = todayIso();
    return chunksOf(this.filtered(q, today), chunk, (page) => this.load(page, today));
  }

  /** A new agreement, always as diusulkan; it moves on only through setStatus. */
  async create(data: KemitraanData): Promise<Kemitraan> {
    return this.get(await this.insert(data));
  }

  /**
   * Merges the changed fields over the stored agreement and checks the whole-record rules once;
   * supports, when given, replace the old ones. The status changes only through setStatus. On the
   * `version` the clerk's form opened, when given (Edits: refused once changed since).
   */
  async update(id: number, changes: KemitraanChanges, version?: number): Promise<Kemitraan> {
    const row = await this.edits.live(KemitraanEntity, id, version, LABEL);
    const stored = dataOf(row, await this.em.find(DukunganEntity, { where: { kemitraanId: id }, order: { id: 'ASC' } }));
    const { status: _status, ...fields } = changes;
    const data: KemitraanData = { ...stored, ...fields };
    const issues = Object.fromEntries(agreementIssues(data).map((i) => [i.path, i.message]));
    // A finished agreement's start stays on or before the day it was finished.
    if (row.finishedAt && data.startDate > row.finishedAt) issues.startDate ??= fill(k.startAfterFinished, { date: formatDate(row.finishedAt) });
    throwIfAny(issues);
    // References are checked when they change: an agreement whose UMKM has since left the
    // registry can still have its notes edited.
    await this.checkReferences(data, {
      mitra: data.mitraId !== stored.mitraId,
      umkm: data.umkmId !== undefined && data.umkmId !== stored.umkmId,
      komunitas: data.komunitasId !== undefined && data.komunitasId !== stored.komunitasId,
      kegiatan: data.kegiatanId !== undefined && data.kegiatanId !== stored.kegiatanId,
      number: data.number !== undefined && data.number !== stored.number ? id : null,
    });
    await this.edits.write(KemitraanEntity, id, { ...columnsOf(data), number: data.number ?? row.number }, version, LABEL, nowIso());
    if (fields.supports) {
      await this.em.delete(DukunganEntity, { kemitraanId: id });
      await this.insertSupports(id, data.supports);
    }
    return this.get(id);
  }

  /**
   * Moves an agreement along STATUS_TRANSITIONS. Activation needs a signing date (given now or
   * already stored) and a UMKM (and partner) still active. Finishing records the day it finished
   * (given by the clerk, today if not): not before the start, not in the future. Any other status
   * clears that day, so it is set exactly while the agreement is selesai.
   */
  async setStatus(q: z.output<typeof KemitraanStatusInput>): Promise<Kemitraan> {
    const stored = await this.get(q.id);
    if (!canTransition(stored.status, q.status)) {
      throw fieldsError({ status: fill(k.transition, { from: statusLabel(stored.status), to: statusLabel(q.status) }) });
    }
    let signedAt = stored.signedAt;
    if (q.status === 'aktif') {
      signedAt = q.signedAt ?? stored.signedAt;
      const fields: Record<string, string> = {};
      if (!signedAt) fields.signedAt = k.signedAtRequired;
      else if (stored.endDate && signedAt > stored.endDate) fields.signedAt = k.signedAfterStart;
      Object.assign(fields, await this.umkmProblem(stored.umkmId));
      if (stored.komunitasId !== null && !(await liveRow(this.em, KomunitasEntity, stored.komunitasId))) {
        fields.komunitasId = fill(k.komunitasGone, { name: stored.komunitasName ?? String(stored.komunitasId) });
      }
      Object.assign(fields, await this.mitraProblem(stored.mitraId));
      throwIfAny(fields);
    }
    const finishedAt = this.finishedAt(q, stored);
    const outcome = this.outcome(q, stored);
    let notes = stored.notes;
    if (q.reason) {
      const line = fill(messages.kemitraanText.statusNote, { status: statusLabel(q.status), date: formatDate(todayIso()), reason: q.reason });
      notes = notes ? `${notes}\n${line}` : line;
    }
    await this.edits.write(KemitraanEntity, q.id, { status: q.status, signedAt, finishedAt, notes, ...outcome }, undefined, LABEL, nowIso());
    return this.get(q.id);
  }

  /**
   * The outcome a status change stores: asked only when an active agreement closes (a cancelled one
   * did not go on: tidak_berlanjut or gagal); refused anywhere else. The page's dialog always asks
   * it; a change without one (older tools, the command line without --outcome) leaves it unknown.
   */
  private outcome(q: z.output<typeof KemitraanStatusInput>, stored: Kemitraan): { outcome: Kemitraan['outcome']; outcomeNotes: string | null } | Record<string, never> {
    const mv = messages.monevValidation;
    if (!asksOutcome(stored.status, q.status)) {
      if (q.outcome !== undefined || q.outcomeNotes !== undefined) throw fieldsError({ outcome: mv.outcomeNotClosing });
      return {};
    }
    if (q.outcome === undefined && q.outcomeNotes !== undefined) throw fieldsError({ outcomeNotes: mv.outcomeNotesWithoutOutcome });
    if (q.outcome !== undefined && !outcomesFor(q.status).includes(q.outcome)) throw fieldsError({ outcome: mv.outcomeNotForCancelled });
    return { outcome: q.outcome ?? null, outcomeNotes: q.outcomeNotes ?? null };
  }

  /** The finish day a status change stores: the clerk's (or today) for selesai, else none. */
  private finishedAt(q: z.output<typeof KemitraanStatusInput>, stored: Kemitraan): string | null {
    if (q.status !== 'selesai') {
      if (q.finishedAt !== undefined) throw fieldsError({ finishedAt: k.finishedOnlyWhenDone });
      return null;
    }
    const today = todayIso();
    const day = q.finishedAt ?? today;
    if (day < stored.startDate) throw fieldsError({ finishedAt: fill(k.finishedBeforeStart, { start: formatDate(stored.startDate) }) });
    if (day > today) throw fieldsError({ finishedAt: k.finishedInFuture });
    return day;
  }

  /**
   * From a suggestion to a proposed agreement in one step: the partner's usual pattern, one
   * support item per kind it offers, starting on the meeting's date (or today).
   */
  async propose(q: z.output<typeof ProposeInput>): Promise<Kemitraan> {
    const fields = { ...(await this.mitraProblem(q.mitraId)), ...(await this.umkmProblem(q.umkmId)) };
    const kegiatan = q.kegiatanId !== undefined ? await liveRow(this.em, KegiatanEntity, q.kegiatanId) : null;
    if (q.kegiatanId !== undefined && !kegiatan) fields.kegiatanId = fill(messages.errors.notFound, { entity: messages.kemitraanEntity.kegiatan, id: q.kegiatanId });
    throwIfAny(fields);
    const open = await this.em.find(KemitraanEntity, {
      where: { mitraId: q.mitraId, umkmId: q.umkmId, status: In([...OPEN_STATUSES]), deletedAt: IsNull() },
      order: { id: 'ASC' },
    });
    const blocking = open.find((a) => a.status === 'aktif') ?? open[0];
    if (blocking) {
      const message = blocking.status === 'aktif' ? k.alreadyActive : fill(k.alreadyProposed, { number: blocking.number });
      throw fieldsError({ umkmId: message }, 'CONFLICT');
    }
    const p = await this.mitra.get(q.mitraId);
    const supports: KemitraanData['supports'] = p.offers.length
      ? p.offers.map((kind) => ({ kind, description: fill(messages.kemitraanText.proposedSupport, { support: messages.kemitraanEnums.support[kind], partner: p.name }) }))
      : [{ kind: 'lainnya' as SupportKind, description: fill(messages.kemitraanText.proposedSupportAny, { partner: p.name }) }];
    const id = await this.insert({
      mitraId: q.mitraId,
      umkmId: q.umkmId,
      startDate: q.startDate ?? kegiatan?.date ?? todayIso(),
      pattern: q.pattern ?? DEFAULT_PATTERN[p.kind],
      supports,
      kegiatanId: q.kegiatanId,
    });
    return this.get(id);
  }

  /** Soft delete: the agreement leaves every list; its number may be given again (on `version`, as update). */
  async remove(id: number, version?: number): Promise<{ id: number }> {
    const now = nowIso();
    await this.edits.write(KemitraanEntity, id, { deletedAt: now }, version, LABEL, now);
    return { id };
  }

  /**
   * The agreements with the names they show (aliases k, m, u, c, e). They list whatever became of
   * their parties: a UMKM moved out of the registry, or a community deleted, still names them.
   */
  private joined(): SelectQueryBuilder<KemitraanRow> {
    return this.em
      .createQueryBuilder(KemitraanEntity, 'k')
      .innerJoin(joinTarget(MitraEntity), 'm', 'm.id = k.mitraId')
      .leftJoin(joinTarget(UmkmEntity), 'u', 'u.id = k.umkmId')
      .leftJoin(joinTarget(KomunitasEntity), 'c', 'c.id = k.komunitasId')
      .leftJoin(joinTarget(KegiatanEntity), 'e', 'e.id = k.kegiatanId')
      .addSelect('m.name', 'partnerName')
      .addSelect('u.businessName', 'umkmName')
      .addSelect('c.name', 'komunitasName')
      .addSelect('COALESCE(u.kecamatan, c.kecamatan)', 'partyKecamatan')
      .addSelect('e.name', 'eventName');
  }

  /** The list's filters and order, shared by the page, the export and the report. */
  private filtered(q: KemitraanFilter, today: string): SelectQueryBuilder<KemitraanRow> {
    const qb = this.joined().where('k.deletedAt IS NULL');
    if (q.status) qb.andWhere('k.status = :status', { status: q.status });
    if (q.mitraId !== undefined) qb.andWhere('k.mitraId = :mitraId', { mitraId: q.mitraId });
    if (q.umkmId !== undefined) qb.andWhere('k.umkmId = :umkmId', { umkmId: q.umkmId });
    if (q.komunitasId !== undefined) qb.andWhere('k.komunitasId = :komunitasId', { komunitasId: q.komunitasId });
    if (q.kegiatanId !== undefined) qb.andWhere('k.kegiatanId = :kegiatanId', { kegiatanId: q.kegiatanId });
    if (q.pattern) qb.andWhere('k.pattern = :pattern', { pattern: q.pattern });
    if (q.supportKind) {
      const withKind = qb.subQuery().select('1').from(DukunganEntity, 'd').where('d.kemitraanId = k.id').andWhere('d.kind = :supportKind', { supportKind: q.supportKind });
      qb.andWhere(`EXISTS ${withKind.getQuery()}`);
    }
    if (q.kecamatan) qb.andWhere('COALESCE(u.kecamatan, c.kecamatan) = :kecamatan', { kecamatan: q.kecamatan });
    // Running at some time within [from, to]: started by `to`, not ended before `from`.
    if (q.to) qb.andWhere('k.startDate <= :to', { to: q.to });
    if (q.from) qb.andWhere('(k.endDate IS NULL OR k.endDate >= :from)', { from: q.from });
    const due = `(k.status = 'aktif' AND k.endDate IS NOT NULL AND k.endDate < :today)`;
    if (q.dueForReview === true) qb.andWhere(due, { today });
    if (q.dueForReview === false) qb.andWhere(`NOT ${due}`, { today });
    return qb.orderBy('k.startDate', 'DESC').addOrderBy('k.id', 'DESC');
  }

  /** The agreements of a query (from `joined`) with their names and supports, in its order. */
  private async load(qb: SelectQueryBuilder<KemitraanRow>, today = todayIso()): Promise<Kemitraan[]> {
    const { entities, raw } = await qb.getRawAndEntities<Names>();
    if (entities.length === 0) return [];
    const names = new Map(raw.map((r) => [Number(r.k_id), r]));
    const supports = new Map<number, Support[]>();
    const items = await this.em.find(DukunganEntity, { where: { kemitraanId: In(entities.map((r) => r.id)) }, order: { id: 'ASC' } });
    for (const { kemitraanId, ...s } of items) supports.set(kemitraanId, [...(supports.get(kemitraanId) ?? []), s]);
    return entities.map((r) => {
      const n = names.get(r.id)!;
      const s = supports.get(r.id) ?? [];
      return {
        id: r.id,
        number: r.number,
        mitraId: r.mitraId,
        partnerName: n.partnerName,
        umkmId: r.umkmId,
        umkmName: n.umkmName,
        komunitasId: r.komunitasId,
        komunitasName: n.komunitasName,
        kecamatan: n.partyKecamatan,
        signedAt: r.signedAt,
        startDate: r.startDate,
        endDate: r.endDate,
        pattern: r.pattern,
        supports: s,
        totalValue: s.reduce((sum, x) => sum + (x.value ?? 0), 0),
        status: r.status,
        finishedAt: r.finishedAt,
        dueForReview: isDueForReview(r, today),
        kegiatanId: r.kegiatanId,
        eventName: n.eventName,
        notes: r.notes,
        reviewMonths: r.reviewMonths,
        outcome: r.outcome,
        outcomeNotes: r.outcomeNotes,
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
        version: r.version,
        updatedBy: r.updatedBy,
      };
    });
  }

  /** Writes a new agreement as diusulkan with its supports, after the checks; its id. */
  private async insert(data: KemitraanData): Promise<number> {
    await this.checkReferences(data, { mitra: true, umkm: true, komunitas: true, kegiatan: true, number: data.number !== undefined ? 0 : null });
    const number = data.number ?? (await this.nextNumber(data.startDate.slice(0, 4)));
    const now = nowIso();
    const reviewMonths = data.reviewMonths === undefined ? DEFAULT_REVIEW_MONTHS : data.reviewMonths;
    const { identifiers } = await this.em.insert(KemitraanEntity, { ...columnsOf(data), reviewMonths, number, status: 'diusulkan', createdAt: now, ...this.edits.stamp(now) });
    const id = Number(identifiers[0]!.id);
    await this.insertSupports(id, data.supports);
    return id;
  }

  private insertSupports(kemitraanId: number, supports: KemitraanData['supports']): Promise<void> {
    return insertRows(
      this.em,
      DukunganEntity,
      supports.map((s) => ({ kemitraanId, kind: s.kind, description: s.description, value: s.value ?? null })),
    );
  }

  /**
   * The rules zod cannot see: parties and meeting exist (and are active where it matters), the
   * number is free, the signing date is not after the end.
   * `number`: null to skip, else the id of the agreement allowed to hold it (0 for none).
   */
  private async checkReferences(
    data: KemitraanData,
    check: { mitra: boolean; umkm: boolean; komunitas: boolean; kegiatan: boolean; number: number | null },
  ): Promise<void> {
    const fields: Record<string, string> = {};
    if (check.mitra) Object.assign(fields, await this.mitraProblem(data.mitraId));
    if (check.umkm && data.umkmId !== undefined) Object.assign(fields, await this.umkmProblem(data.umkmId));
    if (check.komunitas && data.komunitasId !== undefined && !(await liveRow(this.em, KomunitasEntity, data.komunitasId))) {
      fields.komunitasId = fill(messages.errors.notFound, { entity: messages.kemitraanEntity.komunitas, id: data.komunitasId });
    }
    if (check.kegiatan && data.kegiatanId !== undefined && !(await liveRow(this.em, KegiatanEntity, data.kegiatanId))) {
      fields.kegiatanId = fill(messages.errors.notFound, { entity: messages.kemitraanEntity.kegiatan, id: data.kegiatanId });
    }
    if (data.signedAt && data.endDate && data.signedAt > data.endDate) fields.signedAt = k.signedAfterStart;
    throwIfAny(fields);
    if (check.number !== null && data.number !== undefined) {
      const holder = await this.em
        .createQueryBuilder(KemitraanEntity, 'k')
        .where('k.number = :number', { number: data.number })
        .andWhere('k.deletedAt IS NULL')
        .andWhere('k.id <> :self', { self: check.number })
        .getExists();
      if (holder) throw fieldsError({ number: fill(k.numberTaken, { number: data.number }) }, 'DUPLICATE');
    }
  }

  /** KMT/<year>/<sequence>: one past the highest number of that year, deleted agreements included. */
  private async nextNumber(year: string): Promise<string> {
    const rows = await this.em
      .createQueryBuilder(KemitraanEntity, 'k')
      .select('k.number', 'number')
      .where('k.number LIKE :prefix', { prefix: `KMT/${year}/%` })
      .getRawMany<{ number: string }>();
    let max = 0;
    for (const r of rows) {
      const m = NUMBER_PATTERN.exec(r.number);
      if (m && m[1] === year) max = Math.max(max, Number(m[2]));
    }
    return `KMT/${year}/${String(max + 1).padStart(4, '0')}`;
  }

  /** Why this partner cannot take an agreement (unknown, deleted or inactive), at mitraId. */
  private async mitraProblem(id: number): Promise<Record<string, string>> {
    const p = await liveRow(this.em, MitraEntity, id);
    if (!p) return { mitraId: fill(messages.errors.notFound, { entity: messages.kemitraanEntity.mitra, id }) };
    return p.status === 'aktif' ? {} : { mitraId: fill(k.partnerInactive, { name: p.name }) };
  }

  /** Why this UMKM cannot take an agreement (unknown, out of the registry or inactive), at umkmId. */
  private async umkmProblem(id: number | null): Promise<Record<string, string>> {
    if (id === null) return {};
    const u = await liveRow(this.em, UmkmEntity, id);
    if (!u) return { umkmId: fill(messages.errors.notFound, { entity: messages.entity.umkm, id }) };
    return u.status === 'aktif' ? {} : { umkmId: fill(k.umkmInactive, { name: u.businessName }) };
  }
}
