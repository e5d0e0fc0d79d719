import { Brackets, In, IsNull, type EntityManager, type ObjectLiteral, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { z } from 'zod';
import { TRANSITION_KEYS, type Page, type PeriodListItem, type PeriodListQuery, type PeriodQuery, type PeriodReport } from '../../../shared/contract';
import { classRank, UMKM_CLASSES, type UmkmClass } from '../../../shared/domain/classification';
import { KECAMATAN, kecamatanName } from '../../../shared/domain/regions';
import { SECTORS, type Sector } from '../../../shared/domain/sectors';
import { todayIso } from '../../../shared/format/date';
import { fill, messages } from '../../../shared/i18n';
import { classRankSql } from '../db/classRank';
import { AnggotaEntity, KomunitasEntity } from '../db/entities';
import { ClassMoveEntity, ClassRecordEntity, type ClassMoveRow } from '../db/entities/progress';
import { PerpindahanTahunanEntity, RekapNaikKelasEntity, RekapTercatatEntity, RekapUmkmEntity, RiwayatTahunanEntity } from '../db/entities/rekap';
import { UmkmEntity, type UmkmRow } from '../db/entities/umkm';
import type { Tx } from '../db/database';
import { fieldsError } from './queryHelpers';
import { toUmkmListItem, UMKM_LIST_COLUMNS } from './umkmMapper';

// The Naik Kelas report over a period, in a few grouped queries at city scale (200,000 UMKM x 4
// records), never loading records into memory.
//
// The outcome of a UMKM over [from, to] (periodOutcome in shared/domain/progress) compares the
// class of the record standing on `from` (or of its first record in the period) with that of the
// record standing on `to`. kelas_perpindahan holds every change of class between consecutive days
// of a UMKM's records, so the two ends can differ only for a UMKM with a move dated in
// (from, to]; and then the start class is the from_class of its first move in (from, to] (the
// class just before it, which held since `from` or since its first record) and the end class is
// the to_class of its last one. So:
// - "recorded" (a record in [from, to]) is settled by the date of the UMKM's latest record for
//   most UMKM (before `from`: no; inside the period: yes) and by one indexed EXISTS otherwise;
// - the moved UMKM and their two ends come from one range of the moves table (`ends`);
// - every other recorded UMKM is tetap.
// The class standing on a date (for the rows of a list page) is the to_class of the last move
// on or before it, else the from_class of the first move, else the UMKM's class (all its records
// then share the latest record's class).

export type PeriodQueryData = z.output<typeof PeriodQuery>;
export type PeriodListQueryData = z.output<typeof PeriodListQuery>;
type Outcome = PeriodListQueryData['outcome'];

type Tally = { naik: number; turun: number; tetap: number; recorded: number };
const tally = (): Tally => ({ naik: 0, turun: 0, tetap: 0, recorded: 0 });

/** The year of a period that is exactly one calendar year (1 January to 31 December). */
function calendarYear(q: { from: string; to: string }): number | undefined {
  const year = q.from.slice(0, 4);
  return q.from === `${year}-01-01` && q.to === `${year}-12-31` ? Number(year) : undefined;
}

/** The first and last year of a period of whole calendar years (1 January to 31 December). */
function wholeYears(q: { from: string; to: string }): [number, number] | undefined {
  return q.from.endsWith('-01-01') && q.to.endsWith('-12-31') && q.from <= q.to ? [Number(q.from.slice(0, 4)), Number(q.to.slice(0, 4))] : undefined;
}

/** The date one year before `today`: a latest record older than that is overdue. */
export function yearBefore(today: string): string {
  const md = today.slice(5);
  return `${Number(today.slice(0, 4)) - 1}-${md === '02-29' ? '02-28' : md}`;
}

/** The named parameters every query of a period binds. */
interface Params {
  from: string;
  to: string;
  staleBefore: string;
  kecamatan?: string;
  sector?: string;
  komunitasId?: number;
}

/** A list page's UMKM as found, before its columns are read: the classes when the query gives them. */
type PageRow = { id: number; fromClass?: UmkmClass; toClass?: UmkmClass };

const num = (v: number | string | null | undefined): number => Number(v ?? 0);

/** The find() selection of some columns. */
const selectOf = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, true])) as Record<K, true>;

