import type { z } from 'zod';
import { PeriodListQuery, PeriodQuery, TRANSITION_KEYS, type Page, type PeriodListItem, type PeriodReport } from '../../../shared/contract';
import { classRank, UMKM_CLASSES, type UmkmClass } from '../../../shared/domain/classification';
import { KECAMATAN, kecamatanName } from '../../../shared/domain/regions';
import { SECTORS, type Sector } from '../../../shared/domain/sectors';
import { todayIso } from '../../../shared/format/date';
import { fill, messages } from '../../../shared/i18n';
import { fieldsError, toUmkmListItem, UMKM_LIST_SELECT, type Raw, type UmkmListRow } from './sqlHelpers';
import { parseOrThrow } from './validate';

// The Naik Kelas report over a period, in SQL at city scale (200,000 UMKM x 4 records).
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
// - the moved UMKM and their two ends come from one range of the moves table (ENDS);
// - every other recorded UMKM is tetap.
// The class standing on a date (for the rows of a list page) is the to_class of the last move
// on or before it, else the from_class of the first move, else the UMKM's class (all its records
// then share the latest record's class).

type Query = z.output<typeof PeriodQuery>;
type ListQuery = z.output<typeof PeriodListQuery>;
type Outcome = ListQuery['outcome'];

const RECORDED = `(u.last_record_date >= @from AND (u.last_record_date <= @to OR EXISTS (
    SELECT 1 FROM riwayat_kelas r WHERE r.umkm_id = u.id AND r.deleted_at IS NULL AND r.date >= @from AND r.date <= @to)))`;
/**
 * UMKM whose class differs between the two ends of the period, with both ends: the from_class of
 * the first move in (from, to] and the to_class of the last (dates are ten characters, so the
 * class follows at position 11 of date || class).
 */
const ENDS = `ends AS MATERIALIZED (
    SELECT umkm_id AS id, substr(min(date || from_class), 11) AS fromClass, substr(max(date || to_class), 11) AS toClass
    FROM kelas_perpindahan WHERE date > @from AND date <= @to GROUP BY umkm_id HAVING fromClass <> toClass)`;
const classAt = (date: string) => `coalesce(
    (SELECT p.to_class FROM kelas_perpindahan p WHERE p.umkm_id = u.id AND p.date <= ${date} ORDER BY p.date DESC LIMIT 1),
    (SELECT p.from_class FROM kelas_perpindahan p WHERE p.umkm_id = u.id ORDER BY p.date LIMIT 1),
    u.class)`;
const rank = (expr: string) => `(CASE ${expr} WHEN 'mikro' THEN 0 WHEN 'kecil' THEN 1 WHEN 'menengah' THEN 2 ELSE 3 END)`;
// The planner, without statistics, prefers the narrower status index and then visits every row;
// these covering indexes answer the counts from the index alone (migrations 2 and 4).
const STALE = `u.status = 'aktif' AND (u.last_record_date IS NULL OR u.last_record_date < @staleBefore)`;
const STALE_FROM = `umkm u INDEXED BY ix_umkm_progress`;
const MENENGAH_MARKET = `u.status = 'aktif' AND u.class = 'menengah' AND u.market_reach IN ('lokal', 'regional')`;
const MENENGAH_FROM = `umkm u INDEXED BY ix_umkm_match`;

interface Params {
  from: string;
  to: string;
  staleBefore: string;
  kecamatan?: string;
  sector?: string;
  komunitasId?: number;
}

type Tally = { naik: number; turun: number; tetap: number; recorded: number };
const tally = (): Tally => ({ naik: 0, turun: 0, tetap: 0, recorded: 0 });

/** The date one year before `today`: a latest record older than that is overdue. */
export function yearBefore(today: string): string {
  const md = today.slice(5);
  return `${Number(today.slice(0, 4)) - 1}-${md === '02-29' ? '02-28' : md}`;
}

interface ChangedRow {
  id: number;
  kecamatan: string;
  sector: Sector;
  fromClass: UmkmClass;
  toClass: UmkmClass;
}

export class ProgressReportService {
  constructor(private readonly raw: Raw) {}

