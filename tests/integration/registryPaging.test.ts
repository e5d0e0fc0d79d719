// The registry's pages at a size where every way of reading them is taken (a walk of a sort index
// from either end, a narrow filter's rows sorted, a search's first matches), each page compared
// with the same list computed the plain way: every row of the table sorted by SQLite itself
// (NOT INDEXED), the order the list promises. Ties (the demo repeats business names, leaves some
// sales empty) and UMKM in the recycle bin included.
import { rawOf } from '../support/sqliteOf';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Core } from '../../electron/core/core';
import { CLASS_RANK_SQL } from '../../electron/core/db/classRank';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { ftsQuery } from '../../electron/core/db/sqlite/sqliteSearch';
import { seedDemo } from '../../electron/core/services/demo/seedDemo';
import { SEARCH_COUNT_LIMIT, UMKM_SORT_FIELDS, type UmkmListQuery, type UmkmPage, type UmkmSortField } from '../../shared/contract';
import { call } from '../support/call';

const SEEDED = 15_000;

let dir: string;
let core: Core;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-paging-'));
  const file = path.join(dir, 'paging.sqlite');
  const first = await openDatabase({ file });
  await seedDemo(first, SEEDED);
  await first.write((tx) => tx.em.query(`UPDATE umkm SET deleted_at = '2026-01-02T00:00:00.000Z' WHERE id % 97 = 0`));
  await first.close();
  core = new Core(await openDatabase({ file }), { appVersion: 'paging' });
}, 180_000);