// Where the planner must be told which index to read (see IndexHints): the covering indexes of
// migrations 2 and 4, and the registry's name order for a page of every recorded UMKM.
const BY_LATEST_RECORD = { u: 'ix_umkm_progress' };
const BY_MATCH = { u: 'ix_umkm_match' };
const BY_NAME = { u: 'ix_umkm_by_name' };
const NO_HINT = {};
// A period's moves from their covering index by date (migration QuerySpeed): for the newest years
// the planner would rather walk the moves' key in UMKM order and visit every move.
const BY_ENDS = { m: 'ix_perpindahan_ends' };
// ... and their UMKM's kecamatan and sector from the narrow index by id (migration QuerySpeed),
// where the table itself would be visited once per moved UMKM.
const BY_ENDS_LIVE = { ...BY_ENDS, u: 'ix_umkm_live' };

/** The from_class of a UMKM's first move in the period and the to_class of its last (dates are ten characters). */
const FIRST_FROM = 'SUBSTR(MIN(m.date || m.fromClass), 11)';
const LAST_TO = 'SUBSTR(MAX(m.date || m.toClass), 11)';

/**
 * Whether a page of `n` UMKM out of the registry's `registry` is better found from the set and
 * sorted (a visit per UMKM of the set) than walked in name order (about page end x registry / n
 * names, each with a lookup or two, some three times the cost of a visit).
 */
const fromSet = (n: number, pageEnd: number, registry: number, walkCost: number) => n * n < walkCost * pageEnd * registry;

/** What a name walked costs against a UMKM of a set found and sorted: a look in a set made once, or a look for its records in the year. */
const LOOK_IN_SET = 0.1;
const LOOK_FOR_RECORDS = 1.5;

/** Whether two ends are a move up or down. */
const directionOf = (c: { fromClass: UmkmClass; toClass: UmkmClass }): 'naik' | 'turun' => (classRank(c.toClass) > classRank(c.fromClass) ? 'naik' : 'turun');

export class ProgressReportService {
  private readonly em: EntityManager;
  private readonly umkm: Repository<UmkmRow>;

  constructor(private readonly tx: Tx) {
    this.em = tx.em;
    this.umkm = tx.em.getRepository(UmkmEntity);
  }

