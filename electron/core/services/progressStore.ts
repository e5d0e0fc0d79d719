import { In, IsNull, LessThanOrEqual, MoreThan, type EntityManager, type Repository } from 'typeorm';
import type { ClassRecord } from '../../../shared/contract';
import { classify, type ClassBasis, type UmkmClass } from '../../../shared/domain/classification';
import { classByYear, classifyRecord, deriveMoves, type ClassedRecord } from '../../../shared/domain/progress';
import { todayIso } from '../../../shared/format/date';
import { ClassMoveEntity, ClassRecordEntity, YearClassEntity, type ClassMoveRow, type ClassRecordRow, type YearClassRow } from '../db/entities/progress';
import { UmkmEntity, type UmkmRow } from '../db/entities/umkm';
import { messages } from '../../../shared/i18n';
import type { Edits } from './edits';
import { withTicks, writeTicks } from './sertifikat/registerTicks';

// The record table and its derived rows. Every write of a record (progress service, UMKM create
// and update) goes through here, on the unit of work's manager, and recompute() runs in the same
// transaction as the write (the channel's), so the moves, the yearly classes and the UMKM row
// never disagree with the records.

/** The figures of one record as they are written. */
export type RecordFigures = Pick<
  ClassRecordRow,
  'date' | 'annualSales' | 'capital' | 'assets' | 'employees' | 'marketReach' | 'certifications' | 'channels' | 'source' | 'notes'
>;

/** The five figures the registry form shares with the UMKM's latest record. */
export const FIGURES = ['annualSales', 'capital', 'assets', 'employees', 'marketReach'] as const;
export type SharedFigures = Pick<RecordFigures, (typeof FIGURES)[number]>;

export function toClassRecord(row: ClassRecordRow): ClassRecord {
  const { deletedAt: _d, ...record } = row;
  return record;
}

/** The class of a record's figures; a record always has sales or capital (CHECK and schema). */
export function classOf(f: { annualSales: number | null; capital: number | null }): { class: UmkmClass; classBasis: ClassBasis } {
  const c = classifyRecord({ id: 0, date: '', annualSales: f.annualSales, capital: f.capital });
  if (!c) throw new Error('classifyRecord: no figures');
  return { class: c.class, classBasis: c.classBasis };
}

export const currentYear = (): number => Number(todayIso().slice(0, 4));

/** A class record as a refusal names it ("Data perkembangan dengan ID 5 …"). */
const RECORD = messages.progressEntity.record;

/** The derived rows of one UMKM's live records (in date order, then id): its moves and its class at each year's end. */
export function derivedRows(umkmId: number, records: readonly ClassedRecord[], lastYear: number): { moves: ClassMoveRow[]; years: YearClassRow[] } {
  return {
    moves: deriveMoves(records).map((m) => ({ umkmId, ...m })),
    years: classByYear(records, lastYear).map((y) => ({ umkmId, ...y })),
  };
}

/** What recompute reads of a live record. */
const LIVE_COLUMNS = { id: true, date: true, annualSales: true, capital: true, assets: true, employees: true, marketReach: true, class: true, classBasis: true } as const;

/**
 * Where a UMKM stood on a date: the record standing on it (the latest on or before it, the last
 * entered of its day) and the class then. The class is the from_class of its first move after
 * the date (the class held since the move before), else its class today: the moves record every
 * change, so this agrees with the record and needs no record at all.
 */
export interface StandingAt {
  record: ClassRecordRow | undefined;
  class: UmkmClass;
  /** Whether the UMKM has any live record (without one it keeps its own figures). */
  hasRecords: boolean;
}

/** The class records of one unit of work, and what is derived from them. */
export class ProgressStore {
  private readonly records_: Repository<ClassRecordRow>;
  private readonly moves: Repository<ClassMoveRow>;
  private readonly years: Repository<YearClassRow>;
  private readonly umkm: Repository<UmkmRow>;

  constructor(
    private readonly em: EntityManager,
    private readonly edits: Edits,
  ) {
    this.records_ = em.getRepository(ClassRecordEntity);
    this.moves = em.getRepository(ClassMoveEntity);
    this.years = em.getRepository(YearClassEntity);
    this.umkm = em.getRepository(UmkmEntity);
  }

  /** A live record; its certifications are the register's on its date (registerTicks.ts). */
  async getRecord(id: number): Promise<ClassRecord | undefined> {
    const row = await this.records_.findOneBy({ id, deletedAt: IsNull() });
    return row ? (await withTicks(this.em, [toClassRecord(row)]))[0] : undefined;
  }

  /** Live records of a UMKM in timeline order (date, then id), same-day ones included. */
  async records(umkmId: number): Promise<ClassRecord[]> {
    const rows = await this.records_.find({ where: { umkmId, deletedAt: IsNull() }, order: { date: 'ASC', id: 'ASC' } });
    return withTicks(this.em, rows.map(toClassRecord));
  }

