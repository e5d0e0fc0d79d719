import { In, type ObjectLiteral, type Repository, type SelectQueryBuilder } from 'typeorm';
import { SEARCH_COUNT_LIMIT, type UmkmPage } from '../../../shared/contract';
import type { Tx } from '../db/database';
import { RekapUmkmEntity } from '../db/entities/rekap';
import { UmkmEntity, type UmkmRow } from '../db/entities/umkm';
import {
  applyFilters,
  decodeKey,
  encodeKey,
  groupOrder,
  hasFilters,
  orderBy,
  reverse,
  sortPlan,
  type Direction,
  type KeyValue,
  type SortPlan,
  type UmkmQuery,
} from './registryOrder';
import { toUmkmListItem, UMKM_LIST_COLUMNS, type UmkmListRow } from './umkmMapper';

/**
 * Up to how many rows a page is taken from a set found first and then sorted, rather than from
 * a walk of the sort's index. Sorting a set costs a visit to the table per row; a walk reads
 * about (page end) / (share of the registry in the set) index entries, each about ten times
 * cheaper: the two meet near sqrt(page end x registry / 10) rows (about 1,000 for the first page
 * at 200,000 UMKM), and a set is never sorted past 2,000 rows.
 */
function smallSet(pageEnd: number, registry: number): number {
  return Math.min(2000, Math.sqrt((pageEnd * registry) / 10));
}

/**
 * How many matches of a search the index is read for when filters must be checked after it
 * (a word in a kecamatan): past that, the total is "at least" what was found.
 */
const SEARCH_SCAN = 4000;

/** One value of a grouped order (a kecamatan, a class) and its UMKM within the filters. */
interface Group {
  value: string;
  n: number;
}

type ListRow = UmkmListRow & Pick<UmkmRow, 'ownerName' | 'updatedAt'>;

const numbers = (rows: Array<{ id: number | string }>) => rows.map((r) => Number(r.id));

/**
 * A page of the registry, at about the same cost on the first page and the last at 200,000 UMKM:
 * - filters only: the total from rekap_umkm (kept by triggers); a narrow filter's rows are found
 *   through its filters and sorted (see smallSet); a wider one is walked in the list's order from
 *   the sort's own index, which carries the filter columns (the rows it skips are never read): the
 *   page next to the one on screen from that page's key (`near`), any other from whichever end of
 *   the list (or, sorted by kecamatan or class, of its group) is nearer;
 * - a search: the search index gives its first matches in its own order, never every match of a
 *   common word. When they are all the matches (a thousand at most), they are the list, counted
 *   and sorted; past SEARCH_COUNT_LIMIT the total says "more than", and the list is the first
 *   SEARCH_COUNT_LIMIT found, sorted: the clerk narrows the search, or exports it whole.
 */
export class RegistryList {
  private readonly repo: Repository<UmkmRow>;

  constructor(private readonly tx: Tx) {
    this.repo = tx.em.getRepository(UmkmEntity);
  }

  async list(q: UmkmQuery): Promise<UmkmPage> {
    const search = q.search?.trim();
    const offset = (q.page - 1) * q.pageSize;
    let ids: number[];
    let total: number;
    let totalAtLeast = false;
    if (search) {
      const found = await this.searched(q, search);
      // Past the bound: "more than 1,000", and the list is the first 1,000 found, sorted.
      const more = found.ids.length > SEARCH_COUNT_LIMIT;
      const listed = found.ids.slice(0, SEARCH_COUNT_LIMIT);
      total = more ? SEARCH_COUNT_LIMIT + 1 : listed.length;
      totalAtLeast = more || !found.complete;
      ids = await this.sortedAmong(listed, q, offset);
    } else {
      const plan = sortPlan(q);
      const groups = plan.grouped ? await this.groups(q, plan) : undefined;
      total = groups ? groups.reduce((sum, g) => sum + g.n, 0) : await this.count(q);
      if (offset >= total) ids = [];
      else if (total <= smallSet(offset + q.pageSize, await this.registrySize())) ids = await this.sortedAmong(await this.filteredIds(q), q, offset);
      else ids = (await this.fromNear(q, plan, groups)) ?? (await this.atOffset(q, plan, offset, total, groups));
    }
    const rows = await this.listRows(ids);
    const keys = rows.length ? { first: encodeKey(q, rows[0]!), last: encodeKey(q, rows[rows.length - 1]!) } : undefined;
    return { items: rows.map((r) => toUmkmListItem(r)), total, totalAtLeast, page: q.page, pageSize: q.pageSize, ...(keys ? { keys } : {}) };
  }

  /**
   * The first live matches of a search within the filters, up to SEARCH_COUNT_LIMIT + 1 (with
   * filters, among the first SEARCH_SCAN matches), and whether they are all.
   */
  private async searched(q: UmkmQuery, text: string): Promise<{ ids: number[]; complete: boolean }> {
    const narrow = hasFilters(q) ? (qb: SelectQueryBuilder<ObjectLiteral>) => void applyFilters(qb, q) : undefined;
    const found = await this.tx.sql.search.candidates(this.tx.em, text, { count: SEARCH_COUNT_LIMIT + 1, scan: SEARCH_SCAN, narrow });
    return found.narrowed ? found : { ids: await this.liveAmong(found.ids), complete: found.complete };
  }