  async report(q: PeriodQueryData): Promise<PeriodReport> {
    const params = await this.params(q);

    const recordedRows = await this.recordedByPlace(q, params);
    // The moved UMKM, counted by place and by their two ends in SQL: a few hundred rows, never one per UMKM.
    const changed = await this.movedByPlace(q, params);

    const naik = Object.fromEntries(TRANSITION_KEYS.naik.map((k) => [k, 0])) as PeriodReport['naik'];
    const turun = Object.fromEntries(TRANSITION_KEYS.turun.map((k) => [k, 0])) as PeriodReport['turun'];
    const byKecamatan: Record<string, Tally> = Object.fromEntries(KECAMATAN.map((k) => [k.name, tally()]));
    const bySector: Record<string, Tally> = Object.fromEntries(SECTORS.map((s) => [s, tally()]));
    let recorded = 0;
    for (const r of recordedRows) {
      const n = num(r.n);
      recorded += n;
      (byKecamatan[kecamatanName(r.kecamatan)] ??= tally()).recorded += n;
      (bySector[r.sector] ??= tally()).recorded += n;
    }
    let naikTotal = 0;
    let turunTotal = 0;
    for (const c of changed) {
      const n = num(c.n);
      const d = directionOf(c);
      const key = `${c.fromClass}->${c.toClass}`;
      if (d === 'naik') {
        naikTotal += n;
        if (key in naik) naik[key as keyof typeof naik] += n;
      } else {
        turunTotal += n;
        if (key in turun) turun[key as keyof typeof turun] += n;
      }
      byKecamatan[kecamatanName(c.kecamatan)]![d] += n;
      bySector[c.sector]![d] += n;
    }
    for (const t of [...Object.values(byKecamatan), ...Object.values(bySector)]) t.tetap = t.recorded - t.naik - t.turun;

    // Communities: recorded members per community, and the moved members among them.
    const komunitasRows = await this.recordedUmkm(q, params)
      .innerJoin(AnggotaEntity.options.name, 'a', 'a.umkmId = u.id')
      .innerJoin(KomunitasEntity.options.name, 'c', 'c.id = a.komunitasId AND c.deletedAt IS NULL')
      .select('c.id', 'komunitasId')
      .addSelect('c.name', 'name')
      .addSelect('COUNT(*)', 'n')
      .groupBy('c.id')
      .addGroupBy('c.name')
      .orderBy('c.name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getRawMany<{ komunitasId: number | string; name: string; n: number | string }>();
    const byKomunitas = komunitasRows.map((k) => ({ komunitasId: num(k.komunitasId), name: k.name, ...tally(), recorded: num(k.n) }));
    if (byKomunitas.length && naikTotal + turunTotal > 0) {
      // The moved members per community: the moves of members only (their key), by their two ends.
      const komunitasIndex = new Map(byKomunitas.map((k) => [k.komunitasId, k]));
      const members = this.covered(q, params).innerJoin(AnggotaEntity.options.name, 'a', 'a.umkmId = u.id');
      const moved = await this.movedCounted<{ komunitasId: number | string }>(members, q, [['a.komunitasId', 'komunitasId']], true);
      for (const m of moved) {
        const k = komunitasIndex.get(num(m.komunitasId));
        if (k) k[directionOf(m)] += num(m.n);
      }
    }
    for (const k of byKomunitas) k.tetap = k.recorded - k.naik - k.turun;

    return {
      from: q.from,
      to: q.to,
      recorded,
      naik,
      turun,
      naikTotal,
      turunTotal,
      tetap: recorded - naikTotal - turunTotal,
      naikPercent: recorded === 0 ? 0 : Math.round((naikTotal / recorded) * 1000) / 10,
      byKecamatan,
      bySector,
      byKomunitas,
      menengahNeedMarket: await this.menengahNeedMarketCount(q, params),
      staleRecords: await this.staleCount(q, params),
    };
  }

  /** The UMKM behind one figure of the report, by business name, a page at a time. */
  async list(q: PeriodListQueryData): Promise<Page<PeriodListItem>> {
    const params = await this.params(q.period);
    const transition = this.transition(q.outcome, q.transition);
    const paged = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>) => qb.limit(q.pageSize).offset((q.page - 1) * q.pageSize);

    // The page's UMKM first (with the total when counting them costs nothing more); their
    // columns, and their classes on the period's two dates, for the rows of the page only, after.
    let rows: Array<PageRow & { total?: number | string }>;
    let count: () => Promise<number>;
    if ((q.outcome === 'naik' || q.outcome === 'turun') && calendarYear(q.period) === undefined) {
      // Another period: its moves grouped once, the moved UMKM sorted by name and counted with them.
      const qb = this.joinEnds(this.covered(q.period, params));
      const [e, from, to] = [qb.escape('e'), qb.escape('fromClass'), qb.escape('toClass')];
      qb.andWhere(`${classRankSql(`${e}.${to}`)} ${q.outcome === 'naik' ? '>' : '<'} ${classRankSql(`${e}.${from}`)}`);
      if (transition) qb.andWhere(`${e}.${from} = :tFrom AND ${e}.${to} = :tTo`, { tFrom: transition[0], tTo: transition[1] });
      qb.select('u.id', 'id').addSelect('COUNT(*) OVER ()', 'total').orderBy('u.businessName', 'ASC').addOrderBy('u.id', 'ASC');
      rows = await this.rawMany(paged(qb), BY_ENDS);
      count = () => this.movedCount(q.period, params, { up: q.outcome === 'naik', transition });
    } else if (q.outcome === 'naik' || q.outcome === 'turun') {
      // Counted first; a few are found by the set and sorted, more are walked in name order, each
      // UMKM looked up in the set (made once). Their two ends are read for the page's rows only.
      const only = { up: q.outcome === 'naik', transition };
      const among = () => {
        const qb = this.covered(q.period, params);
        const set = this.movedIds(qb, q.period, only);
        return qb.andWhere(`u.id IN ${set.sql}`);
      };
      const moved = await this.movedCount(q.period, params, only);
      const page = among().select('u.id', 'id').orderBy('u.businessName', 'ASC').addOrderBy('u.id', 'ASC');
      const hints = this.movedIds(this.covered(q.period, params), q.period).hints;
      const narrow = fromSet(moved, q.page * q.pageSize, await this.registrySize(), LOOK_IN_SET) || q.period.sector !== undefined || q.period.komunitasId !== undefined;
      rows = (await this.rawMany(paged(page), narrow ? hints : { ...BY_NAME, ...hints })).map((r) => ({ ...(r as PageRow), total: moved }));
      count = async () => moved;
    } else if (q.outcome === 'tetap') {
      // Recorded, and not among the UMKM whose two ends differ; both ends are the class on `to`.
      // The page walks the names in order and stops when full (unless a sector or community
      // narrows the registry first); the total is recorded minus moved.
      // A year with few UMKM recorded (an early one) lists them from the year's records (their
      // key by year), sorted; a year with many walks the names.
      const year = calendarYear(q.period);
      const recorded = await this.recordedCount(q.period, params);
      const few = year !== undefined && fromSet(recorded, q.page * q.pageSize, await this.registrySize(), LOOK_FOR_RECORDS);
      const qb = few ? this.covered(q.period, params) : this.recordedUmkm(q.period, params);
      if (few) qb.andWhere(`u.id IN ${qb.subQuery().select('t.umkmId').from(RiwayatTahunanEntity, 't').where('t.year = :recordYear').getQuery()}`, { recordYear: year });
      const set = this.movedIds(qb, q.period);
      qb.andWhere(`u.id NOT IN ${set.sql}`);
      const narrow = few || q.period.sector !== undefined || q.period.komunitasId !== undefined;
      rows = await this.rawMany(paged(qb.select('u.id', 'id').orderBy('u.businessName', 'ASC').addOrderBy('u.id', 'ASC')), narrow ? set.hints : { ...BY_NAME, ...set.hints });
      count = async () => recorded - (await this.movedCount(q.period, params));
    } else {
      const stale = q.outcome === 'tanpa_data';
      const among = () => (stale ? this.stale(q.period, params) : this.menengahNeedMarket(q.period, params));
      const qb = among().select('u.id', 'id');
      // The data to collect comes oldest first: never recorded, then by the latest record's date.
      if (stale) qb.orderBy('u.lastRecordDate', 'ASC', 'NULLS FIRST').addOrderBy('u.businessName', 'ASC');
      else qb.orderBy('u.businessName', 'ASC');
      rows = await this.rawMany(paged(qb.addOrderBy('u.id', 'ASC')), stale ? BY_LATEST_RECORD : NO_HINT);
      count = () => (stale ? this.staleCount(q.period, params) : this.menengahNeedMarketCount(q.period, params));
    }
    const total = rows.length ? num(rows[0]!.total ?? (await count())) : await count();
    return { items: await this.items(q, rows.map((r) => ({ ...r, id: num(r.id) }))), total, page: q.page, pageSize: q.pageSize };
  }

