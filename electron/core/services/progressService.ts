import {
  ClassRecordInput,
  type ClassMoveView,
  type ClassRecord,
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
import { currentYear, type ProgressStore, type RecordFigures } from './progressStore';
import { fieldsError, jsonIds, notFoundError, nowIso, withoutNulls, type Raw } from './sqlHelpers';
import { parseOrThrow } from './validate';

const p = messages.progressValidation;

/** The year up to which every UMKM's yearly classes have been carried forward. */
export const SETTING_YEARS_UP_TO = 'progress.yearsUpTo';

interface MoveDbRow {
  fromRecordId: number;
  toRecordId: number;
  fromDate: string;
  date: string;
  fromClass: UmkmClass;
  toClass: UmkmClass;
  direction: MoveDirection;
}

interface AgreementDbRow {
  id: number;
  number: string;
  partnerName: string;
  status: KemitraanStatus;
  startDate: string;
  endDate: string | null;
  komunitasName: string | null;
}

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

/** A stored record as input again, for merging an edit. */
function recordToInput(r: ClassRecord): Record<string, unknown> {
  return withoutNulls({
    umkmId: r.umkmId,
    date: r.date,
    annualSales: r.annualSales,
    capital: r.capital,
    assets: r.assets,
    employees: r.employees,
    marketReach: r.marketReach,
    certifications: r.certifications,
    channels: r.channels,
    source: r.source,
    notes: r.notes,
  });
}

/**
 * Class records of a UMKM ("riwayat kelas"): every write recomputes the UMKM's moves, yearly
 * classes and current class in the same transaction (ProgressStore.recompute). Synchronous
 * prepared statements on the driver's connection, like the partnership services.
 */
export class ProgressService {
  private readonly raw: Raw;

  constructor(private readonly store: ProgressStore) {
    this.raw = store.raw;
  }

  getRecord(id: number): ClassRecord {
    const r = this.store.getRecord(id);
    if (!r) throw notFoundError(messages.progressEntity.record, id);
    return r;
  }

  add(input: unknown): ClassRecord {
    const data = parseOrThrow(ClassRecordInput, input);
    const id = this.raw.transaction(() => {
      this.assertUmkmLive(data.umkmId);
      const now = nowIso();
      const newId = this.store.insert(data.umkmId, toFigures(data), now);
      this.store.recompute(data.umkmId, now);
      return newId;
    })();
    return this.getRecord(id);
  }

  /** Merges the changed fields over the stored record and checks the merged whole. */
  update(id: number, changes: Record<string, unknown>): ClassRecord {
    this.raw.transaction(() => {
      const stored = this.getRecord(id);
      this.assertUmkmLive(stored.umkmId);
      const data = parseOrThrow(ClassRecordInput, { ...recordToInput(stored), ...changes });
      if (data.umkmId !== stored.umkmId) throw fieldsError({ umkmId: p.umkmFixed });
      const now = nowIso();
      this.store.update(id, toFigures(data), now);
      this.store.recompute(stored.umkmId, now);
    })();
    return this.getRecord(id);
  }

  /** Soft delete; the UMKM's moves and class follow its remaining records. */
  remove(id: number): { id: number } {
    this.raw.transaction(() => {
      const stored = this.getRecord(id);
      this.assertUmkmLive(stored.umkmId);
      const now = nowIso();
      this.store.softDelete(id, now);
      this.store.recompute(stored.umkmId, now);
    })();
    return { id };
  }

  /**
   * A UMKM's records (all of them, same-day ones too), its moves with the agreements active at
   * some time between the two records of each, and all its agreements, direct or through a
   * community it belongs to.
   */
  timeline(umkmId: number): UmkmTimeline {
    const u = this.raw.prepare(`SELECT id FROM umkm WHERE id = ? AND deleted_at IS NULL`).get(umkmId);
    if (!u) throw notFoundError(messages.entity.umkm, umkmId);
    const records = this.store.records(umkmId);
    const moves = this.store
      .stmt(
        `SELECT from_record_id AS fromRecordId, to_record_id AS toRecordId, from_date AS fromDate, date, from_class AS fromClass,
           to_class AS toClass, direction FROM kelas_perpindahan WHERE umkm_id = ? ORDER BY date, to_record_id`,
      )
      .all(umkmId) as MoveDbRow[];
    const agreements = this.store
      .stmt(
        `SELECT k.id AS id, k.number AS number, m.name AS partnerName, k.status AS status, k.start_date AS startDate, k.end_date AS endDate,
           c.name AS komunitasName
         FROM kemitraan k JOIN mitra m ON m.id = k.mitra_id LEFT JOIN komunitas c ON c.id = k.komunitas_id
         WHERE k.deleted_at IS NULL AND k.id IN (
           SELECT id FROM kemitraan WHERE umkm_id = ?
           UNION SELECT kk.id FROM komunitas_anggota a JOIN kemitraan kk ON kk.komunitas_id = a.komunitas_id WHERE a.umkm_id = ?)
         ORDER BY k.start_date, k.id`,
      )
      .all(umkmId, umkmId) as AgreementDbRow[];

    const running = agreements.filter((a) => a.status === 'aktif' || a.status === 'selesai');
    const supports = new Map<number, Support[]>();
    if (running.length) {
      const rows = this.store
        .stmt(
          `SELECT id, kemitraan_id AS kemitraanId, kind, description, value FROM kemitraan_dukungan
           WHERE kemitraan_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
        )
        .all(jsonIds(running.map((a) => a.id))) as Array<Support & { kemitraanId: number }>;
      for (const { kemitraanId, ...s } of rows) {
        const list = supports.get(kemitraanId) ?? [];
        list.push({ id: s.id, kind: s.kind, description: s.description, value: s.value === null ? null : Number(s.value) });
        supports.set(kemitraanId, list);
      }
    }
    const moveViews: ClassMoveView[] = moves.map((m) => ({
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
    return { umkmId, records, moves: moveViews, agreements };
  }

  /**
   * The dashboard's figures: UMKM by class at each year's end (from the earliest year to this
   * one), moves up and down per year, and market reach of the active UMKM. Deleted UMKM are left
   * out everywhere.
   */
  overview(): ProgressOverview {
    const year = currentYear();
    this.rollForward(year);
    const all = this.raw.prepare(`SELECT year, class, COUNT(*) AS n FROM kelas_tahunan WHERE year <= ? GROUP BY year, class`).all(year) as Array<{
      year: number;
      class: UmkmClass;
      n: number;
    }>;
    // Rows of deleted UMKM are kept (so nothing is lost) and subtracted here.
    const gone = this.raw
      .prepare(
        `SELECT t.year AS year, t.class AS class, COUNT(*) AS n FROM umkm u INDEXED BY ix_umkm_deleted CROSS JOIN kelas_tahunan t ON t.umkm_id = u.id
         WHERE u.deleted_at IS NOT NULL AND t.year <= ? GROUP BY t.year, t.class`,
      )
      .all(year) as Array<{ year: number; class: UmkmClass; n: number }>;
    const byYear = new Map<number, Record<UmkmClass, number>>();
    const zero = () => Object.fromEntries(UMKM_CLASSES.map((c) => [c, 0])) as Record<UmkmClass, number>;
    const first = all.reduce((m, r) => Math.min(m, r.year), year + 1);
    for (let y = first; y <= year; y++) byYear.set(y, zero());
    for (const r of all) byYear.get(r.year)![r.class] += r.n;
    for (const r of gone) byYear.get(r.year)![r.class] -= r.n;

    const moves = this.raw
      .prepare(
        `SELECT CAST(substr(p.date, 1, 4) AS integer) AS year, p.direction AS direction, COUNT(*) AS n
         FROM kelas_perpindahan p JOIN umkm u ON u.id = p.umkm_id AND u.deleted_at IS NULL GROUP BY 1, 2 ORDER BY 1`,
      )
      .all() as Array<{ year: number; direction: MoveDirection; n: number }>;
    const movesByYear = new Map<number, { year: number; naik: number; turun: number }>();
    for (const m of moves) {
      const row = movesByYear.get(m.year) ?? { year: m.year, naik: 0, turun: 0 };
      row[m.direction] += m.n;
      movesByYear.set(m.year, row);
    }

    const reach = this.raw
      // The covering index of migration 2; unaided, the planner visits every row through the status index.
      .prepare(`SELECT market_reach AS reach, COUNT(*) AS n FROM umkm INDEXED BY ix_umkm_match WHERE deleted_at IS NULL AND status = 'aktif' GROUP BY market_reach`)
      .all() as Array<{ reach: MarketReach; n: number }>;
    const marketReach = Object.fromEntries(MARKET_REACH.map((r) => [r, 0])) as Record<MarketReach, number>;
    for (const r of reach) marketReach[r.reach] = (marketReach[r.reach] ?? 0) + r.n;

    return {
      classByYear: [...byYear.entries()].map(([y, counts]) => ({ year: y, ...counts })),
      movesByYear: [...movesByYear.values()],
      marketReach,
    };
  }

  /**
   * Yearly classes are written up to the year of each UMKM's last write. Once the year has turned,
   * a UMKM not written since still stands in its last known class: carry it forward, so every UMKM
   * with records has a row for every year up to this one. Every write from then on writes up to
   * this year, so the work is done once a year; the setting remembers the year it was done for.
   */
  private rollForward(year: number): void {
    const done = this.raw.prepare(`SELECT value FROM setting WHERE key = ?`).get(SETTING_YEARS_UP_TO) as { value: string } | undefined;
    if (done && Number(done.value) >= year) return;
    this.raw.transaction(() => {
      // Complete already (a UMKM with records has its row for this year)? Then only remember it.
      const { atYear } = this.raw.prepare(`SELECT COUNT(*) AS atYear FROM kelas_tahunan WHERE year = ?`).get(year) as { atYear: number };
      const { withRecords } = this.raw
        .prepare(
          `SELECT (SELECT COUNT(*) FROM umkm INDEXED BY ix_umkm_progress WHERE deleted_at IS NULL AND last_record_date IS NOT NULL)
            + (SELECT COUNT(*) FROM umkm INDEXED BY ix_umkm_deleted WHERE deleted_at IS NOT NULL AND last_record_date IS NOT NULL) AS withRecords`,
        )
        .get() as { withRecords: number };
      const { minYear } = this.raw.prepare(`SELECT min(year) AS minYear FROM kelas_tahunan`).get() as { minYear: number | null };
      if (atYear < withRecords && minYear !== null) {
        const carry = this.raw.prepare(
          `INSERT INTO kelas_tahunan (umkm_id, year, class)
           SELECT t.umkm_id, t.year + 1, t.class FROM kelas_tahunan t
           WHERE t.year = ? AND NOT EXISTS (SELECT 1 FROM kelas_tahunan n WHERE n.umkm_id = t.umkm_id AND n.year = t.year + 1)`,
        );
        for (let y = minYear; y < year; y++) carry.run(y);
      }
      this.raw
        .prepare(`INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`)
        .run(SETTING_YEARS_UP_TO, String(year));
    })();
  }

  private assertUmkmLive(umkmId: number): void {
    const u = this.raw.prepare(`SELECT deleted_at AS deletedAt FROM umkm WHERE id = ?`).get(umkmId) as { deletedAt: string | null } | undefined;
    if (!u) throw fieldsError({ umkmId: fill(messages.errors.notFound, { entity: messages.entity.umkm, id: umkmId }) });
    if (u.deletedAt) throw fieldsError({ umkmId: p.umkmDeleted });
  }
}
