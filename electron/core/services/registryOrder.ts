import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { z } from 'zod';
import type { UmkmListQuery } from '../../../shared/contract';
import { classRank, type UmkmClass } from '../../../shared/domain/classification';
import { findKelurahan } from '../../../shared/domain/regions';
import { classRankSql } from '../db/classRank';
import type { UmkmRow } from '../db/entities/umkm';

// The registry list's order and filters, as SQL terms on the umkm table (alias u) and as the keys
// a page starts and ends at. The indexes that hold each order are migration QuerySpeed1765152000000's.

/** A registry list query as the contract has read it (codes, defaults). */
export type UmkmQuery = z.output<typeof UmkmListQuery>;

export type Direction = 'ASC' | 'DESC';
type Nulls = 'NULLS FIRST' | 'NULLS LAST';
/** One term of the list's order: a column (or the class rank's select alias), its direction, where nulls go. */
export type OrderTerm = [column: string, direction: Direction, nulls?: Nulls];

/**
 * How the list is ordered for one sort and direction, and the index that holds that order. A sort
 * by kecamatan or class is `grouped`: its few values each hold thousands of UMKM, read group by
 * group (in the values' order, either way) from one index on (value, name, id), names A to Z in
 * each; `terms` is then the whole order, for sorting a set in SQL.
 */
export interface SortPlan {
  index: string;
  terms: OrderTerm[];
  grouped?: { column: 'kecamatan' | 'class'; desc: boolean };
}

export const NAME: OrderTerm = ['u.businessName', 'ASC'];
export const ID: OrderTerm = ['u.id', 'ASC'];
export const CLASS_RANK = 'class_rank';

/**
 * The list's order: the chosen column, then the business name, then the id (stable across pages).
 * Descending is the ascending list reversed, except by kecamatan and class, whose names stay A to Z
 * within each value.
 */
export function sortPlan(q: Pick<UmkmQuery, 'sort' | 'order'>): SortPlan {
  const desc = q.order === 'desc';
  const dir: Direction = desc ? 'DESC' : 'ASC';
  const reversed = (plan: SortPlan): SortPlan => (desc ? reverse(plan) : plan);
  switch (q.sort) {
    case 'businessName':
      return reversed({ index: 'ix_umkm_by_name', terms: [NAME, ID] });
    case 'ownerName':
      return reversed({ index: 'ix_umkm_by_owner', terms: [['u.ownerName', 'ASC'], NAME, ID] });
    case 'kecamatan':
      return { index: 'ix_umkm_by_kecamatan', terms: [['u.kecamatan', dir], NAME, ID], grouped: { column: 'kecamatan', desc } };
    case 'class':
      return { index: 'ix_umkm_by_class', terms: [[CLASS_RANK, dir], NAME, ID], grouped: { column: 'class', desc } };
    case 'annualSales':
      // No sales first ascending, last descending: SQLite's own order of NULL, said for every engine.
      return reversed({ index: 'ix_umkm_by_sales', terms: [['u.annualSales', 'ASC', 'NULLS FIRST'], NAME, ID] });
    case 'registeredAt':
      return reversed({ index: 'ix_umkm_by_registered', terms: [['u.registeredAt', 'ASC'], NAME, ID] });
    case 'updatedAt':
      return reversed({ index: 'ix_umkm_by_updated', terms: [['u.updatedAt', 'ASC'], NAME, ID] });
  }
}

/** The same order read backwards: every term the other way (a grouped order: groups and names). */
export function reverse(plan: SortPlan): SortPlan {
  const flip = (d: Direction): Direction => (d === 'ASC' ? 'DESC' : 'ASC');
  return {
    ...plan,
    terms: plan.terms.map(([c, d, nulls]): OrderTerm => [c, flip(d), nulls && (nulls === 'NULLS FIRST' ? 'NULLS LAST' : 'NULLS FIRST')]),
    ...(plan.grouped ? { grouped: { ...plan.grouped, desc: !plan.grouped.desc } } : {}),
  };
}

/** Orders `qb` (alias u) by the plan's whole order, selecting the class rank when it uses it. */
export function orderBy<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, plan: Pick<SortPlan, 'terms'>): SelectQueryBuilder<T> {
  if (plan.terms.some(([c]) => c === CLASS_RANK)) qb.addSelect(classRankSql('u.class'), CLASS_RANK);
  plan.terms.forEach(([column, direction, nulls], i) => (i === 0 ? qb.orderBy(column, direction, nulls) : qb.addOrderBy(column, direction, nulls)));
  return qb;
}

/** A grouped order's values in its order: classes by rank, kecamatan by code. */
export function groupOrder(column: 'kecamatan' | 'class', values: string[], desc: boolean): string[] {
  const sorted = column === 'class' ? [...values].sort((a, b) => classRank(a as UmkmClass) - classRank(b as UmkmClass)) : [...values].sort();
  return desc ? sorted.reverse() : sorted;
}

export const hasFilters = (q: UmkmQuery) => Boolean(q.kecamatan || q.kelurahan || q.sector || q.class || q.status);

/** The list's filters on `qb` (alias u: the registry, or its counts). A kelurahan names its kecamatan too, for the indexes that lead with it. */
export function applyFilters<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, q: UmkmQuery): SelectQueryBuilder<T> {
  const kecamatan = q.kecamatan ?? (q.kelurahan ? findKelurahan(q.kelurahan)?.kecamatanCode : undefined);
  if (kecamatan) qb.andWhere('u.kecamatan = :kecamatan', { kecamatan });
  if (q.kelurahan) qb.andWhere('u.kelurahan = :kelurahan', { kelurahan: q.kelurahan });
  if (q.sector) qb.andWhere('u.sector = :sector', { sector: q.sector });
  if (q.class) qb.andWhere('u.class = :class', { class: q.class });
  if (q.status) qb.andWhere('u.status = :status', { status: q.status });
  return qb;
}

/** A page's first or last row, as far as its key needs. */
export type KeyRow = Pick<UmkmRow, 'id' | 'businessName' | 'ownerName' | 'kecamatan' | 'class' | 'annualSales' | 'registeredAt' | 'updatedAt'>;
export type KeyValue = string | number | null;

/** The row's key in the plan: its values of the order's terms (a grouped order: its group's value). */
function keyValues(plan: SortPlan, row: KeyRow): KeyValue[] {
  return plan.terms.map(([column], i) => {
    if (i === 0 && plan.grouped) return row[plan.grouped.column];
    return row[column.slice(2) as Exclude<keyof KeyRow, 'class'>];
  });
}

/** What a key belongs to: a key is used only for the same sort, order, filters and page size. */
const keyScope = (q: UmkmQuery) => JSON.stringify([q.sort, q.order, q.kecamatan, q.kelurahan, q.sector, q.class, q.status, q.pageSize]);

export function encodeKey(q: UmkmQuery, row: KeyRow): string {
  return JSON.stringify({ s: keyScope(q), k: keyValues(sortPlan(q), row) });
}

/** A key the renderer sent back (untrusted): its values, or undefined when it is not this list's. */
export function decodeKey(q: UmkmQuery, text: string): KeyValue[] | undefined {
  try {
    const parsed = JSON.parse(text) as { s?: unknown; k?: unknown };
    const k = parsed.k;
    if (parsed.s !== keyScope(q) || !Array.isArray(k) || k.length !== sortPlan(q).terms.length) return undefined;
    if (!k.every((v) => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isSafeInteger(v)))) return undefined;
    return k as KeyValue[];
  } catch {
    return undefined;
  }
}