  /** The whole list behind a figure (paging ignored), `chunk` UMKM at a time, in the page's order. */
  async *iterate(q: PeriodListQueryData, chunk = 500): AsyncGenerator<PeriodListItem[]> {
    for (let page = 1; ; page++) {
      const { items } = await this.list({ ...q, page, pageSize: chunk });
      if (items.length === 0) return;
      yield items;
      if (items.length < chunk) return;
    }
  }

  /** A page's rows as the list shows them: the registry's columns, the latest record's date, the classes at both ends. */
  private async items(q: PeriodListQueryData, page: PageRow[]): Promise<PeriodListItem[]> {
    if (page.length === 0) return [];
    const ids = page.map((r) => r.id);
    const stored = await this.umkm.find({ select: selectOf([...UMKM_LIST_COLUMNS, 'lastRecordDate']), where: { id: In(ids) } });
    const byId = new Map(stored.map((u) => [u.id, u]));
    const { from, to } = q.period;
    let classes: (r: PageRow, u: UmkmRow) => { fromClass: UmkmClass | null; toClass: UmkmClass | null };
    const moves = await this.movesOf(ids);
    if (q.outcome === 'naik' || q.outcome === 'turun') {
      // The first move's from_class and the last move's to_class in (from, to].
      classes = (_r, u) => {
        const own = (moves.get(u.id) ?? []).filter((m) => m.date > from && m.date <= to);
        return { fromClass: own[0]?.fromClass ?? null, toClass: own.at(-1)?.toClass ?? null };
      };
    } else {
      const classAt = (u: UmkmRow, date: string) => {
        const own = moves.get(u.id) ?? [];
        return own.filter((m) => m.date <= date).at(-1)?.toClass ?? own[0]?.fromClass ?? u.class;
      };
      if (q.outcome === 'tetap') {
        classes = (_r, u) => ({ fromClass: classAt(u, to), toClass: classAt(u, to) });
      } else {
        // Classes over the period only for the UMKM recorded in it.
        const inPeriod = await this.recordedAmong(ids, from, to);
        classes = (_r, u) => (inPeriod.has(u.id) ? { fromClass: classAt(u, from), toClass: classAt(u, to) } : { fromClass: null, toClass: null });
      }
    }
    return page.flatMap((r) => {
      const u = byId.get(r.id);
      return u ? [{ ...toUmkmListItem(u), ...classes(r, u), lastRecordDate: u.lastRecordDate }] : [];
    });
  }