  /** Live UMKM matching the filters (no search), exactly, from the counts the triggers keep. */
  private async count(q: UmkmQuery): Promise<number> {
    const qb = this.tx.em.createQueryBuilder(RekapUmkmEntity, 'u').select('COALESCE(SUM(u.n), 0)', 'n');
    applyFilters(qb, q);
    return Number((await qb.getRawOne<{ n: number | string }>())?.n ?? 0);
  }

  /** A grouped order's groups within the filters, in its order, each with its count (rekap_umkm). */
  private async groups(q: UmkmQuery, plan: SortPlan): Promise<Group[]> {
    const column = plan.grouped!.column;
    const qb = this.tx.em.createQueryBuilder(RekapUmkmEntity, 'u').select(`u.${column}`, 'value').addSelect('SUM(u.n)', 'n');
    applyFilters(qb, q).groupBy(`u.${column}`).having('SUM(u.n) > 0');
    const rows = await qb.getRawMany<{ value: string; n: number | string }>();
    const n = new Map(rows.map((r) => [r.value, Number(r.n)]));
    return groupOrder(column, [...n.keys()], plan.grouped!.desc).map((value) => ({ value, n: n.get(value)! }));
  }

  /** About how many UMKM the registry holds (its highest id: one step down its key), to weigh a set against a walk. */
  private async registrySize(): Promise<number> {
    const row = await this.repo.createQueryBuilder('u').select('MAX(u.id)', 'n').getRawOne<{ n: number | string | null }>();
    return Number(row?.n ?? 0);
  }

  /** `ids` less the deleted UMKM (the recycle bin, read from its own small index), in their order. */
  private async liveAmong(ids: readonly number[]): Promise<number[]> {
    if (ids.length === 0) return [];
    const deleted = await this.repo.createQueryBuilder('u').select('u.id', 'id').where('u.deletedAt IS NOT NULL').getRawMany<{ id: number | string }>();
    if (deleted.length === 0) return [...ids];
    const gone = new Set(numbers(deleted));
    return ids.filter((id) => !gone.has(id));
  }

  /** The ids of a narrow filter (see smallSet), through whichever filter index the planner finds best. */
  private async filteredIds(q: UmkmQuery): Promise<number[]> {
    return numbers(await applyFilters(this.repo.createQueryBuilder('u').select('u.id', 'id').where('u.deletedAt IS NULL'), q).getRawMany<{ id: number | string }>());
  }

  /** A page of `ids` (a few thousand at most) in the list's order, sorted by their key. */
  private async sortedAmong(ids: readonly number[], q: UmkmQuery, offset: number): Promise<number[]> {
    if (ids.length === 0 || offset >= ids.length) return [];
    const qb = orderBy(this.tx.sql.ids.within(this.repo.createQueryBuilder('u').select('u.id', 'id'), 'u.id', ids), sortPlan(q));
    return numbers(await qb.limit(q.pageSize).offset(offset).getRawMany<{ id: number | string }>());
  }

  /**
   * A page at `offset` of the filtered list of `total` rows, read from the sort's index from its
   * nearer end (or, grouped, each group's part of the page from the nearer end of the group): at
   * most half the index (or group) is skipped, whichever page is asked for.
   */
  private async atOffset(q: UmkmQuery, plan: SortPlan, offset: number, total: number, groups: Group[] | undefined): Promise<number[]> {
    const size = Math.min(q.pageSize, total - offset);
    if (!groups) return this.nearerEnd(offset, size, total, (p, o, n) => this.walk(q, p, o, n), plan);
    const out: number[] = [];
    let skip = offset;
    for (const g of groups) {
      if (out.length >= size) break;
      if (skip >= g.n) {
        skip -= g.n;
        continue;
      }
      const take = Math.min(size - out.length, g.n - skip);
      out.push(...(await this.nearerEnd(skip, take, g.n, (p, o, n) => this.walk(q, p, o, n, g.value), plan)));
      skip = 0;
    }
    return out;
  }

  /** `size` rows at `offset` of `total`, read forwards, or past the middle backwards from the end and turned round. */
  private async nearerEnd(offset: number, size: number, total: number, read: (plan: SortPlan, offset: number, limit: number) => Promise<number[]>, plan: SortPlan): Promise<number[]> {
    const fromEnd = total - offset - size;
    if (fromEnd >= offset) return read(plan, offset, size);
    return (await read(reverse(plan), fromEnd, size)).reverse();
  }

