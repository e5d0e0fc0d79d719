import type { ClassRecord } from '../../../shared/contract';
import { classify, type ClassBasis, type UmkmClass } from '../../../shared/domain/classification';
import { classByYear, classifyRecord, deriveMoves, type ClassedRecord, type ClassMove } from '../../../shared/domain/progress';
import type { Certification, FigureSource, MarketReach, SalesChannel } from '../../../shared/domain/sectors';
import { todayIso } from '../../../shared/format/date';
import type BetterSqlite3 from 'better-sqlite3';
import type { Raw } from './sqlHelpers';

// The record table and its derived rows, on the driver's connection with synchronous prepared
// statements. Every write of a record (progress service, UMKM create/update, demo seed) goes
// through here, and recompute() runs in the same better-sqlite3 transaction as the write, so the
// moves, the yearly classes and the UMKM row never disagree with the records.

/** The figures of one record as they are written. */
export interface RecordFigures {
  date: string;
  annualSales: number | null;
  capital: number | null;
  assets: number | null;
  employees: number | null;
  marketReach: MarketReach | null;
  certifications: readonly Certification[];
  channels: readonly SalesChannel[];
  source: FigureSource;
  notes: string | null;
}

interface RecordDbRow {
  id: number;
  umkmId: number;
  date: string;
  annualSales: number | null;
  capital: number | null;
  assets: number | null;
  employees: number | null;
  marketReach: MarketReach | null;
  certifications: string;
  channels: string;
  source: FigureSource;
  notes: string | null;
  class: UmkmClass;
  classBasis: ClassBasis;
  createdAt: string;
  updatedAt: string;
}

/** A live record with what recompute needs. */
type LiveRecord = ClassedRecord & Pick<RecordDbRow, 'assets' | 'employees' | 'marketReach'>;

export const RECORD_SELECT = `SELECT r.id AS id, r.umkm_id AS umkmId, r.date AS date, r.annual_sales AS annualSales, r.capital AS capital,
  r.assets AS assets, r.employees AS employees, r.market_reach AS marketReach, r.certifications AS certifications, r.channels AS channels,
  r.source AS source, r.notes AS notes, r.class AS class, r.class_basis AS classBasis, r.created_at AS createdAt, r.updated_at AS updatedAt
  FROM riwayat_kelas r`;

export function toClassRecord(r: RecordDbRow): ClassRecord {
  return {
    ...r,
    certifications: JSON.parse(r.certifications) as Certification[],
    channels: JSON.parse(r.channels) as SalesChannel[],
  };
}

/** The class of a record's figures; a record always has sales or capital (CHECK and schema). */
export function classOf(f: { annualSales: number | null; capital: number | null }): { class: UmkmClass; classBasis: ClassBasis } {
  const c = classifyRecord({ id: 0, date: '', annualSales: f.annualSales, capital: f.capital });
  if (!c) throw new Error('classifyRecord: no figures');
  return { class: c.class, classBasis: c.classBasis };
}

export const currentYear = (): number => Number(todayIso().slice(0, 4));

type Stmt = BetterSqlite3.Statement;

/** Prepared statements over one connection, made once. */
export class ProgressStore {
  private readonly cache = new Map<string, Stmt>();

  constructor(readonly raw: Raw) {}