  report(input: unknown): PeriodReport {
    const q = parseOrThrow(PeriodQuery, input);
    const params = this.params(q);
    const where = this.filters(q);

    const recordedRows = this.raw
      .prepare(`SELECT u.kecamatan AS kecamatan, u.sector AS sector, COUNT(*) AS n FROM ${this.recordedFrom(q)} WHERE ${where} AND ${RECORDED} GROUP BY u.kecamatan, u.sector`)
      .all(params) as Array<{ kecamatan: string; sector: Sector; n: number }>;
    const changed = this.raw
      .prepare(
        `WITH ${ENDS} SELECT e.id AS id, u.kecamatan AS kecamatan, u.sector AS sector, e.fromClass AS fromClass, e.toClass AS toClass
         FROM ends e CROSS JOIN umkm u ON u.id = e.id WHERE ${where}`,
      )
      .all(params) as ChangedRow[];

    const naik = Object.fromEntries(TRANSITION_KEYS.naik.map((k) => [k, 0])) as PeriodReport['naik'];
    const turun = Object.fromEntries(TRANSITION_KEYS.turun.map((k) => [k, 0])) as PeriodReport['turun'];
    const byKecamatan: Record<string, Tally> = Object.fromEntries(KECAMATAN.map((k) => [k.name, tally()]));
    const bySector: Record<string, Tally> = Object.fromEntries(SECTORS.map((s) => [s, tally()]));
    let recorded = 0;
    for (const r of recordedRows) {
      recorded += r.n;
      (byKecamatan[kecamatanName(r.kecamatan)] ??= tally()).recorded += r.n;
      (bySector[r.sector] ??= tally()).recorded += r.n;
    }
    let naikTotal = 0;
    let turunTotal = 0;
    const direction = new Map<number, 'naik' | 'turun'>();
    for (const c of changed) {
      const d = classRank(c.toClass) > classRank(c.fromClass) ? 'naik' : 'turun';
      direction.set(c.id, d);
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
    const komunitasRows = this.raw
      .prepare(
        `SELECT c.id AS komunitasId, c.name AS name, COUNT(*) AS n FROM komunitas c
           CROSS JOIN komunitas_anggota a ON a.komunitas_id = c.id CROSS JOIN umkm u ON u.id = a.umkm_id
         WHERE c.deleted_at IS NULL AND ${where} AND ${RECORDED} GROUP BY c.id ORDER BY c.name, c.id`,
      )
      .all(params) as Array<{ komunitasId: number; name: string; n: number }>;
    const members = direction.size
      ? (this.raw
          .prepare(`SELECT komunitas_id AS komunitasId, umkm_id AS umkmId FROM komunitas_anggota WHERE umkm_id IN (SELECT value FROM json_each(?))`)
          .all(JSON.stringify([...direction.keys()])) as Array<{ komunitasId: number; umkmId: number }>)
      : [];
    const byKomunitas = komunitasRows.map((k) => ({ komunitasId: k.komunitasId, name: k.name, ...tally(), recorded: k.n }));
    const komunitasIndex = new Map(byKomunitas.map((k) => [k.komunitasId, k]));
    for (const m of members) {
      const k = komunitasIndex.get(m.komunitasId);
      if (k) k[direction.get(m.umkmId)!]++;
    }
    for (const k of byKomunitas) k.tetap = k.recorded - k.naik - k.turun;

    const { menengah } = this.raw.prepare(`SELECT COUNT(*) AS menengah FROM ${MENENGAH_FROM} WHERE ${where} AND ${MENENGAH_MARKET}`).get(params) as {
      menengah: number;
    };
    const { stale } = this.raw.prepare(`SELECT COUNT(*) AS stale FROM ${STALE_FROM} WHERE ${where} AND ${STALE}`).get(params) as { stale: number };

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
      menengahNeedMarket: menengah,
      staleRecords: stale,
    };
  }

