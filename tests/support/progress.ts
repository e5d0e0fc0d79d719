// Builders and readers for the class-progress tests: UMKM registered on a given date with given
// sales, records added through their channel, and the derived tables as plain rows.
import { queryRow, queryRows } from './dbQuery';
import type { ClassRecord, ClassRecordInput, Umkm } from '../../shared/contract';
import type { Scope } from '../../electron/core/scope';
import { call } from './call';
import { addUmkm } from './partnerships';

export const JUTA = 1_000_000;

export const KEC = {
  timur: { kecamatan: '64.71.01', kelurahan: '64.71.01.1001' },
  selatan: { kecamatan: '64.71.05', kelurahan: '64.71.05.1002' },
  kota: { kecamatan: '64.71.06', kelurahan: '64.71.06.1001' },
} as const;

/** A UMKM whose registration record is dated `registeredAt` with sales in juta (capital stays small). */
export function registerUmkm(ctx: Scope, registeredAt: string, salesJuta: number, overrides: Record<string, unknown> = {}): Promise<Umkm> {
  return addUmkm(ctx, { registeredAt, annualSales: salesJuta * JUTA, capital: 50 * JUTA, ...overrides });
}

/** A record added as a clerk adds it (progress:add); `overrides` may be wrong on purpose. */
export function addRecord(ctx: Scope, umkmId: number, date: string, salesJuta: number, overrides: Record<string, unknown> = {}): Promise<ClassRecord> {
  return call(ctx, 'progress:add', { umkmId, date, annualSales: salesJuta * JUTA, source: 'survei', ...overrides } as ClassRecordInput);
}

export interface MoveRow {
  fromRecordId: number;
  toRecordId: number;
  fromDate: string;
  date: string;
  fromClass: string;
  toClass: string;
  direction: string;
}

export function movesOf(ctx: Scope, umkmId: number): Promise<MoveRow[]> {
  return queryRows<MoveRow>(
    ctx.db,
    `SELECT from_record_id AS "fromRecordId", to_record_id AS "toRecordId", from_date AS "fromDate", date, from_class AS "fromClass", to_class AS "toClass", direction
     FROM kelas_perpindahan WHERE umkm_id = ? ORDER BY date`,
    [umkmId],
  );
}

/** kelas_tahunan of a UMKM as { year: class }. */
export async function yearsOf(ctx: Scope, umkmId: number): Promise<Record<number, string>> {
  const rows = await queryRows<{ year: number; class: string }>(ctx.db, `SELECT year, class FROM kelas_tahunan WHERE umkm_id = ? ORDER BY year`, [umkmId]);
  return Object.fromEntries(rows.map((r) => [r.year, r.class]));
}

/** { year: class } for every year from `from` to this year, with the class changing in the years given. */
export function yearsFrom(from: number, changes: Record<number, string>): Record<number, string> {
  const out: Record<number, string> = {};
  let current = changes[from]!;
  for (let y = from; y <= new Date().getFullYear(); y++) {
    current = changes[y] ?? current;
    out[y] = current;
  }
  return out;
}

export async function umkmRow(ctx: Scope, id: number): Promise<Record<string, unknown>> {
  const row = await queryRow(
    ctx.db,
    `SELECT class, class_basis AS "classBasis", annual_sales AS "annualSales", capital, assets, employees, market_reach AS "marketReach",
       last_record_date AS "lastRecordDate" FROM umkm WHERE id = ?`,
    [id],
  );
  return row!;
}