  stmt(sql: string): Stmt {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.raw.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  getRecord(id: number): ClassRecord | undefined {
    const row = this.stmt(`${RECORD_SELECT} WHERE r.id = ? AND r.deleted_at IS NULL`).get(id) as RecordDbRow | undefined;
    return row ? toClassRecord(row) : undefined;
  }

  /** Live records of a UMKM in timeline order (date, then id), same-day ones included. */
  records(umkmId: number): ClassRecord[] {
    return (this.stmt(`${RECORD_SELECT} WHERE r.umkm_id = ? AND r.deleted_at IS NULL ORDER BY r.date, r.id`).all(umkmId) as RecordDbRow[]).map(toClassRecord);
  }

  /** Inserts a record with its computed class; call inside a transaction, then recompute(). */
  insert(umkmId: number, f: RecordFigures, now: string, c = classOf(f)): number {
    const r = this.stmt(
      `INSERT INTO riwayat_kelas (umkm_id, date, annual_sales, capital, assets, employees, market_reach, certifications, channels, source, notes,
         class, class_basis, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      umkmId,
      f.date,
      f.annualSales,
      f.capital,
      f.assets,
      f.employees,
      f.marketReach,
      JSON.stringify(f.certifications),
      JSON.stringify(f.channels),
      f.source,
      f.notes,
      c.class,
      c.classBasis,
      now,
      now,
    );
    return Number(r.lastInsertRowid);
  }

  /** Rewrites a record's figures and class (the UMKM stays); call inside a transaction, then recompute(). */
  update(id: number, f: RecordFigures, now: string): void {
    const c = classOf(f);
    this.stmt(
      `UPDATE riwayat_kelas SET date = ?, annual_sales = ?, capital = ?, assets = ?, employees = ?, market_reach = ?, certifications = ?, channels = ?,
         source = ?, notes = ?, class = ?, class_basis = ?, updated_at = ? WHERE id = ?`,
    ).run(
      f.date,
      f.annualSales,
      f.capital,
      f.assets,
      f.employees,
      f.marketReach,
      JSON.stringify(f.certifications),
      JSON.stringify(f.channels),
      f.source,
      f.notes,
      c.class,
      c.classBasis,
      now,
      id,
    );
  }

  /** Corrects the five figures the registry form shows on one record, keeping its date, lists and source. */
  correctFigures(id: number, f: Pick<RecordFigures, 'annualSales' | 'capital' | 'assets' | 'employees' | 'marketReach'>, now: string): void {
    const c = classOf(f);
    this.stmt(
      `UPDATE riwayat_kelas SET annual_sales = ?, capital = ?, assets = ?, employees = ?, market_reach = ?, class = ?, class_basis = ?, updated_at = ? WHERE id = ?`,
    ).run(f.annualSales, f.capital, f.assets, f.employees, f.marketReach, c.class, c.classBasis, now, id);
  }

  softDelete(id: number, now: string): void {
    this.stmt(`UPDATE riwayat_kelas SET deleted_at = ?, updated_at = ? WHERE id = ?`).run(now, now, id);
  }

  /** The latest live record of a UMKM in timeline order (date, then id). */
  latestRecordId(umkmId: number): number | undefined {
    const row = this.stmt(`SELECT id FROM riwayat_kelas WHERE umkm_id = ? AND deleted_at IS NULL ORDER BY date DESC, id DESC LIMIT 1`).get(umkmId) as
      | { id: number }
      | undefined;
    return row?.id;
  }

  /** Writes the derived rows of one UMKM's records (already ordered by date, then id). */
  writeDerived(umkmId: number, records: readonly ClassedRecord[], lastYear: number): { moves: ClassMove[]; years: number } {
    const moves = deriveMoves(records);
    const insMove = this.stmt(
      `INSERT INTO kelas_perpindahan (umkm_id, to_record_id, from_record_id, from_date, date, from_class, to_class, direction) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const m of moves) insMove.run(umkmId, m.toRecordId, m.fromRecordId, m.fromDate, m.date, m.fromClass, m.toClass, m.direction);
    const years = classByYear(records, lastYear);
    const insYear = this.stmt(`INSERT INTO kelas_tahunan (umkm_id, year, class) VALUES (?, ?, ?)`);
    for (const y of years) insYear.run(umkmId, y.year, y.class);
    return { moves, years: years.length };
  }

  /**
   * Recomputes everything derived from a UMKM's live records: its moves, its class at each year's
   * end up to this year, and on the UMKM row the class, basis and figures of its latest record and
   * that record's date. Without a live record the UMKM keeps its own figures, classed from them.
   * Call inside the transaction of the write.
   */
  recompute(umkmId: number, now: string, lastYear = currentYear()): void {
    const records = this.stmt(
      `SELECT id, date, annual_sales AS annualSales, capital, assets, employees, market_reach AS marketReach, class, class_basis AS classBasis
       FROM riwayat_kelas WHERE umkm_id = ? AND deleted_at IS NULL ORDER BY date, id`,
    ).all(umkmId) as LiveRecord[];
    this.stmt(`DELETE FROM kelas_perpindahan WHERE umkm_id = ?`).run(umkmId);
    this.stmt(`DELETE FROM kelas_tahunan WHERE umkm_id = ?`).run(umkmId);
    this.writeDerived(umkmId, records, lastYear);
    const latest = records[records.length - 1];
    if (latest) {
      this.stmt(
        `UPDATE umkm SET class = ?, class_basis = ?, annual_sales = ?, capital = ?, assets = ?, employees = ?, market_reach = coalesce(?, market_reach),
           last_record_date = ?, updated_at = ? WHERE id = ?`,
      ).run(latest.class, latest.classBasis, latest.annualSales, latest.capital, latest.assets, latest.employees, latest.marketReach, latest.date, now, umkmId);
      return;
    }
    const own = this.stmt(`SELECT annual_sales AS annualSales, capital FROM umkm WHERE id = ?`).get(umkmId) as
      | { annualSales: number | null; capital: number | null }
      | undefined;
    const c = own ? classify(own) : null;
    if (c) this.stmt(`UPDATE umkm SET class = ?, class_basis = ?, last_record_date = NULL, updated_at = ? WHERE id = ?`).run(c.class, c.basis, now, umkmId);
    else this.stmt(`UPDATE umkm SET last_record_date = NULL, updated_at = ? WHERE id = ?`).run(now, umkmId);
  }
}