  /** The moves of some UMKM, each UMKM's in date order. */
  private async movesOf(ids: readonly number[]): Promise<Map<number, ClassMoveRow[]>> {
    const rows = await this.em.find(ClassMoveEntity, { where: { umkmId: In([...ids]) }, order: { umkmId: 'ASC', date: 'ASC' } });
    const out = new Map<number, ClassMoveRow[]>();
    for (const m of rows) out.set(m.umkmId, [...(out.get(m.umkmId) ?? []), m]);
    return out;
  }

  /** Which of `ids` have a live record in [from, to]. */
  private async recordedAmong(ids: readonly number[], from: string, to: string): Promise<Set<number>> {
    const rows = await this.em
      .createQueryBuilder(ClassRecordEntity, 'r')
      .select('DISTINCT r.umkmId', 'id')
      .where('r.umkmId IN (:...ids)', { ids })
      .andWhere('r.deletedAt IS NULL')
      .andWhere('r.date >= :from AND r.date <= :to', { from, to })
      .getRawMany<{ id: number | string }>();
    return new Set(rows.map((r) => num(r.id)));
  }

  private rawMany<T>(qb: SelectQueryBuilder<ObjectLiteral>, uses: Readonly<Record<string, string>>): Promise<T[]> {
    return this.tx.sql.hints.getRawMany<T>(this.em, qb, uses);
  }

  private async count(qb: SelectQueryBuilder<ObjectLiteral>, uses: Readonly<Record<string, string>>): Promise<number> {
    const [row] = await this.rawMany<{ n: number | string }>(qb.select('COUNT(*)', 'n'), uses);
    return num(row?.n);
  }

  /** About how many UMKM the registry holds (its highest id: one step down its key). */
  private async registrySize(): Promise<number> {
    const row = await this.umkm.createQueryBuilder('u').select('MAX(u.id)', 'n').getRawOne<{ n: number | string | null }>();
    return num(row?.n);
  }

  /**
   * The recorded UMKM (a live record in the period) by kecamatan and sector. A calendar year
   * (the report's usual period) is read from rekap_tercatat, which the triggers keep per year:
   * the latest record's date settles "recorded" only for the newest year, and every older one
   * would look for a record of each UMKM. Other periods, and a community's members, are counted.
   */
  private async recordedByPlace(q: PeriodQueryData, params: Params): Promise<Array<{ kecamatan: string; sector: Sector; n: number | string }>> {
    const year = calendarYear(q);
    if (year !== undefined && q.komunitasId === undefined) {
      const qb = this.em
        .createQueryBuilder(RekapTercatatEntity, 'u')
        .select('u.kecamatan', 'kecamatan')
        .addSelect('u.sector', 'sector')
        .addSelect('SUM(u.n)', 'n')
        .where('u.year = :year', { year })
        .andWhere('u.n > 0');
      if (q.kecamatan) qb.andWhere('u.kecamatan = :kecamatan', { kecamatan: q.kecamatan });
      if (q.sector) qb.andWhere('u.sector = :sector', { sector: q.sector });
      return qb.groupBy('u.kecamatan').addGroupBy('u.sector').getRawMany();
    }
    return this.rawMany(
      this.recordedUmkm(q, params).select('u.kecamatan', 'kecamatan').addSelect('u.sector', 'sector').addSelect('COUNT(*)', 'n').groupBy('u.kecamatan').addGroupBy('u.sector'),
      this.recordedHint(q),
    );
  }

  private async recordedCount(q: PeriodQueryData, params: Params): Promise<number> {
    if (calendarYear(q) !== undefined && q.komunitasId === undefined) return (await this.recordedByPlace(q, params)).reduce((sum, r) => sum + num(r.n), 0);
    return this.count(this.recordedUmkm(q, params), this.recordedHint(q));
  }

  /**
   * Active menengah UMKM selling locally or regionally: from the registry's counts (rekap_umkm),
   * unless a community narrows it to its members.
   */
  private async menengahNeedMarketCount(q: PeriodQueryData, params: Params): Promise<number> {
    if (q.komunitasId !== undefined) return this.count(this.menengahNeedMarket(q, params), BY_MATCH);
    const qb = this.em
      .createQueryBuilder(RekapUmkmEntity, 'u')
      .select('COALESCE(SUM(u.n), 0)', 'n')
      .where(`u.status = 'aktif'`)
      .andWhere(`u.class = 'menengah'`)
      .andWhere(`u.marketReach IN ('lokal', 'regional')`);
    if (q.kecamatan) qb.andWhere('u.kecamatan = :kecamatan', { kecamatan: q.kecamatan });
    if (q.sector) qb.andWhere('u.sector = :sector', { sector: q.sector });
    return num((await qb.getRawOne<{ n: number | string }>())?.n);
  }

