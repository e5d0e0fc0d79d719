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

interface Ends {
  id: number;
  fromClass: UmkmClass;
  toClass: UmkmClass;
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
const BY_NAME = { u: 'ix_umkm_name' };
const NO_HINT = {};

export class ProgressReportService {
  private readonly em: EntityManager;
  private readonly umkm: Repository<UmkmRow>;

  constructor(private readonly tx: Tx) {
    this.em = tx.em;
    this.umkm = tx.em.getRepository(UmkmEntity);
  }

  async report(q: PeriodQueryData): Promise<PeriodReport> {
    const params = await this.params(q);

    const recordedRows = await this.rawMany<{ kecamatan: string; sector: Sector; n: number | string }>(
      this.recordedUmkm(q, params).select('u.kecamatan', 'kecamatan').addSelect('u.sector', 'sector').addSelect('COUNT(*)', 'n').groupBy('u.kecamatan').addGroupBy('u.sector'),
      this.recordedHint(q),
    );
    const changed = await this.changedUmkm(q, params)
      .addSelect('u.kecamatan', 'kecamatan')
      .addSelect('u.sector', 'sector')
      .getRawMany<Ends & { kecamatan: string; sector: Sector }>();

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
    const direction = new Map<number, 'naik' | 'turun'>();
    for (const c of changed) {
      const d = classRank(c.toClass) > classRank(c.fromClass) ? 'naik' : 'turun';
      direction.set(num(c.id), d);
      const key = `${c.fromClass}->${c.toClass}`;
      if (d === 'naik') {
        naikTotal++;
        if (key in naik) naik[key as keyof typeof naik]++;
      } else {
        turunTotal++;
        if (key in turun) turun[key as keyof typeof turun]++;
      }
      byKecamatan[kecamatanName(c.kecamatan)]![d]++;
      bySector[c.sector]![d]++;
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
    if (byKomunitas.length && direction.size) {
      const komunitasIndex = new Map(byKomunitas.map((k) => [k.komunitasId, k]));
      const members = await this.em.find(AnggotaEntity, { select: { komunitasId: true, umkmId: true }, where: { komunitasId: In([...komunitasIndex.keys()]) } });
      for (const m of members) {
        const d = direction.get(m.umkmId);
        if (d) komunitasIndex.get(m.komunitasId)![d]++;
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
      menengahNeedMarket: await this.count(this.menengahNeedMarket(q, params), BY_MATCH),
      staleRecords: await this.count(this.stale(q, params), BY_LATEST_RECORD),
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
    if (q.outcome === 'naik' || q.outcome === 'turun') {
      const moved = () => {
        const qb = this.changedUmkm(q.period, params);
        const [e, from, to] = [qb.escape('e'), qb.escape('fromClass'), qb.escape('toClass')];
        qb.andWhere(`${classRankSql(`${e}.${to}`)} ${q.outcome === 'naik' ? '>' : '<'} ${classRankSql(`${e}.${from}`)}`);
        if (transition) qb.andWhere(`${e}.${from} = :tFrom AND ${e}.${to} = :tTo`, { tFrom: transition[0], tTo: transition[1] });
        return qb;
      };
      rows = await this.rawMany(paged(moved().addSelect('COUNT(*) OVER ()', 'total').orderBy('u.businessName', 'ASC').addOrderBy('u.id', 'ASC')), NO_HINT);
      count = () => this.count(moved(), NO_HINT);
    } else if (q.outcome === 'tetap') {
      // Recorded, and not among the UMKM whose two ends differ; both ends are the class on `to`.
      // The page walks the names in order and stops when full (unless a sector or community
      // narrows the registry first); the total is recorded minus moved.
      const qb = this.recordedUmkm(q.period, params);
      const ends = qb.subQuery().select('m.umkmId').from(ClassMoveEntity, 'm');
      qb.andWhere(`u.id NOT IN ${this.endsOf(ends).getQuery()}`);
      const narrow = q.period.sector !== undefined || q.period.komunitasId !== undefined;
      rows = await this.rawMany(paged(qb.select('u.id', 'id').orderBy('u.businessName', 'ASC').addOrderBy('u.id', 'ASC')), narrow ? NO_HINT : BY_NAME);
      count = async () =>
        (await this.count(this.recordedUmkm(q.period, params), this.recordedHint(q.period))) - (await this.count(this.changedUmkm(q.period, params), NO_HINT));
    } else {
      const stale = q.outcome === 'tanpa_data';
      const among = () => (stale ? this.stale(q.period, params) : this.menengahNeedMarket(q.period, params));
      const qb = among().select('u.id', 'id');
      // The data to collect comes oldest first: never recorded, then by the latest record's date.
      if (stale) qb.orderBy('u.lastRecordDate', 'ASC', 'NULLS FIRST').addOrderBy('u.businessName', 'ASC');
      else qb.orderBy('u.businessName', 'ASC');
      rows = await this.rawMany(paged(qb.addOrderBy('u.id', 'ASC')), stale ? BY_LATEST_RECORD : NO_HINT);
      count = () => this.count(among(), stale ? BY_LATEST_RECORD : BY_MATCH);
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
    if (q.outcome === 'naik' || q.outcome === 'turun') {
      classes = (r) => ({ fromClass: r.fromClass!, toClass: r.toClass! });
    } else {
      const moves = await this.movesOf(ids);
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

  /**
   * Where to count recorded UMKM from: the covering index of migration 4 (kecamatan, sector and the
   * latest record's date, in the index), unless a community narrows it to a few members.
   */
  private recordedHint(q: PeriodQueryData): Readonly<Record<string, string>> {
    return q.komunitasId === undefined ? BY_LATEST_RECORD : NO_HINT;
  }

  /** The UMKM the period covers (alias u) that have a record in it. */
  private recordedUmkm(q: PeriodQueryData, params: Params): SelectQueryBuilder<UmkmRow> {
    const qb = this.covered(q, params);
    const inPeriod = qb
      .subQuery()
      .select('1')
      .from(ClassRecordEntity, 'r')
      .where('r.umkmId = u.id')
      .andWhere('r.deletedAt IS NULL')
      .andWhere('r.date >= :from')
      .andWhere('r.date <= :to')
      .getQuery();
    return qb.andWhere('u.lastRecordDate >= :from').andWhere(new Brackets((b) => b.where('u.lastRecordDate <= :to').orWhere(`EXISTS ${inPeriod}`)));
  }

  /**
   * The covered UMKM whose class differs between the two ends of the period (alias u), with both
   * ends as `id`, `fromClass` and `toClass` (alias e).
   */
  private changedUmkm(q: PeriodQueryData, params: Params): SelectQueryBuilder<UmkmRow> {
    const ends = this.endsOf(this.em.createQueryBuilder().from(ClassMoveEntity, 'm').select('m.umkmId', 'id'), true);
    const qb = this.covered(q, params).addCommonTableExpression(ends, 'ends');
    const [e, id, from, to] = [qb.escape('e'), qb.escape('id'), qb.escape('fromClass'), qb.escape('toClass')];
    return qb
      .innerJoin('ends', 'e', `${e}.${id} = u.id`)
      .select(`${e}.${id}`, 'id')
      .addSelect(`${e}.${from}`, 'fromClass')
      .addSelect(`${e}.${to}`, 'toClass');
  }

  /**
   * Narrows `qb`, a query over the moves as `m` selecting its UMKM, to the UMKM whose class
   * differs between the two ends of the period; with `classes`, it selects both ends too: the
   * from_class of the first move in (from, to] and the to_class of the last (dates are ten
   * characters, so the class follows at position 11 of date || class).
   */
  private endsOf<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, classes = false): SelectQueryBuilder<T> {
    const fromClass = 'SUBSTR(MIN(m.date || m.fromClass), 11)';
    const toClass = 'SUBSTR(MAX(m.date || m.toClass), 11)';
    if (classes) qb.addSelect(fromClass, 'fromClass').addSelect(toClass, 'toClass');
    return qb.where('m.date > :from').andWhere('m.date <= :to').groupBy('m.umkmId').having(`${fromClass} <> ${toClass}`);
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