afterAll(async () => {
  await core?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The order each sort promises (see UmkmService: descending reverses all but kecamatan and class, whose names stay A to Z). */
const ORDER: Record<UmkmSortField, Record<'asc' | 'desc', string>> = {
  businessName: { asc: 'business_name ASC, id ASC', desc: 'business_name DESC, id DESC' },
  ownerName: { asc: 'owner_name ASC, business_name ASC, id ASC', desc: 'owner_name DESC, business_name DESC, id DESC' },
  kecamatan: { asc: 'kecamatan ASC, business_name ASC, id ASC', desc: 'kecamatan DESC, business_name ASC, id ASC' },
  class: { asc: `${CLASS_RANK_SQL} ASC, business_name ASC, id ASC`, desc: `${CLASS_RANK_SQL} DESC, business_name ASC, id ASC` },
  annualSales: { asc: 'annual_sales ASC NULLS FIRST, business_name ASC, id ASC', desc: 'annual_sales DESC NULLS LAST, business_name DESC, id DESC' },
  registeredAt: { asc: 'registered_at ASC, business_name ASC, id ASC', desc: 'registered_at DESC, business_name DESC, id DESC' },
  updatedAt: { asc: 'updated_at ASC, business_name ASC, id ASC', desc: 'updated_at DESC, business_name DESC, id DESC' },
};

type Filters = Pick<UmkmListQuery, 'kecamatan' | 'kelurahan' | 'sector' | 'class' | 'status'>;

/** The rows of the filters (and the search's matches), in the order of the sort, the plain way. */
function expected(filters: Filters, sort: UmkmSortField, order: 'asc' | 'desc', search?: string): number[] {
  const where = ['deleted_at IS NULL'];
  const params: unknown[] = [];
  for (const [k, v] of Object.entries(filters)) {
    if (v === undefined) continue;
    where.push(`${k} = ?`);
    params.push(v);
  }
  if (search) {
    const fts = ftsQuery(search);
    if (fts) {
      where.push('id IN (SELECT rowid FROM umkm_fts WHERE umkm_fts MATCH ?)');
      params.push(fts);
    } else {
      const like = `${search.replace(/[\\%_]/g, '\\$&')}%`;
      where.push(`(business_name LIKE ? ESCAPE '\\' OR owner_name LIKE ? ESCAPE '\\' OR nik LIKE ? ESCAPE '\\' OR nib LIKE ? ESCAPE '\\')`);
      params.push(like, like, like, like);
    }
  }
  const rows = rawOf(core.db).prepare(`SELECT id FROM umkm NOT INDEXED WHERE ${where.join(' AND ')} ORDER BY ${ORDER[sort][order]}`).all(...params) as Array<{ id: number }>;
  return rows.map((r) => r.id);
}

const list = (q: UmkmListQuery): Promise<UmkmPage> => call(core, 'umkm:list', q);
const ids = (p: UmkmPage) => p.items.map((i) => i.id);

/** The pages worth checking of a list of `n` rows: both ends, their neighbours, the middle and past the end. */
function pagesOf(n: number, size: number): number[] {
  const last = Math.max(1, Math.ceil(n / size));
  return [...new Set([1, 2, Math.ceil(last / 2), Math.ceil(last / 2) + 1, last - 1, last, last + 1].filter((p) => p >= 1))];
}

describe('filters and sorts against the plain sort of the table', () => {
  const FILTERS: Array<[string, Filters]> = [
    ['the whole registry', {}],
    ['one kecamatan (walked)', { kecamatan: '64.71.02' }],
    ['active only (walked, status from the index)', { status: 'aktif', sector: 'kuliner' }],
    ['a kelurahan and a class (few rows, sorted)', { kelurahan: '64.71.05.1002', class: 'kecil' }],
    ['nothing matches', { kecamatan: '64.71.01', kelurahan: '64.71.01.1002', class: 'besar', status: 'tidak_aktif' }],
  ];
  it.each(FILTERS.flatMap(([name, f]) => UMKM_SORT_FIELDS.flatMap((sort) => (['asc', 'desc'] as const).map((order) => [name, f, sort, order] as const))))(
    '%s, by %s %s',
    async (_name, filters, sort, order) => {
      const all = expected(filters, sort, order);
      for (const pageSize of [50, 7]) {
        const slice = (page: number) => all.slice((page - 1) * pageSize, page * pageSize);
        for (const page of pagesOf(all.length, pageSize)) {
          const got = await list({ ...filters, sort, order, page, pageSize });
          expect(got.total).toBe(all.length);
          expect(got.totalAtLeast).toBe(false);
          expect(ids(got), `page ${page} of ${pageSize}`).toEqual(slice(page));
        }
        // As the registry pages: each next page from the keys of the one on screen, from the first
        // page on; each previous one from the last page back.
        const last = Math.max(1, Math.ceil(all.length / pageSize));
        let on = await list({ ...filters, sort, order, pageSize });
        for (let page = 2; page <= Math.min(last, 4); page++) {
          on = await list({ ...filters, sort, order, pageSize, page, near: { page: page - 1, ...on.keys! } });
          expect(ids(on), `next to page ${page} of ${pageSize}`).toEqual(slice(page));
        }
        on = await list({ ...filters, sort, order, pageSize, page: last });
        for (let page = last - 1; page >= Math.max(1, last - 3); page--) {
          on = await list({ ...filters, sort, order, pageSize, page, near: { page: page + 1, ...on.keys! } });
          expect(ids(on), `back to page ${page} of ${pageSize}`).toEqual(slice(page));
        }
      }
    },
  );
});

describe('searches against every match of the plain way', () => {
  const SEARCHES: Array<[string, Filters]> = [
    ['amplang', {}],
    ['siti rahmawati', {}],
    ['647', {}], // every NIK: far more than are counted
    ['ra', {}], // short text: prefixes
    ['a', { kecamatan: '64.71.05', class: 'mikro' }],
    ['siti', { kecamatan: '64.71.05' }],
    ['647', { kelurahan: '64.71.03.1004' }], // many matches, few in the filter
    ['zzzz', {}],
  ];
  it.each(SEARCHES.flatMap(([text, f]) => (['businessName', 'annualSales', 'class'] as const).map((sort) => [text, f, sort] as const)))(
    '%j %j by %s',
    async (search, filters, sort) => {
      const matches = expected(filters, sort, 'desc', search);
      const first = await list({ ...filters, search, sort, order: 'desc', pageSize: 50 });
      const pages = [first];
      const shown = first.totalAtLeast ? Math.min(first.total, SEARCH_COUNT_LIMIT) : first.total;
      for (let page = 2; page <= Math.ceil(shown / 50) + 1; page++) pages.push(await list({ ...filters, search, sort, order: 'desc', page, pageSize: 50 }));
      const listed = pages.flatMap(ids);
      expect(new Set(listed).size, 'no UMKM twice').toBe(listed.length);
      if (!first.totalAtLeast) {
        // Every match, counted exactly and sorted as the list promises.
        expect(first.total).toBe(matches.length);
        expect(listed).toEqual(matches);
        return;
      }
      if (first.total > SEARCH_COUNT_LIMIT) {
        // More than the bound: the first SEARCH_COUNT_LIMIT found, all matches, sorted.
        expect(matches.length).toBeGreaterThan(SEARCH_COUNT_LIMIT);
        expect(listed).toHaveLength(SEARCH_COUNT_LIMIT);
      } else {
        // Read to the bound of the search index with filters: at least this many.
        expect(listed).toHaveLength(first.total);
        expect(matches.length).toBeGreaterThanOrEqual(first.total);
      }
      const inOrder = matches.filter((id) => listed.includes(id));
      expect(listed).toEqual(inOrder);
    },
  );
});

describe('keys from elsewhere', () => {
  it('a key of another sort, filter or page size, or a made-up one, is ignored: the page is counted to', async () => {
    const byName = await list({ sort: 'businessName' });
    const expectedPage2 = expected({}, 'annualSales', 'asc').slice(50, 100);
    for (const near of [
      { page: 1, ...byName.keys! }, // another sort's
      { page: 1, first: 'bukan kunci', last: '{"s":1,"k":[1]}' },
      { page: 1, first: '{}', last: JSON.stringify({ s: JSON.parse(byName.keys!.last).s, k: [{ x: 1 }, 'a', 1] }) },
    ]) {
      expect(ids(await list({ sort: 'annualSales', page: 2, near })), JSON.stringify(near)).toEqual(expectedPage2);
    }
    const kecamatan = await list({ kecamatan: '64.71.02' });
    expect(ids(await list({ kecamatan: '64.71.03', page: 2, near: { page: 1, ...kecamatan.keys! } }))).toEqual(expected({ kecamatan: '64.71.03' }, 'businessName', 'asc').slice(50, 100));
  });
});