  /** A query for a walk of the plan's index: live, in the filters (and in one group of a grouped order), ids only. */
  private walkQuery(q: UmkmQuery, plan: SortPlan, group?: string): SelectQueryBuilder<UmkmRow> {
    const qb = applyFilters(this.repo.createQueryBuilder('u').select('u.id', 'id').where('u.deletedAt IS NULL'), q);
    if (plan.grouped && group !== undefined) qb.andWhere(`u.${plan.grouped.column} = :group`, { group });
    return qb;
  }

  /** Orders a walk: by the whole order, or within a group by its name and id only. */
  private walkOrder(qb: SelectQueryBuilder<UmkmRow>, plan: SortPlan): SelectQueryBuilder<UmkmRow> {
    return orderBy(qb, plan.grouped ? { terms: plan.terms.slice(1) } : plan);
  }

  private async read(qb: SelectQueryBuilder<UmkmRow>, plan: SortPlan): Promise<number[]> {
    return numbers(await this.tx.sql.hints.getRawMany<{ id: number | string }>(this.tx.em, qb as SelectQueryBuilder<ObjectLiteral>, { u: plan.index }));
  }

  /** `limit` ids from `offset` in the plan's order (within `group` for a grouped order), read from its index. */
  private async walk(q: UmkmQuery, plan: SortPlan, offset: number, limit: number, group?: string): Promise<number[]> {
    return this.read(this.walkOrder(this.walkQuery(q, plan, group), plan).limit(limit).offset(offset), plan);
  }

  /**
   * The page just after or before the one the clerk is on (`near`), read from its last or first
   * row's key: a few seeks of the sort's index, however deep the page. Undefined when the page
   * asked for is not next to it, or the key is not this list's.
   */
  private async fromNear(q: UmkmQuery, plan: SortPlan, groups: Group[] | undefined): Promise<number[] | undefined> {
    const near = q.near;
    if (!near || Math.abs(q.page - near.page) !== 1) return undefined;
    const forward = q.page > near.page;
    const key = decodeKey(q, forward ? near.last : near.first);
    if (!key) return undefined;
    if (forward) return this.after(q, plan, key, q.pageSize, groups);
    return (await this.after(q, reverse(plan), key, q.pageSize, groups && [...groups].reverse())).reverse();
  }

  /**
   * `limit` ids after `key` in the plan's order. After a key come, in order: the rows with the
   * same first value and a later name and id (one row-value range of the index), then those with
   * a later first value (grouped: the later groups, each from its start), then, by sales
   * descending, those without sales. Each part is one seek.
   */
  private async after(q: UmkmQuery, plan: SortPlan, key: KeyValue[], limit: number, groups: Group[] | undefined): Promise<number[]> {
    const out: number[] = [];
    const part = async (where: (qb: SelectQueryBuilder<UmkmRow>) => void, group?: string) => {
      if (out.length >= limit) return;
      const qb = this.walkQuery(q, plan, group);
      where(qb);
      out.push(...(await this.read(this.walkOrder(qb, plan).limit(limit - out.length), plan)));
    };
    const terms = plan.terms;
    const nameDir: Direction = terms[terms.length - 2]![1];
    const later = (qb: SelectQueryBuilder<UmkmRow>, kName: KeyValue, kId: KeyValue) =>
      qb.andWhere(`(u.businessName, u.id) ${nameDir === 'ASC' ? '>' : '<'} (:kName, :kId)`, { kName, kId });
    if (terms.length === 2) {
      await part((qb) => later(qb, key[0]!, key[1]!));
      return out;
    }
    const [k0, kName, kId] = key as [KeyValue, KeyValue, KeyValue];
    if (plan.grouped && groups) {
      const at = groups.findIndex((g) => g.value === k0);
      if (at < 0) return out;
      await part((qb) => later(qb, kName, kId), groups[at]!.value);
      for (const g of groups.slice(at + 1)) await part(() => undefined, g.value);
      return out;
    }
    const [column, direction] = terms[0]!;
    // Equality (not IS) where there is a value: the planner then knows the index is in order.
    await part((qb) => later(qb.andWhere(k0 === null ? `${column} IS NULL` : `${column} = :k0`, { k0 }), kName, kId));
    if (direction === 'ASC') {
      await part((qb) => qb.andWhere(k0 === null ? `${column} IS NOT NULL` : `${column} > :k0`, { k0 }));
    } else if (k0 !== null) {
      await part((qb) => qb.andWhere(`${column} < :k0`, { k0 }));
      // By sales descending, no sales come last.
      if (column === 'u.annualSales') await part((qb) => qb.andWhere(`${column} IS NULL`));
    }
    return out;
  }

  /** The list's columns of `ids` (and what a key needs), in that order. */
  private async listRows(ids: readonly number[]): Promise<ListRow[]> {
    if (ids.length === 0) return [];
    const select = Object.fromEntries([...UMKM_LIST_COLUMNS, 'updatedAt'].map((c) => [c, true]));
    const byId = new Map((await this.repo.find({ select, where: { id: In([...ids]) } })).map((r) => [r.id, r as ListRow]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [row] : [];
    });
  }
}
