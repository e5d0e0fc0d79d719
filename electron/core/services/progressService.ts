import { Brackets, In, IsNull, Not, type EntityManager, type Repository } from 'typeorm';
import {
  CLASS_RECORD_FIELDS,
  ClassRecordRules,
  type ClassMoveView,
  type ClassRecord,
  type ClassRecordChanges,
  type ClassRecordData,
  type ProgressOverview,
  type Support,
  type UmkmTimeline,
} from '../../../shared/contract';
import { UMKM_CLASSES, type UmkmClass } from '../../../shared/domain/classification';
import type { KemitraanStatus } from '../../../shared/domain/partnership';
import type { MoveDirection } from '../../../shared/domain/progress';
import { MARKET_REACH, type MarketReach } from '../../../shared/domain/sectors';
import { fill, messages } from '../../../shared/i18n';
import type { Tx } from '../db/database';
import { AnggotaEntity, DukunganEntity, KemitraanEntity, KomunitasEntity, MitraEntity } from '../db/entities';
import { ClassMoveEntity, ClassRecordEntity, YearClassEntity, type ClassMoveRow, type YearClassRow } from '../db/entities/progress';
import { RekapKelasTahunanEntity, RekapPerpindahanEntity, RekapUmkmEntity } from '../db/entities/rekap';
import { UmkmEntity, type UmkmRow } from '../db/entities/umkm';
import type { Edits } from './edits';
import { currentYear, toClassRecord, type ProgressStore, type RecordFigures } from './progressStore';
import { fieldsError, notFoundError, nowIso, withoutNulls } from './queryHelpers';
import type { SettingsService } from './settingsService';
import { parseOrThrow } from './validate';
import { RiwayatService } from './riwayat/riwayatService';

const p = messages.progressValidation;

/** The year up to which every UMKM's yearly classes have been carried forward. */
export const SETTING_YEARS_UP_TO = 'progress.yearsUpTo';

/** Rows a carried-forward year is inserted in at a time (three bound values each). */
const CARRY_CHUNK = 500;

type AgreementRow = UmkmTimeline['agreements'][number];

function toFigures(d: ClassRecordData): RecordFigures {
  return {
    date: d.date,
    annualSales: d.annualSales ?? null,
    capital: d.capital ?? null,
    assets: d.assets ?? null,
    employees: d.employees ?? null,
    marketReach: d.marketReach ?? null,
    certifications: d.certifications,
    channels: d.channels,
    source: d.source,
    notes: d.notes ?? null,
  };
}

/** A stored record's fields as the contract reads them (no value: absent), for an edit's changes to merge over. */
function storedFields(r: ClassRecord): ClassRecordData {
  return withoutNulls(Object.fromEntries(CLASS_RECORD_FIELDS.map((k) => [k, r[k]]))) as ClassRecordData;
}

/**
 * Class records of a UMKM ("riwayat kelas"): every write recomputes the UMKM's moves, yearly
 * classes and current class in the same transaction (ProgressStore.recompute).
 */
export class ProgressService {
  private readonly em: EntityManager;
  private readonly umkm: Repository<UmkmRow>;
  private readonly moves: Repository<ClassMoveRow>;
  private readonly years: Repository<YearClassRow>;

  constructor(
    private readonly tx: Tx,
    private readonly store: ProgressStore,
    private readonly settings: SettingsService,
    private readonly edits: Edits,
  ) {
    this.em = tx.em;
    this.umkm = tx.em.getRepository(UmkmEntity);
    this.moves = tx.em.getRepository(ClassMoveEntity);
    this.years = tx.em.getRepository(YearClassEntity);
  }

  async getRecord(id: number): Promise<ClassRecord> {
    const r = await this.store.getRecord(id);
    if (!r) throw notFoundError(messages.progressEntity.record, id);
    return r;
  }

  async add(data: ClassRecordData): Promise<ClassRecord> {
    await this.assertUmkmLive(data.umkmId);
    const now = nowIso();
    const id = await this.store.insert(data.umkmId, toFigures(data), now);
    await this.store.recompute(data.umkmId, now);
    return this.getRecord(id);
  }