  /** Inserts a record with its computed class; then recompute(). */
  async insert(umkmId: number, f: RecordFigures, now: string): Promise<number> {
    await writeTicks(this.em, this.edits, umkmId, f.certifications, f.date, now);
    const { identifiers } = await this.records_.insert({ umkmId, ...f, certifications: [], ...classOf(f), createdAt: now, ...this.edits.stamp(now) });
    return Number(identifiers[0]!.id);
  }

  /** Rewrites a record's figures and class (the UMKM stays), on `version` when given (Edits.write); then recompute(). */
  async update(id: number, f: RecordFigures, now: string, version?: number, umkmId?: number): Promise<void> {
    await this.edits.write(ClassRecordEntity, id, { ...f, certifications: [], ...classOf(f) }, version, RECORD, now);
    if (umkmId !== undefined) await writeTicks(this.em, this.edits, umkmId, f.certifications, f.date, now);
  }

  /** Corrects the five figures the registry form shows on one record, keeping its date, lists and source. */
  async correctFigures(id: number, f: SharedFigures, now: string): Promise<void> {
    await this.edits.write(ClassRecordEntity, id, { ...f, ...classOf(f) }, undefined, RECORD, now);
  }

  async softDelete(id: number, now: string, version?: number): Promise<void> {
    await this.edits.write(ClassRecordEntity, id, { deletedAt: now }, version, RECORD, now);
  }

  /** The latest live record of a UMKM in timeline order (date, then id). */
  async latestRecordId(umkmId: number): Promise<number | undefined> {
    const row = await this.records_.findOne({ select: { id: true }, where: { umkmId, deletedAt: IsNull() }, order: { date: 'DESC', id: 'DESC' } });
    return row?.id;
  }

  /** How each of `umkm` (id and today's class) stood on `date`; a few queries for a chunk of UMKM. */
  async standingAt(umkm: ReadonlyArray<{ id: number; class: UmkmClass }>, date: string): Promise<Map<number, StandingAt>> {
    const ids = umkm.map((u) => u.id);
    const out = new Map<number, StandingAt>();
    if (ids.length === 0) return out;
    const records = await this.records_.find({ where: { umkmId: In(ids), deletedAt: IsNull(), date: LessThanOrEqual(date) }, order: { date: 'ASC', id: 'ASC' } });
    const standing = new Map<number, ClassRecordRow>();
    for (const r of records) standing.set(r.umkmId, r);
    const later = await this.moves.find({ where: { umkmId: In(ids), date: MoreThan(date) }, order: { date: 'ASC' } });
    const firstLater = new Map<number, ClassMoveRow>();
    for (const m of later) if (!firstLater.has(m.umkmId)) firstLater.set(m.umkmId, m);
    const withRecords = new Set(
      (
        await this.records_
          .createQueryBuilder('r')
          .select('DISTINCT r.umkmId', 'id')
          .where({ umkmId: In(ids), deletedAt: IsNull() })
          .getRawMany<{ id: number | string }>()
      ).map((r) => Number(r.id)),
    );
    for (const u of umkm) out.set(u.id, { record: standing.get(u.id), class: firstLater.get(u.id)?.fromClass ?? u.class, hasRecords: withRecords.has(u.id) });
    return out;
  }

  /**
   * Recomputes everything derived from a UMKM's live records: its moves, its class at each year's
   * end up to this year, and on the UMKM row the class, basis and figures of its latest record and
   * that record's date (capital, assets or workers it leaves out as last recorded; a record without
   * a market reach keeps the UMKM's). Without a live record
   * the UMKM keeps its own figures, classed from them. Call in the transaction of the write.
   */
  async recompute(umkmId: number, now: string, lastYear = currentYear()): Promise<void> {
    const records = await this.records_.find({
      select: LIVE_COLUMNS,
      where: { umkmId, deletedAt: IsNull() },
      order: { date: 'ASC', id: 'ASC' },
    });
    await this.moves.delete({ umkmId });
    await this.years.delete({ umkmId });
    const { moves, years } = derivedRows(umkmId, records, lastYear);
    if (moves.length) await this.moves.insert(moves);
    if (years.length) await this.years.insert(years);
    const latest = records[records.length - 1];
    if (latest) {
      const { annualSales, marketReach } = latest;
      // A figure left out of a record was not recorded that time, not zero: the UMKM keeps it as
      // last known. Sales are the exception: without them the record is classed by capital, and
      // older sales beside that class would contradict it (capital never can: sales come first).
      const [capital, assets, employees] = (['capital', 'assets', 'employees'] as const).map((k) => records.findLast((r) => r[k] !== null)?.[k] ?? null);
      await this.umkm.update(
        { id: umkmId },
        {
          ...{ annualSales, capital, assets, employees },
          ...(marketReach === null ? {} : { marketReach }),
          class: latest.class,
          classBasis: latest.classBasis,
          lastRecordDate: latest.date,
          ...this.edits.stamp(now),
        },
      );
      return;
    }
    const own = await this.umkm.findOne({ select: { annualSales: true, capital: true }, where: { id: umkmId } });
    const c = own ? classify(own) : null;
    await this.umkm.update({ id: umkmId }, { ...(c ? { class: c.class, classBasis: c.basis } : {}), lastRecordDate: null, ...this.edits.stamp(now) });
  }
}