  /**
   * Active UMKM overdue for a record: those never recorded and those whose latest record is older
   * than a year, each a range of the latest-record index (one range each, where the OR of the two
   * would make the planner step through every date).
   */
  private async staleCount(q: PeriodQueryData, params: Params): Promise<number> {
    const active = () => this.covered(q, params).andWhere(`u.status = 'aktif'`);
    const never = await this.count(active().andWhere('u.lastRecordDate IS NULL'), BY_LATEST_RECORD);
    return never + (await this.count(active().andWhere('u.lastRecordDate < :staleBefore'), BY_LATEST_RECORD));
  }

  /**
   * Where to count recorded UMKM from: the covering index of migration 4 (kecamatan, sector and the
   * latest record's date, in the index), unless a community narrows it to a few members.
   */
  private recordedHint(q: PeriodQueryData): Readonly<Record<string, string>> {
    return q.komunitasId === undefined ? BY_LATEST_RECORD : NO_HINT;
  }

  /**
   * The UMKM the period covers (alias u) that have a record in it: most are settled by the date
   * of their latest record; the others by their records in the period, or for whole calendar
   * years by their key in riwayat_tahunan (the live records per UMKM and year the triggers keep).
   */
  private recordedUmkm(q: PeriodQueryData, params: Params): SelectQueryBuilder<UmkmRow> {
    const qb = this.covered(q, params);
    const years = wholeYears(q);
    const inPeriod =
      years !== undefined
        ? qb.subQuery().select('1').from(RiwayatTahunanEntity, 't').where('t.umkmId = u.id').andWhere('t.year BETWEEN :recordFrom AND :recordTo').getQuery()
        : qb
            .subQuery()
            .select('1')
            .from(ClassRecordEntity, 'r')
            .where('r.umkmId = u.id')
            .andWhere('r.deletedAt IS NULL')
            .andWhere('r.date >= :from')
            .andWhere('r.date <= :to')
            .getQuery();
    if (years !== undefined) qb.setParameters({ recordFrom: years[0], recordTo: years[1] });
    return qb.andWhere('u.lastRecordDate >= :from').andWhere(new Brackets((b) => b.where('u.lastRecordDate <= :to').orWhere(`EXISTS ${inPeriod}`)));
  }

  /**
   * The UMKM whose class differs between the two ends of the period, as a subquery of their ids
   * for `qb` (only those that moved up, or down, and one transition, when asked), with the index
   * hints its statement needs: for a calendar year the moves over the year the triggers keep
   * (perpindahan_tahunan, by its key); for another period the moves in it (their date index).
   */
  private movedIds(qb: SelectQueryBuilder<ObjectLiteral>, q: PeriodQueryData, only?: { up: boolean; transition?: [UmkmClass, UmkmClass] }): { sql: string; hints: Readonly<Record<string, string>> } {
    const year = calendarYear(q);
    if (year !== undefined) {
      const sub = qb.subQuery().select('p.umkmId').from(PerpindahanTahunanEntity, 'p').where('p.year = :movesYear');
      if (only) sub.andWhere(`${classRankSql('p.toClass')} ${only.up ? '>' : '<'} ${classRankSql('p.fromClass')}`);
      if (only?.transition) sub.andWhere('p.fromClass = :tFrom AND p.toClass = :tTo');
      qb.setParameters({ movesYear: year, ...(only?.transition ? { tFrom: only.transition[0], tTo: only.transition[1] } : {}) });
      return { sql: sub.getQuery(), hints: NO_HINT };
    }
    const ends = this.endsOf(qb.subQuery().select('m.umkmId').from(ClassMoveEntity, 'm'));
    if (only) ends.andHaving(`${classRankSql(LAST_TO)} ${only.up ? '>' : '<'} ${classRankSql(FIRST_FROM)}`);
    if (only?.transition) ends.andHaving(`${FIRST_FROM} = :tFrom AND ${LAST_TO} = :tTo`);
    if (only?.transition) qb.setParameters({ tFrom: only.transition[0], tTo: only.transition[1] });
    return { sql: ends.getQuery(), hints: BY_ENDS };
  }