  /** The UMKM behind one figure of the report, by business name, a page at a time. */
  list(input: unknown): Page<PeriodListItem> {
    const q = parseOrThrow(PeriodListQuery, input);
    const params = this.params(q.period);
    const where = this.filters(q.period);
    const transition = this.transition(q.outcome, q.transition);
    const limit = { limit: q.pageSize, offset: (q.page - 1) * q.pageSize };

    let countSql: string | undefined;
    let pageSql: string;
    // The page's ids first (with the total when counting them costs nothing more); its columns,
    // and the classes for the rows of the page only, after. CROSS JOIN keeps the few moved UMKM
    // as the outer loop.
    const page = (opts: { ends: boolean; from: string; cond: string; classes: string; order?: string; total?: boolean }) => {
      const order = opts.order ?? 'u.business_name, u.id';
      return `WITH ${opts.ends ? `${ENDS}, ` : ''}page AS MATERIALIZED (
          SELECT u.id AS id${opts.total ? ', COUNT(*) OVER () AS total' : ''} FROM ${opts.from} WHERE ${opts.cond} ORDER BY ${order} LIMIT @limit OFFSET @offset)
        SELECT ${UMKM_LIST_SELECT}, u.last_record_date AS lastRecordDate, ${opts.classes}${opts.total ? ', page.total AS total' : ''}
        FROM page JOIN umkm u ON u.id = page.id ${opts.ends ? 'LEFT JOIN ends e ON e.id = u.id' : ''} ORDER BY ${order}`;
    };
    if (q.outcome === 'naik' || q.outcome === 'turun') {
      const cond = `${where} AND ${rank('e.toClass')} ${q.outcome === 'naik' ? '>' : '<'} ${rank('e.fromClass')}${
        transition ? ' AND e.fromClass = @tFrom AND e.toClass = @tTo' : ''
      }`;
      pageSql = page({ ends: true, from: 'ends e CROSS JOIN umkm u ON u.id = e.id', cond, classes: 'e.fromClass AS fromClass, e.toClass AS toClass', total: true });
      countSql = `WITH ${ENDS} SELECT COUNT(*) AS total FROM ends e CROSS JOIN umkm u ON u.id = e.id WHERE ${cond}`;
    } else if (q.outcome === 'tetap') {
      // Recorded, and not among the UMKM whose two ends differ; both ends are the class on `to`.
      // Counted from the covering index; the page walks the names in order and stops when full
      // (unless a sector or community index narrows the registry first).
      countSql = `WITH ${ENDS} SELECT (SELECT COUNT(*) FROM ${this.recordedFrom(q.period)} WHERE ${where} AND ${RECORDED})
        - (SELECT COUNT(*) FROM ends e CROSS JOIN umkm u ON u.id = e.id WHERE ${where}) AS total`;
      const narrow = q.period.sector !== undefined || q.period.komunitasId !== undefined;
      pageSql = page({
        ends: true,
        from: narrow ? 'umkm u' : 'umkm u INDEXED BY ix_umkm_name',
        cond: `${where} AND ${RECORDED} AND u.id NOT IN (SELECT id FROM ends)`,
        classes: `${classAt('@to')} AS fromClass, ${classAt('@to')} AS toClass`,
      });
    } else {
      const stale = q.outcome === 'tanpa_data';
      const cond = `${where} AND ${stale ? STALE : MENENGAH_MARKET}`;
      countSql = `SELECT COUNT(*) AS total FROM ${stale ? STALE_FROM : MENENGAH_FROM} WHERE ${cond}`;
      const classes = `CASE WHEN ${RECORDED} THEN ${classAt('@from')} END AS fromClass, CASE WHEN ${RECORDED} THEN ${classAt('@to')} END AS toClass`;
      // The data to collect comes oldest first: never recorded, then by the latest record's date.
      pageSql = stale
        ? page({ ends: false, from: STALE_FROM, cond, classes, order: 'u.last_record_date, u.business_name, u.id' })
        : page({ ends: false, from: 'umkm u', cond, classes });
    }
    const all = { ...params, ...(transition ? { tFrom: transition[0], tTo: transition[1] } : {}) };
    const rows = this.raw.prepare(pageSql).all({ ...all, ...limit }) as Array<
      UmkmListRow & { fromClass: UmkmClass | null; toClass: UmkmClass | null; lastRecordDate: string | null; total?: number }
    >;
    const total = rows[0]?.total ?? (this.raw.prepare(countSql).get(all) as { total: number }).total;
    return {
      items: rows.map(({ fromClass, toClass, lastRecordDate, total: _t, ...u }) => ({ ...toUmkmListItem(u), fromClass, toClass, lastRecordDate })),
      total,
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  /** The whole list behind a figure (paging ignored), `chunk` UMKM at a time, in the page's order. */
  *iterate(input: unknown, chunk = 500): Generator<PeriodListItem[]> {
    const q = parseOrThrow(PeriodListQuery, input);
    for (let page = 1; ; page++) {
      const { items } = this.list({ ...q, page, pageSize: chunk });
      if (items.length === 0) return;
      yield items;
      if (items.length < chunk) return;
    }
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

  /**
   * Where to count recorded UMKM from: the covering index of migration 4 (kecamatan, sector and the
   * latest record's date, in the index), unless a community narrows it to a few members.
   */
  private recordedFrom(q: Query): string {
    return q.komunitasId === undefined ? 'umkm u INDEXED BY ix_umkm_progress' : 'umkm u';
  }

  private params(q: Query): Params {
    const p: Params = { from: q.from, to: q.to, staleBefore: yearBefore(todayIso()) };
    if (q.kecamatan) p.kecamatan = q.kecamatan;
    if (q.sector) p.sector = q.sector;
    if (q.komunitasId !== undefined) {
      const k = this.raw.prepare(`SELECT id FROM komunitas WHERE id = ? AND deleted_at IS NULL`).get(q.komunitasId);
      if (!k) throw fieldsError({ komunitasId: fill(messages.errors.notFound, { entity: messages.kemitraanEntity.komunitas, id: q.komunitasId }) });
      p.komunitasId = q.komunitasId;
    }
    return p;
  }

  /** The UMKM a query covers (alias u): in the registry, and in the kecamatan, sector and community asked for. */
  private filters(q: Query): string {
    const where = ['u.deleted_at IS NULL'];
    if (q.kecamatan) where.push('u.kecamatan = @kecamatan');
    if (q.sector) where.push('u.sector = @sector');
    if (q.komunitasId !== undefined) where.push('u.id IN (SELECT umkm_id FROM komunitas_anggota WHERE komunitas_id = @komunitasId)');
    return where.join(' AND ');
  }
}