  /**
   * Merges the changed fields over the stored record and checks the merged whole. On the
   * `version` the clerk's form opened, when given (Edits: refused once changed since).
   */
  async update(id: number, changes: ClassRecordChanges, version?: number): Promise<ClassRecord> {
    const stored = toClassRecord(await this.edits.live(ClassRecordEntity, id, version, messages.progressEntity.record));
    await this.assertUmkmLive(stored.umkmId);
    const data = parseOrThrow(ClassRecordRules, { ...storedFields(stored), ...changes });
    if (data.umkmId !== stored.umkmId) throw fieldsError({ umkmId: p.umkmFixed });
    const now = nowIso();
    await this.store.update(id, toFigures(data), now, version, stored.umkmId);
    await this.store.recompute(stored.umkmId, now);
    return this.getRecord(id);
  }

  /** Soft delete; the UMKM's moves and class follow its remaining records (on `version`, as update). */
  async remove(id: number, version?: number): Promise<{ id: number }> {
    const stored = await this.edits.live(ClassRecordEntity, id, version, messages.progressEntity.record);
    await this.assertUmkmLive(stored.umkmId);
    const now = nowIso();
    await this.store.softDelete(id, now, version);
    await this.store.recompute(stored.umkmId, now);
    return { id };
  }

  /**
   * A UMKM's records (all of them, same-day ones too), its moves with the agreements active at
   * some time between the two records of each, and all its agreements, direct or through a
   * community it belongs to.
   */
  async timeline(umkmId: number): Promise<UmkmTimeline> {
    if (!(await this.umkm.existsBy({ id: umkmId, deletedAt: IsNull() }))) throw notFoundError(messages.entity.umkm, umkmId);
    const records = await this.store.records(umkmId);
    const moves = await this.moves.find({ where: { umkmId }, order: { date: 'ASC', toRecordId: 'ASC' } });
    const agreements = await this.agreementsOf(umkmId);

    const running = agreements.filter((a) => a.status === 'aktif' || a.status === 'selesai');
    const supports = new Map<number, Support[]>();
    if (running.length) {
      const rows = await this.em.find(DukunganEntity, { where: { kemitraanId: In(running.map((a) => a.id)) }, order: { id: 'ASC' } });
      for (const { kemitraanId, ...s } of rows) supports.set(kemitraanId, [...(supports.get(kemitraanId) ?? []), s]);
    }
    const moveViews: Array<Omit<ClassMoveView, 'support'>> = moves.map(({ umkmId: _u, ...m }) => ({
      ...m,
      agreements: running
        .filter((a) => a.startDate <= m.date && (a.endDate === null || a.endDate >= m.fromDate))
        .map((a) => ({
          id: a.id,
          number: a.number,
          partnerName: a.partnerName,
          status: a.status,
          startDate: a.startDate,
          endDate: a.endDate,
          supports: supports.get(a.id) ?? [],
        })),
    }));
    return { umkmId, records, moves: await new RiwayatService(this.em).moveSupport(umkmId, moveViews), agreements };
  }

  /** Its agreements, direct or through a community it belongs to, by start date. */
  private async agreementsOf(umkmId: number): Promise<AgreementRow[]> {
    const qb = this.em.createQueryBuilder(KemitraanEntity, 'k');
    const communities = qb.subQuery().select('a.komunitasId').from(AnggotaEntity, 'a').where('a.umkmId = :umkmId').getQuery();
    const rows: Array<Omit<AgreementRow, 'id'> & { id: number | string }> = await qb
      .innerJoin(MitraEntity.options.name, 'm', 'm.id = k.mitraId')
      .leftJoin(KomunitasEntity.options.name, 'c', 'c.id = k.komunitasId')
      .select('k.id', 'id')
      .addSelect('k.number', 'number')
      .addSelect('m.name', 'partnerName')
      .addSelect('k.status', 'status')
      .addSelect('k.startDate', 'startDate')
      .addSelect('k.endDate', 'endDate')
      .addSelect('c.name', 'komunitasName')
      .where('k.deletedAt IS NULL')
      .andWhere(new Brackets((b) => b.where('k.umkmId = :umkmId').orWhere(`k.komunitasId IN ${communities}`)))
      .setParameters({ umkmId })
      .orderBy('k.startDate', 'ASC')
      .addOrderBy('k.id', 'ASC')
      .getRawMany();
    return rows.map((r) => ({ ...r, id: Number(r.id), status: r.status as KemitraanStatus }));
  }