  /**
   * The moved UMKM by kecamatan, sector and their two ends: a calendar year (without a community)
   * from the counts the triggers keep (rekap_naik_kelas), otherwise counted.
   */
  private async movedByPlace(q: PeriodQueryData, params: Params): Promise<Array<{ kecamatan: string; sector: Sector; fromClass: UmkmClass; toClass: UmkmClass; n: number | string }>> {
    const year = calendarYear(q);
    if (year === undefined || q.komunitasId !== undefined) {
      return this.movedCounted<{ kecamatan: string; sector: Sector }>(this.covered(q, params), q, [['u.kecamatan', 'kecamatan'], ['u.sector', 'sector']]);
    }
    return this.keptMoves(q, year)
      .select('r.kecamatan', 'kecamatan')
      .addSelect('r.sector', 'sector')
      .addSelect('r.fromClass', 'fromClass')
      .addSelect('r.toClass', 'toClass')
      .addSelect('r.n', 'n')
      .getRawMany();
  }

  /** The moved UMKM (only up, or down, and one transition, when asked), counted. */
  private async movedCount(q: PeriodQueryData, params: Params, only?: { up: boolean; transition?: [UmkmClass, UmkmClass] }): Promise<number> {
    const year = calendarYear(q);
    if (year === undefined || q.komunitasId !== undefined) {
      const among = this.covered(q, params);
      const set = this.movedIds(among, q, only);
      return this.count(among.andWhere(`u.id IN ${set.sql}`), { ...set.hints, u: 'ix_umkm_live' });
    }
    const qb = this.keptMoves(q, year).select('COALESCE(SUM(r.n), 0)', 'n');
    if (only) qb.andWhere(`${classRankSql('r.toClass')} ${only.up ? '>' : '<'} ${classRankSql('r.fromClass')}`);
    if (only?.transition) qb.andWhere('r.fromClass = :tFrom AND r.toClass = :tTo', { tFrom: only.transition[0], tTo: only.transition[1] });
    return num((await qb.getRawOne<{ n: number | string }>())?.n);
  }

  /** The kept counts of a calendar year's moves (alias r), in the period's kecamatan and sector. */
  private keptMoves(q: PeriodQueryData, year: number): SelectQueryBuilder<ObjectLiteral> {
    const qb = this.em.createQueryBuilder(RekapNaikKelasEntity, 'r').where('r.year = :year', { year }).andWhere('r.n > 0');
    if (q.kecamatan) qb.andWhere('r.kecamatan = :kecamatan', { kecamatan: q.kecamatan });
    if (q.sector) qb.andWhere('r.sector = :sector', { sector: q.sector });
    return qb;
  }

  /**
   * The moved UMKM among `qb`'s (alias u), counted by `columns` and their two ends: for a calendar
   * year from the moves over the year (perpindahan_tahunan), otherwise from the period's moves.
   */
  private movedCounted<T>(
    qb: SelectQueryBuilder<UmkmRow>,
    q: PeriodQueryData,
    columns: Array<[expression: string, alias: string]>,
    membersOnly = false,
  ): Promise<Array<T & { fromClass: UmkmClass; toClass: UmkmClass; n: number | string }>> {
    const year = calendarYear(q);
    if (year === undefined) return this.rawMany(this.endsCounted(this.joinEnds(qb, membersOnly), ...columns), membersOnly ? NO_HINT : BY_ENDS_LIVE);
    qb.innerJoin(PerpindahanTahunanEntity.options.name, 'p', 'p.umkmId = u.id AND p.year = :movesYear', { movesYear: year })
      .select('p.fromClass', 'fromClass')
      .addSelect('p.toClass', 'toClass')
      .addSelect('COUNT(*)', 'n')
      .groupBy('p.fromClass')
      .addGroupBy('p.toClass');
    for (const [expression, alias] of columns) qb.addSelect(expression, alias).addGroupBy(expression);
    return this.rawMany(qb, { u: 'ix_umkm_live' });
  }

  /**
   * Narrows `qb`, a query over the moves as `m` selecting its UMKM, to the UMKM whose class
   * differs between the two ends of the period; with `classes`, it selects both ends too: the
   * from_class of the first move in (from, to] and the to_class of the last (dates are ten
   * characters, so the class follows at position 11 of date || class).
   */
  private endsOf<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, classes = false): SelectQueryBuilder<T> {
    if (classes) qb.addSelect(FIRST_FROM, 'fromClass').addSelect(LAST_TO, 'toClass');
    return qb.where('m.date > :from').andWhere('m.date <= :to').groupBy('m.umkmId').having(`${FIRST_FROM} <> ${LAST_TO}`);
  }

  /**
   * `qb` (alias u) joined to the UMKM whose class differs between the two ends of a period that is
   * not a calendar year, with both ends (alias e: id, fromClass, toClass), from the period's moves.
   */
  private joinEnds<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, membersOnly = false): SelectQueryBuilder<T> {
    const params = qb.getParameters();
    const ends = this.endsOf(this.em.createQueryBuilder().from(ClassMoveEntity, 'm').select('m.umkmId', 'id'), true);
    // Only members of a community: their moves by their key, not the period's by date.
    if (membersOnly) ends.andWhere(`m.umkmId IN ${ends.subQuery().select('k.umkmId').from(AnggotaEntity, 'k').getQuery()}`);
    qb.addCommonTableExpression(ends, 'ends').setParameters({ ...params });
    const [e, id] = [qb.escape('e'), qb.escape('id')];
    return qb.innerJoin('ends', 'e', `${e}.${id} = u.id`);
  }

  /** `qb`, joined to the period's moves with their two ends (alias e), counted by `columns` and both ends. */
  private endsCounted<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, ...columns: Array<[expression: string, alias: string]>): SelectQueryBuilder<T> {
    const [e, from, to] = [qb.escape('e'), qb.escape('fromClass'), qb.escape('toClass')];
    qb.select(`${e}.${from}`, 'fromClass').addSelect(`${e}.${to}`, 'toClass').addSelect('COUNT(*)', 'n').groupBy(`${e}.${from}`).addGroupBy(`${e}.${to}`);
    for (const [expression, alias] of columns) qb.addSelect(expression, alias).addGroupBy(expression);
    return qb;
  }

  /** Active menengah UMKM still selling only locally or regionally. */
  private menengahNeedMarket(q: PeriodQueryData, params: Params): SelectQueryBuilder<UmkmRow> {
    return this.covered(q, params)
      .andWhere(`u.status = 'aktif'`)
      .andWhere(`u.class = 'menengah'`)
      .andWhere(`u.marketReach IN ('lokal', 'regional')`);
  }

  /** Active UMKM whose latest record is more than a year old, or that have none. */
  private stale(q: PeriodQueryData, params: Params): SelectQueryBuilder<UmkmRow> {
    return this.covered(q, params)
      .andWhere(`u.status = 'aktif'`)
      .andWhere(new Brackets((b) => b.where('u.lastRecordDate IS NULL').orWhere('u.lastRecordDate < :staleBefore')));
  }

  /** The UMKM a query covers (alias u): in the registry, and in the kecamatan, sector and community asked for. */
  private covered(q: PeriodQueryData, params: Params): SelectQueryBuilder<UmkmRow> {
    return this.where(this.umkm.createQueryBuilder('u'), q, params);
  }

  private where<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, q: PeriodQueryData, params: Params): SelectQueryBuilder<T> {
    qb.andWhere('u.deletedAt IS NULL');
    if (q.kecamatan) qb.andWhere('u.kecamatan = :kecamatan');
    if (q.sector) qb.andWhere('u.sector = :sector');
    if (q.komunitasId !== undefined) {
      const members = qb.subQuery().select('k.umkmId').from(AnggotaEntity, 'k').where('k.komunitasId = :komunitasId').getQuery();
      qb.andWhere(`u.id IN ${members}`);
    }
    return qb.setParameters({ ...params });
  }

  /** 'mikro->kecil' as a pair of classes, checked against the outcome; undefined when not given. */
  private transition(outcome: Outcome, text: string | undefined): [UmkmClass, UmkmClass] | undefined {
    if (!text || (outcome !== 'naik' && outcome !== 'turun')) return undefined;
    const [a, b, ...rest] = text.split('->').map((s) => s.trim());
    const isClass = (c: string | undefined): c is UmkmClass => (UMKM_CLASSES as readonly string[]).includes(c ?? '');
    const ok = rest.length === 0 && isClass(a) && isClass(b) && (outcome === 'naik' ? classRank(b) > classRank(a) : classRank(b) < classRank(a));
    if (!ok) throw fieldsError({ transition: fill(messages.progressValidation.transitionInvalid, { transition: text, outcome }) });
    return [a, b];
  }

  private async params(q: PeriodQueryData): Promise<Params> {
    const p: Params = { from: q.from, to: q.to, staleBefore: yearBefore(todayIso()) };
    if (q.kecamatan) p.kecamatan = q.kecamatan;
    if (q.sector) p.sector = q.sector;
    if (q.komunitasId !== undefined) {
      if (!(await this.em.existsBy(KomunitasEntity, { id: q.komunitasId, deletedAt: IsNull() }))) {
        throw fieldsError({ komunitasId: fill(messages.errors.notFound, { entity: messages.kemitraanEntity.komunitas, id: q.komunitasId }) });
      }
      p.komunitasId = q.komunitasId;
    }
    return p;
  }
}