  /**
   * The dashboard's figures: UMKM by class at each year's end (from the earliest year to this
   * one), moves up and down per year, and market reach of the active UMKM. Deleted UMKM are left
   * out everywhere. The yearly classes must have been carried into this year (rollForward, a
   * write: the handler makes it before it reads); a write's own unit of work does it here.
   */
  async overview(): Promise<ProgressOverview> {
    const year = currentYear();
    if (!(await this.yearsRolled(year))) {
      if (!this.tx.writing) throw new Error('progress overview: the yearly classes are not carried into this year; roll them forward in a write first');
      await this.rollForward(year);
    }
    const count = 'COUNT(*)';
    // Rows of deleted UMKM are kept (so nothing is lost) and subtracted here: the deleted UMKM are
    // few, read from their own index, and their rows by their keys.
    const deleted = () => this.umkm.createQueryBuilder().subQuery().select('d.id').from(UmkmEntity, 'd').where('d.deletedAt IS NOT NULL').getQuery();

    // UMKM by year and class, up to this year: the counts the triggers keep (rekap_kelas_tahunan).
    const all = await this.em
      .createQueryBuilder(RekapKelasTahunanEntity, 't')
      .select('t.year', 'year')
      .addSelect('t.class', 'class')
      .addSelect('t.n', 'n')
      .where('t.year <= :year', { year })
      .andWhere('t.n > 0')
      .getRawMany<{ year: number | string; class: UmkmClass; n: number | string }>();
    const gone = await this.years
      .createQueryBuilder('t')
      .select('t.year', 'year')
      .addSelect('t.class', 'class')
      .addSelect(count, 'n')
      .where('t.year <= :year', { year })
      .andWhere(`t.umkmId IN ${deleted()}`)
      .groupBy('t.year')
      .addGroupBy('t.class')
      .getRawMany<{ year: number | string; class: UmkmClass; n: number | string }>();
    const byYear = new Map<number, Record<UmkmClass, number>>();
    const zero = () => Object.fromEntries(UMKM_CLASSES.map((c) => [c, 0])) as Record<UmkmClass, number>;
    const first = all.reduce((m, r) => Math.min(m, Number(r.year)), year + 1);
    for (let y = first; y <= year; y++) byYear.set(y, zero());
    for (const r of all) byYear.get(Number(r.year))![r.class] += Number(r.n);
    for (const r of gone) byYear.get(Number(r.year))![r.class] -= Number(r.n);

    // Moves by year and direction: every move, less the deleted UMKM's.
    const yearOf = 'SUBSTR(p.date, 1, 4)';
    const movesOf = (among: string) =>
      this.moves
        .createQueryBuilder('p')
        .select(yearOf, 'year')
        .addSelect('p.direction', 'direction')
        .addSelect(count, 'n')
        .where(`p.umkmId IN ${among}`)
        .groupBy(yearOf)
        .addGroupBy('p.direction')
        .getRawMany<{ year: string; direction: MoveDirection; n: number | string }>();
    const movesByYear = new Map<number, { year: number; naik: number; turun: number }>();
    const tallyMoves = (rows: Array<{ year: string; direction: MoveDirection; n: number | string }>, sign: 1 | -1) => {
      for (const m of rows) {
        const y = Number(m.year);
        const row = movesByYear.get(y) ?? { year: y, naik: 0, turun: 0 };
        row[m.direction] += sign * Number(m.n);
        movesByYear.set(y, row);
      }
    };
    // Every move by year and direction is counted by the triggers (rekap_perpindahan).
    const kept = await this.em
      .createQueryBuilder(RekapPerpindahanEntity, 'r')
      .select('r.year', 'year')
      .addSelect('r.direction', 'direction')
      .addSelect('r.n', 'n')
      .where('r.n > 0')
      .getRawMany<{ year: string; direction: MoveDirection; n: number | string }>();
    tallyMoves(kept, 1);
    tallyMoves(await movesOf(deleted()), -1);
    for (const [y, m] of movesByYear) if (m.naik === 0 && m.turun === 0) movesByYear.delete(y);

    // Market reach of the active UMKM: the registry's counts (rekap_umkm).
    const reach = await this.em
      .createQueryBuilder(RekapUmkmEntity, 'u')
      .select('u.marketReach', 'reach')
      .addSelect('SUM(u.n)', 'n')
      .where(`u.status = 'aktif'`)
      .groupBy('u.marketReach')
      .getRawMany<{ reach: MarketReach; n: number | string }>();
    const marketReach = Object.fromEntries(MARKET_REACH.map((r) => [r, 0])) as Record<MarketReach, number>;
    for (const r of reach) marketReach[r.reach] = (marketReach[r.reach] ?? 0) + Number(r.n);

    return {
      classByYear: [...byYear.entries()].map(([y, counts]) => ({ year: y, ...counts })),
      movesByYear: [...movesByYear.values()].sort((a, b) => a.year - b.year),
      marketReach,
    };
  }

  /** Whether every UMKM's yearly classes reach `year` (rollForward has run this year). */
  async yearsRolled(year = currentYear()): Promise<boolean> {
    const done = await this.settings.get(SETTING_YEARS_UP_TO);
    return done !== null && Number(done) >= year;
  }

  /**
   * Yearly classes are written up to the year of each UMKM's last write. Once the year has turned,
   * a UMKM not written since still stands in its last known class: carry it forward, so every UMKM
   * with records has a row for every year up to this one. Every write from then on writes up to
   * this year, so the work is done once a year; the setting remembers the year it was done for.
   * A write: call in a write's unit of work.
   */
  async rollForward(year = currentYear()): Promise<void> {
    if (await this.yearsRolled(year)) return;
    // Complete already (a UMKM with records has its row for this year)? Then only remember it.
    const atYear = await this.years.countBy({ year });
    const withRecords = await this.umkm.countBy({ lastRecordDate: Not(IsNull()) });
    const { minYear } = (await this.years.createQueryBuilder('t').select('MIN(t.year)', 'minYear').getRawOne<{ minYear: number | string | null }>()) ?? {
      minYear: null,
    };
    if (atYear < withRecords && minYear !== null) {
      for (let y = Number(minYear); y < year; y++) {
        const qb = this.years.createQueryBuilder('t');
        const next = qb.subQuery().select('1').from(YearClassEntity, 'n').where('n.umkmId = t.umkmId').andWhere('n.year = :next').getQuery();
        const carried: Array<{ umkmId: number | string; class: UmkmClass }> = await qb
          .select('t.umkmId', 'umkmId')
          .addSelect('t.class', 'class')
          .where('t.year = :y')
          .andWhere(`NOT EXISTS ${next}`)
          .setParameters({ y, next: y + 1 })
          .getRawMany();
        for (let i = 0; i < carried.length; i += CARRY_CHUNK) {
          await this.years.insert(carried.slice(i, i + CARRY_CHUNK).map((r) => ({ umkmId: Number(r.umkmId), year: y + 1, class: r.class })));
        }
      }
    }
    await this.settings.set(SETTING_YEARS_UP_TO, String(year));
  }

  private async assertUmkmLive(umkmId: number): Promise<void> {
    const u = await this.umkm.findOne({ select: { id: true, deletedAt: true }, where: { id: umkmId } });
    if (!u) throw fieldsError({ umkmId: fill(messages.errors.notFound, { entity: messages.entity.umkm, id: umkmId }) });
    if (u.deletedAt) throw fieldsError({ umkmId: p.umkmDeleted });
  }
}
