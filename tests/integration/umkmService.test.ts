import { countRows, queryRows } from '../support/dbQuery';
import { POSTGRES_MIGRATIONS } from '../../electron/core/db/postgres/migrations';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Umkm, UmkmInput, UmkmListQuery, UmkmUpdateInput, Stats, AppInfo, Page, UmkmListItem } from '../../shared/contract';
import { messages } from '../../shared/i18n';
import { KECAMATAN } from '../../shared/domain/regions';
import { todayIso } from '../../shared/format/date';
import type { Scope } from '../../electron/core/scope';
import { AppError } from '../../electron/core/errors';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { adminSession } from '../support/auth';
import { call } from '../support/call';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { tempContext, validUmkm } from '../support/tempDb';

const LATEST_MIGRATION = new MIGRATIONS[MIGRATIONS.length - 1]!().name;

let t: Awaited<ReturnType<typeof tempContext>>;
let ctx: Scope;

beforeEach(async () => {
  t = await tempContext();
  ctx = t.ctx;
});
afterEach(async () => {
  await t.cleanup();
});

// Writes and lists as a clerk makes them: parsed by the contract, in the channel's transaction.
const create = (input: Record<string, unknown>) => call(ctx, 'umkm:create', input as UmkmInput);
const update = (id: number, changes: Record<string, unknown>) => call(ctx, 'umkm:update', { id, changes } as UmkmUpdateInput);
const list = (query: UmkmListQuery) => call(ctx, 'umkm:list', query);

/** The AppError a promise rejects with; fails if it resolves or rejects with something else. */
async function appError(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}

const rowCount = () => countRows(ctx.db, 'umkm');

describe('create / get / update / delete', () => {
  it('creates a UMKM with computed class, names and defaults, and gets it back', async () => {
    const before = new Date().toISOString();
    const u = await create(validUmkm({ kecamatan: 'Bpp Selatan', kelurahan: 'Sepinggan', nib: '' }));
    expect(u.id).toBeGreaterThan(0);
    expect(u).toMatchObject({
      businessName: 'Amplang Kepiting Bu Sari',
      nik: '6471054506880001',
      nib: null,
      kecamatan: '64.71.05',
      kecamatanName: 'Balikpapan Selatan',
      kelurahan: '64.71.05.1002',
      kelurahanName: 'Sepinggan',
      phone: '+6281234567890',
      annualSales: 350_000_000,
      capital: 80_000_000,
      class: 'mikro',
      classBasis: 'penjualan',
      status: 'aktif',
      marketReach: 'lokal',
      registeredAt: todayIso(),
    });
    expect(u.createdAt >= before).toBe(true);
    expect(u.updatedAt).toBe(u.createdAt);
    expect(await ctx.umkm.get(u.id)).toEqual(u);
  });

  it('get of an unknown id is NOT_FOUND with an Indonesian message', async () => {
    const err = await appError(ctx.umkm.get(999));
    expect(err.code).toBe('NOT_FOUND');
    expect(err.message).toBe('UMKM dengan ID 999 tidak ditemukan.');
  });

  it('refuses an invalid input with VALIDATION and field messages, storing nothing', async () => {
    const err = await appError(create(validUmkm({ nik: '123', email: 'x' })));
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toBe(messages.errors.validation);
    expect(err.fields).toEqual({ nik: messages.validation.nik.format, email: messages.validation.invalidEmail });
    expect(await rowCount()).toBe(0);
  });

  it('never takes the class from the caller', async () => {
    const err = await appError(create(validUmkm({ annualSales: 60_000_000_000, class: 'mikro' })));
    expect(err.code).toBe('VALIDATION');
    expect(await rowCount()).toBe(0);
  });

  it('recomputes the class when annualSales crosses Rp 2,000,000,000 through update', async () => {
    const u = await create(validUmkm());
    const atBound = await update(u.id, { annualSales: 2_000_000_000 });
    expect([atBound.class, atBound.classBasis]).toEqual(['mikro', 'penjualan']);
    const over = await update(u.id, { annualSales: 2_000_000_001 });
    expect([over.class, over.classBasis]).toEqual(['kecil', 'penjualan']);
    expect((await ctx.umkm.get(u.id)).class).toBe('kecil');
    const back = await update(u.id, { annualSales: '1.999.999.999' });
    expect(back.class).toBe('mikro');
    expect(back.annualSales).toBe(1_999_999_999);
  });

  it('updates besar above the menengah bound and keeps it visible', async () => {
    const u = await create(validUmkm());
    const big = await update(u.id, { annualSales: 50_000_000_001 });
    expect(big.class).toBe('besar');
    expect((await list({ class: 'besar' })).items.map((i) => i.id)).toEqual([u.id]);
  });

  it('classifies by capital (basis modal) when there are no sales', async () => {
    const u = await create(validUmkm({ annualSales: undefined, capital: 1_500_000_000 }));
    expect([u.class, u.classBasis, u.annualSales]).toEqual(['kecil', 'modal', null]);
    // Clearing the sales of a record falls back to capital too.
    const v = await create(validUmkm({ nik: '6471051203880002', annualSales: 20_000_000_000, capital: 500_000_000 }));
    expect([v.class, v.classBasis]).toEqual(['menengah', 'penjualan']);
    const cleared = await update(v.id, { annualSales: null });
    expect([cleared.class, cleared.classBasis, cleared.annualSales]).toEqual(['mikro', 'modal', null]);
  });

  it('an update of one field keeps every other field', async () => {
    const u = await create(
      validUmkm({ nib: '9120012345678', npwp: '01.234.567.8-901.000', email: 'sari@contoh.id', kbli: '10792', employees: 3, foundedYear: 2015, products: 'Amplang', notes: 'Binaan 2023', registeredAt: '2023-05-23', marketReach: 'regional' }),
    );
    await new Promise((r) => setTimeout(r, 5));
    const changed = await update(u.id, { phone: '(0542) 123456' });
    expect(changed.phone).toBe('+62542123456');
    const { phone: _p1, updatedAt: ua1, version: v1, ...restBefore } = u;
    const { phone: _p2, updatedAt: ua2, version: v2, ...restAfter } = changed;
    expect(restAfter).toEqual(restBefore);
    expect(ua2 > ua1).toBe(true);
    expect(v2).toBe(v1 + 1);
    expect(changed.kbliVersion).toBe('2020');
  });

  it('an update that makes the record invalid is refused and leaves the row unchanged', async () => {
    const u = await create(validUmkm());
    const err = await appError(update(u.id, { nik: '123', businessName: 'Nama Baru' }));
    expect(err.code).toBe('VALIDATION');
    expect(err.fields?.nik).toBe(messages.validation.nik.format);
    expect(await ctx.umkm.get(u.id)).toEqual(u);

    // Moving to another kecamatan without a kelurahan there is refused as a whole.
    const moved = await appError(update(u.id, { kecamatan: 'Balikpapan Kota' }));
    expect(moved.fields).toEqual({ kelurahan: 'Kelurahan Sepinggan tidak termasuk Kecamatan Balikpapan Kota.' });
    // Removing both money figures is refused.
    const noMoney = await appError(update(u.id, { annualSales: '', capital: '' }));
    expect(noMoney.fields).toEqual({ annualSales: messages.validation.moneyNeeded });
    // An unknown field is refused.
    expect((await appError(update(u.id, { omzet: 1 }))).code).toBe('VALIDATION');
    expect(await ctx.umkm.get(u.id)).toEqual(u);
  });

  it('an update can move a UMKM to another kecamatan with a kelurahan there, by name', async () => {
    const u = await create(validUmkm());
    const moved = await update(u.id, { kecamatan: 'Kec. Balikpapan Kota', kelurahan: 'Klandasan Ulu' });
    expect([moved.kecamatan, moved.kelurahan, moved.kelurahanName]).toEqual(['64.71.06', '64.71.06.1003', 'Klandasan Ulu']);
  });

  it('soft-deletes: gone from get, list and stats, the row kept with deleted_at', async () => {
    const u = await create(validUmkm());
    expect(await ctx.umkm.remove(u.id)).toEqual({ id: u.id });
    expect((await appError(ctx.umkm.get(u.id))).code).toBe('NOT_FOUND');
    expect((await list({})).total).toBe(0);
    expect((await ctx.stats.summary()).umkm).toBe(0);
    const [raw] = await queryRows<{ deleted_at: string | null }>(ctx.db, `SELECT deleted_at FROM umkm WHERE id = ?`, [u.id]);
    expect(raw!.deleted_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // Deleting or updating again is NOT_FOUND.
    expect((await appError(ctx.umkm.remove(u.id))).code).toBe('NOT_FOUND');
    expect((await appError(update(u.id, { phone: '' }))).code).toBe('NOT_FOUND');
    expect((await appError(ctx.umkm.remove(424242))).code).toBe('NOT_FOUND');
  });
});

describe('NIK and NIB are unique among active UMKM', () => {
  it('refuses a second active UMKM with the same NIK, naming the holder', async () => {
    const first = await create(validUmkm());
    const err = await appError(create(validUmkm({ businessName: 'Kue Bingka Sari', nik: '6471 0545 0688 0001' })));
    expect(err.code).toBe('DUPLICATE');
    const expected = `NIK ini sudah dipakai oleh UMKM aktif "Amplang Kepiting Bu Sari" (ID ${first.id}).`;
    expect(err.fields).toEqual({ nik: expected });
    expect(err.message).toBe(expected);
    expect(await rowCount()).toBe(1);
  });

  it('allows the same NIK when the first UMKM is tidak_aktif', async () => {
    const first = await create(validUmkm());
    await update(first.id, { status: 'tidak_aktif' });
    const second = await create(validUmkm({ businessName: 'Usaha Baru Bu Sari' }));
    expect(second.nik).toBe(first.nik);
    // Reactivating the first one now collides with the second.
    const err = await appError(update(first.id, { status: 'aktif' }));
    expect(err.code).toBe('DUPLICATE');
    expect(err.fields?.nik).toContain(`"Usaha Baru Bu Sari" (ID ${second.id})`);
    expect((await ctx.umkm.get(first.id)).status).toBe('tidak_aktif');
  });

  it('allows a tidak_aktif UMKM with the NIK of an active one', async () => {
    await create(validUmkm());
    const old = await create(validUmkm({ businessName: 'Usaha Lama', status: 'tidak_aktif' }));
    expect(old.status).toBe('tidak_aktif');
  });

  it('allows the same NIK when the first UMKM is deleted', async () => {
    const first = await create(validUmkm());
    await ctx.umkm.remove(first.id);
    const second = await create(validUmkm());
    expect(second.id).not.toBe(first.id);
    expect(second.status).toBe('aktif');
  });

  it('refuses a duplicate NIB likewise, and allows it once the holder is inactive or deleted', async () => {
    const first = await create(validUmkm({ nib: '9120012345678' }));
    const dup = await appError(create(validUmkm({ businessName: 'Toko Lain', nik: '6471051203880002', nib: '9120 0123 45678' })));
    expect(dup.code).toBe('DUPLICATE');
    expect(dup.fields).toEqual({ nib: `NIB ini sudah dipakai oleh UMKM aktif "Amplang Kepiting Bu Sari" (ID ${first.id}).` });

    await update(first.id, { status: 'tidak_aktif' });
    const second = await create(validUmkm({ businessName: 'Toko Lain', nik: '6471051203880002', nib: '9120012345678' }));
    await ctx.umkm.remove(second.id);
    const third = await create(validUmkm({ businessName: 'Toko Ketiga', nik: '6471051203880003', nib: '9120012345678' }));
    expect(third.nib).toBe('9120012345678');
  });

  it('names both fields when NIK and NIB are both taken', async () => {
    await create(validUmkm({ nib: '9120012345678' }));
    const err = await appError(create(validUmkm({ nib: '9120012345678' })));
    expect(Object.keys(err.fields ?? {}).sort()).toEqual(['nib', 'nik']);
  });

  it('an update may keep its own NIK but not take another active UMKM’s', async () => {
    const a = await create(validUmkm());
    const b = await create(validUmkm({ businessName: 'Soto Banjar Pak Rahmat', ownerName: 'Rahmat Hidayat', nik: '6471051203880002' }));
    expect((await update(a.id, { nik: a.nik, businessName: 'Amplang Bu Sari' })).businessName).toBe('Amplang Bu Sari');
    const err = await appError(update(b.id, { nik: a.nik }));
    expect(err.code).toBe('DUPLICATE');
    expect((await ctx.umkm.get(b.id)).nik).toBe('6471051203880002');
  });
});

// ---------------------------------------------------------------------------------------------
// A small registry for list, search and stats. Number 7 is deleted after creation.
const FIXTURES: Record<number, Record<string, unknown>> = {
  1: { businessName: 'Amplang Kepiting Bu Sari', ownerName: 'Sari Rahmawati', nik: '6471054506880001', nib: '9120230000001', kecamatan: '64.71.05', kelurahan: '64.71.05.1002', sector: 'kuliner', annualSales: 350_000_000, capital: 80_000_000, registeredAt: '2023-05-23' },
  2: { businessName: 'Batik Kaltim Rahmah', ownerName: 'Hajjah Rahmah', nik: '6471065203750002', nib: '9120230000002', kecamatan: '64.71.06', kelurahan: '64.71.06.1001', sector: 'fesyen', annualSales: 3_000_000_000, capital: 900_000_000, registeredAt: '2022-01-10' },
  3: { businessName: 'CV Manik-manik Dayak', ownerName: 'Yohanes Paembonan', nik: '6471031708820003', kecamatan: '64.71.03', kelurahan: '64.71.03.1004', sector: 'kriya', annualSales: 20_000_000_000, capital: 6_000_000_000, registeredAt: '2021-03-01' },
  4: { businessName: 'PT Sumber Rejo Niaga', ownerName: 'Gusti Hakim', nik: '3273012505790004', nib: '9120230000004', kecamatan: '64.71.04', kelurahan: '64.71.04.1006', sector: 'perdagangan', annualSales: 60_000_000_000, capital: 12_000_000_000, registeredAt: '2020-07-15' },
  5: { businessName: 'amplang cap beruang', ownerName: 'Budi Santoso', nik: '6471011911900005', kecamatan: '64.71.01', kelurahan: '64.71.01.1002', sector: 'kuliner', annualSales: undefined, capital: 500_000_000, registeredAt: '2024-02-29', status: 'tidak_aktif' },
  6: { businessName: 'Laundry Kiloan Bersih', ownerName: 'Ahmad Amir', nik: '6471020101850006', kecamatan: '64.71.02', kelurahan: '64.71.02.1001', sector: 'jasa', annualSales: 100_000_000, capital: 50_000_000, registeredAt: '2019-11-30' },
  7: { businessName: 'Zamrud Sasirangan', ownerName: 'Aisyah Lestari', nik: '6471056207930007', nib: '9120230000007', kecamatan: '64.71.05', kelurahan: '64.71.05.1010', sector: 'fesyen', annualSales: 4_000_000_000, capital: 1_000_000_000, registeredAt: '2022-06-01' },
  8: { businessName: 'Kerupuk Ikan Tenggiri', ownerName: 'Dewi Lestari', nik: '6471055001900008', kecamatan: '64.71.05', kelurahan: '64.71.05.1010', sector: 'kuliner', annualSales: 2_000_000_001, capital: 300_000_000, registeredAt: '2023-08-17' },
};

describe('list, search and stats over a small registry', () => {
  let id: Record<number, number>;

  beforeEach(async () => {
    id = {};
    for (const [n, f] of Object.entries(FIXTURES)) id[Number(n)] = (await create(validUmkm({ phone: '', ...f }))).id;
    await ctx.umkm.remove(id[7]!);
  });

  /** The fixture numbers a query returns, in order. */
  async function listed(query: UmkmListQuery): Promise<number[]> {
    const page = await list(query);
    const byId = new Map(Object.entries(id).map(([n, i]) => [i, Number(n)]));
    return page.items.map((item) => byId.get(item.id)!);
  }

  it('lists every active and inactive UMKM, deleted ones excluded, by business name (case-insensitive)', async () => {
    const page = await list({});
    expect(page.total).toBe(7);
    expect(page.page).toBe(1);
    expect(page.pageSize).toBe(50);
    expect(await listed({})).toEqual([5, 1, 2, 3, 8, 6, 4]);
  });

  it('list items carry names, class and money', async () => {
    const [first] = (await list({ search: 'Kerupuk' })).items;
    expect(first).toMatchObject({
      businessName: 'Kerupuk Ikan Tenggiri',
      kecamatanName: 'Balikpapan Selatan',
      kelurahanName: 'Sungai Nangka',
      class: 'kecil',
      classBasis: 'penjualan',
      annualSales: 2_000_000_001,
      capital: 300_000_000,
    });
  });

  describe('search while typing', () => {
    it.each([
      ['plang', [5, 1]], // substring inside a word, not only a prefix
      ['AMPLANG', [5, 1]], // any case
      ['  plang  ', [5, 1]],
      ['amplang sari', [1]], // every word must occur
      ['kepiting bu sari', [1]], // the 2-letter word is ignored, the others must occur
      ['amplang batik', []],
      ['Paembonan', [3]], // owner name
      ['lestari', [8]], // owner name; the deleted Aisyah Lestari is not found
      ['Zamrud', []], // deleted
      ['6471031708820003', [3]], // whole NIK
      ['647105', [1, 8]], // NIK prefix
      ['3273', [4]], // NIK from Bandung
      ['9120230000002', [2]], // whole NIB
      ['91202300', [1, 2, 4]], // NIB prefix
      ['a', [5, 1, 6]], // one letter: names and owners starting with it
      ['Ba', [2]],
      ['Bu', [5]], // owner Budi; "... Bu Sari" does not start with Bu
      ['pl', []], // short input matches prefixes only
      ['64', [5, 1, 2, 3, 8, 6]], // NIK prefix
      ['32', [4]],
      ['91', [1, 2, 4]], // NIB prefix
      ['%', []], // LIKE wildcards are literal
      ['_', []],
      ['   ', [5, 1, 2, 3, 8, 6, 4]], // blank is no search
    ] as Array<[string, number[]]>)('%j → %j', async (search, expected) => {
      expect(await listed({ search })).toEqual(expected);
    });

    it.each(['amp"lang', '"amplang"', 'amplang*', 'NEAR(amplang)', 'amplang OR batik', 'amp\'lang', '^amp', 'a"'])(
      'FTS syntax in %j is read as text, not as a query (no error)',
      async (search) => {
        const page = await list({ search });
        expect(Array.isArray(page.items)).toBe(true);
        expect(page.total).toBe(page.items.length);
      },
    );

    it('combines with filters', async () => {
      expect(await listed({ search: 'amplang', status: 'aktif' })).toEqual([1]);
      expect(await listed({ search: 'a', sector: 'jasa' })).toEqual([6]);
    });

    it('follows renames (the FTS index is kept in step)', async () => {
      await update(id[1]!, { businessName: 'Amplang Udang Bu Sari', ownerName: 'Sari Wulandari' });
      expect(await listed({ search: 'Kepiting' })).toEqual([]);
      expect(await listed({ search: 'Udang' })).toEqual([1]);
      expect(await listed({ search: 'Rahmawati' })).toEqual([]);
      expect(await listed({ search: 'Wulandari' })).toEqual([1]);
    });
  });

  describe('filters', () => {
    it.each([
      [{ kecamatan: '64.71.05' }, [1, 8]],
      [{ kecamatan: '64.71.06' }, [2]],
      [{ kelurahan: '64.71.05.1010' }, [8]],
      [{ kelurahan: '64.71.03.1004' }, [3]],
      [{ sector: 'kuliner' }, [5, 1, 8]],
      [{ sector: 'fesyen' }, [2]],
      [{ class: 'mikro' }, [5, 1, 6]],
      [{ class: 'kecil' }, [2, 8]],
      [{ class: 'menengah' }, [3]],
      [{ class: 'besar' }, [4]],
      [{ status: 'tidak_aktif' }, [5]],
      [{ status: 'aktif' }, [1, 2, 3, 8, 6, 4]],
      [{ kecamatan: '64.71.05', sector: 'kuliner', class: 'kecil' }, [8]],
      [{ kecamatan: '64.71.01', status: 'aktif' }, []],
    ] as Array<[UmkmListQuery, number[]]>)('%j → %j', async (query, expected) => {
      expect(await listed(query)).toEqual(expected);
    });

    it('total counts the filtered rows', async () => {
      expect((await list({ sector: 'kuliner' })).total).toBe(3);
    });
  });

  describe('sorting', () => {
    it.each([
      ['businessName', 'asc', [5, 1, 2, 3, 8, 6, 4]],
      ['businessName', 'desc', [4, 6, 8, 3, 2, 1, 5]],
      ['ownerName', 'asc', [6, 5, 8, 4, 2, 1, 3]],
      ['ownerName', 'desc', [3, 1, 2, 4, 8, 5, 6]],
      ['kecamatan', 'asc', [5, 6, 3, 4, 1, 8, 2]], // Kemendagri code order, ties by name
      ['kecamatan', 'desc', [2, 1, 8, 4, 3, 6, 5]],
      ['class', 'asc', [5, 1, 6, 2, 8, 3, 4]], // mikro < kecil < menengah < besar, not alphabetical
      ['class', 'desc', [4, 3, 2, 8, 5, 1, 6]],
      ['annualSales', 'asc', [5, 6, 1, 8, 2, 3, 4]], // no sales first
      ['annualSales', 'desc', [4, 3, 2, 8, 1, 6, 5]], // no sales last
      ['registeredAt', 'asc', [6, 4, 3, 2, 1, 8, 5]],
      ['registeredAt', 'desc', [5, 8, 1, 2, 3, 4, 6]],
    ] as const)('%s %s', async (sort, order, expected) => {
      expect(await listed({ sort, order })).toEqual(expected);
    });

    it('order defaults to asc', async () => {
      expect(await listed({ sort: 'registeredAt' })).toEqual([6, 4, 3, 2, 1, 8, 5]);
    });

    it('updatedAt: the last edited comes last ascending and first descending', async () => {
      await new Promise((r) => setTimeout(r, 5));
      await update(id[3]!, { phone: '0812-1111-2222' });
      const asc = await listed({ sort: 'updatedAt', order: 'asc' });
      const desc = await listed({ sort: 'updatedAt', order: 'desc' });
      expect(asc.at(-1)).toBe(3);
      expect(desc[0]).toBe(3);
      const stamps = await Promise.all(asc.map(async (n) => (await ctx.umkm.get(id[n]!)).updatedAt));
      expect([...stamps].sort()).toEqual(stamps);
    });
  });

  describe('paging', () => {
    it('pages through the sorted list with a stable total', async () => {
      const all = await listed({ sort: 'annualSales' });
      const pages: Array<Page<UmkmListItem>> = [];
      for (let page = 1; page <= 4; page++) pages.push(await list({ sort: 'annualSales', page, pageSize: 2 }));
      expect(pages.map((p) => p.total)).toEqual([7, 7, 7, 7]);
      expect(pages.map((p) => p.items.length)).toEqual([2, 2, 2, 1]);
      expect(pages.map((p) => [p.page, p.pageSize])).toEqual([[1, 2], [2, 2], [3, 2], [4, 2]]);
      const byId = new Map(Object.entries(id).map(([n, i]) => [i, Number(n)]));
      expect(pages.flatMap((p) => p.items.map((i) => byId.get(i.id)))).toEqual(all);
    });

    it('a page past the end is empty but keeps the total', async () => {
      const p = await list({ page: 9, pageSize: 5 });
      expect(p.items).toEqual([]);
      expect(p.total).toBe(7);
    });

    it('refuses a page size over 500', async () => {
      const err = await appError(list({ pageSize: 501 }));
      expect(err.code).toBe('VALIDATION');
      expect(err.fields?.pageSize).toBe('Tidak boleh lebih dari 500.');
    });
  });

  it('stats.summary counts by class and kecamatan, deleted rows excluded, zeros kept', async () => {
    const s = await ctx.stats.summary();
    expect(s).toEqual({
      umkm: 7,
      byClass: { mikro: 3, kecil: 2, menengah: 1, besar: 1 },
      byKecamatan: {
        'Balikpapan Timur': 1,
        'Balikpapan Barat': 1,
        'Balikpapan Utara': 1,
        'Balikpapan Tengah': 1,
        'Balikpapan Selatan': 2,
        'Balikpapan Kota': 1,
      },
      komunitas: 0,
      mitra: 0,
      kemitraan: { diusulkan: 0, aktif: 0, selesai: 0, dibatalkan: 0 },
    });
    expect(Object.keys(s.byKecamatan)).toEqual(KECAMATAN.map((k) => k.name));
    await ctx.umkm.remove(id[4]!);
    const after = await ctx.stats.summary();
    expect(after.byClass.besar).toBe(0);
    expect(after.byKecamatan['Balikpapan Tengah']).toBe(0);
    expect(after.umkm).toBe(6);
  });
});

describe('stats on an empty registry', () => {
  it('has every class and kecamatan at zero', async () => {
    expect(await ctx.stats.summary()).toEqual({
      umkm: 0,
      byClass: { mikro: 0, kecil: 0, menengah: 0, besar: 0 },
      byKecamatan: Object.fromEntries(KECAMATAN.map((k) => [k.name, 0])),
      komunitas: 0,
      mitra: 0,
      kemitraan: { diusulkan: 0, aktif: 0, selesai: 0, dibatalkan: 0 },
    });
  });
});

// ---------------------------------------------------------------------------------------------
describe('dispatch (the one entry point of every adapter)', () => {
  const quiet = () => vi.fn();

  it('runs the UMKM channels end to end', async () => {
    const created = await dispatch('umkm:create', validUmkm({ kecamatan: 'Selatan', kelurahan: 'sepinggan' }), ctx.core, adminSession(ctx), quiet());
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const u = created.value as Umkm;
    expect(u.kelurahan).toBe('64.71.05.1002');

    const got = await dispatch('umkm:get', { id: String(u.id) }, ctx.core, adminSession(ctx), quiet()); // the CLI passes digits as text
    expect(got).toEqual({ ok: true, value: u });

    const updated = await dispatch('umkm:update', { id: u.id, changes: { annualSales: 16_000_000_000 } }, ctx.core, adminSession(ctx), quiet());
    expect(updated.ok && (updated.value as Umkm).class).toBe('menengah');

    const listedPage = await dispatch('umkm:list', { search: 'amplang' }, ctx.core, adminSession(ctx), quiet());
    expect(listedPage.ok && (listedPage.value as Page<UmkmListItem>).items.map((i) => i.id)).toEqual([u.id]);

    expect(await dispatch('umkm:delete', { id: u.id }, ctx.core, adminSession(ctx), quiet())).toEqual({ ok: true, value: { id: u.id } });
    const again = await dispatch('umkm:delete', { id: u.id }, ctx.core, adminSession(ctx), quiet());
    expect(again.ok === false && again.error.code).toBe('NOT_FOUND');
  });

  it.each([['umkm:drop'], [''], [42], [undefined], [null], [{ channel: 'umkm:list' }], ['__proto__'], ['toString']])(
    'an unknown channel %j is UNKNOWN_CHANNEL',
    async (channel) => {
      const r = await dispatch(channel, {}, ctx.core, adminSession(ctx), quiet());
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('UNKNOWN_CHANNEL');
      expect(r.error.message).toMatch(/^Perintah ".*" tidak dikenal\.$/);
    },
  );

  it('names the unknown channel in the message', async () => {
    const r = await dispatch('umkm:drop', {}, ctx.core, adminSession(ctx), quiet());
    expect(r).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Perintah "umkm:drop" tidak dikenal.' } });
  });

  it.each([
    ['umkm:get', { id: -1 }, 'id'],
    ['umkm:get', { id: 'abc' }, 'id'],
    ['umkm:get', {}, 'id'],
    ['umkm:create', validUmkm({ nik: '1' }), 'nik'],
    ['umkm:create', validUmkm({ kelurahan: 'Manggar' }), 'kelurahan'],
    ['umkm:update', { id: 1 }, 'changes'],
    ['umkm:update', { id: 1, changes: [] }, 'changes'],
    ['umkm:list', { pageSize: 1000 }, 'pageSize'],
    ['umkm:list', { class: 'raksasa' }, 'class'],
    ['umkm:list', { sort: 'nik' }, 'sort'],
    ['demo:seed', { umkm: 0 }, 'umkm'],
    ['demo:seed', { umkm: 'banyak' }, 'umkm'],
    ['app:info', { extra: 1 }, '_'],
  ] as const)('%s with a bad payload %j is VALIDATION at %s', async (channel, payload, field) => {
    const r = await dispatch(channel, payload, ctx.core, adminSession(ctx), quiet());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.message).toBe(messages.errors.validation);
    expect(r.error.fields?.[field]).toEqual(expect.any(String));
  });

  it.each([null, 'teks', 42, [], true])('never throws on a payload of the wrong kind (%j)', async (payload) => {
    for (const channel of ['umkm:create', 'umkm:get', 'umkm:list', 'umkm:update', 'demo:seed'] as const) {
      const r = await dispatch(channel, payload, ctx.core, adminSession(ctx), quiet());
      expect(r.ok, channel).toBe(false);
      if (!r.ok) expect(r.error.code, channel).toBe('VALIDATION');
    }
    expect(await rowCount()).toBe(0);
  });

  it('refuses an update that breaks the record with VALIDATION fields, via dispatch', async () => {
    const u = await create(validUmkm());
    const r = await dispatch('umkm:update', { id: u.id, changes: { phone: '12' } }, ctx.core, adminSession(ctx), quiet());
    expect(r).toEqual({ ok: false, error: { code: 'VALIDATION', message: messages.errors.validation, fields: { phone: messages.validation.phone.format } } });
  });

  it('returns DUPLICATE as a value with its fields', async () => {
    await dispatch('umkm:create', validUmkm(), ctx.core, adminSession(ctx), quiet());
    const r = await dispatch('umkm:create', validUmkm(), ctx.core, adminSession(ctx), quiet());
    expect(r.ok === false && r.error.code).toBe('DUPLICATE');
    expect(r.ok === false && r.error.fields?.nik).toMatch(/^NIK ini sudah dipakai oleh UMKM aktif "Amplang Kepiting Bu Sari" \(ID \d+\)\.$/);
  });

  it('an unexpected failure is INTERNAL (logged, not thrown, no details leaked)', async () => {
    const log = vi.fn();
    await ctx.db.close();
    const r = await dispatch('umkm:list', {}, ctx.core, adminSession(ctx), log);
    expect(r).toEqual({ ok: false, error: { code: 'INTERNAL', message: messages.errors.internal } });
    expect(log).toHaveBeenCalledOnce();
    expect(log.mock.calls[0]?.[0]).toContain('umkm:list');
  });

  describe('demo:seed', () => {
    it('loads 60 UMKM by default into an empty registry, spread over six kecamatan', async () => {
      const r = await dispatch('demo:seed', {}, ctx.core, adminSession(ctx), quiet());
      expect(r).toEqual({ ok: true, value: { umkm: 60, komunitas: 15, mitra: 20, kegiatan: 8, kemitraan: 20 } });
      const stats = (await dispatch('stats:summary', undefined, ctx.core, adminSession(ctx), quiet())) as { ok: true; value: Stats };
      expect(stats.value.umkm).toBe(60);
      expect(Object.values(stats.value.byKecamatan)).toEqual([10, 10, 10, 10, 10, 10]);
    });

    it('seeded rows can be edited through the service like any other', async () => {
      await dispatch('demo:seed', { umkm: 12 }, ctx.core, adminSession(ctx), quiet());
      const [first] = (await list({ sort: 'registeredAt' })).items;
      const edited = await update(first!.id, { phone: '0812-9999-0000' });
      expect(edited.phone).toBe('+6281299990000');
      expect(edited.class).toBe(first!.class);
    });

    it('refuses a registry that is not empty with CONFLICT and adds nothing', async () => {
      await create(validUmkm());
      const r = await dispatch('demo:seed', { umkm: 5 }, ctx.core, adminSession(ctx), quiet());
      expect(r).toEqual({ ok: false, error: { code: 'CONFLICT', message: messages.errors.demoNotEmpty } });
      expect(await rowCount()).toBe(1);
    });

    it('refuses a second seed', async () => {
      await dispatch('demo:seed', { umkm: 5 }, ctx.core, adminSession(ctx), quiet());
      const r = await dispatch('demo:seed', { umkm: 5 }, ctx.core, adminSession(ctx), quiet());
      expect(r.ok === false && r.error.code).toBe('CONFLICT');
      expect(await rowCount()).toBe(5);
    });
  });

  describe('app:info and the first run', () => {
    const info = async (channel: 'app:info' | 'app:startEmpty' = 'app:info') => {
      const r = await dispatch(channel, undefined, ctx.core, adminSession(ctx), quiet());
      if (!r.ok) throw new Error(r.error.message);
      return r.value as AppInfo;
    };

    it('is pending on an empty database and describes the database', async () => {
      const i = await info();
      // The file on SQLite; the server and database (never the password) on PostgreSQL.
      const where = ctx.db.kind === 'sqlite' ? t.file : expect.stringMatching(/^kemitraan@127\.0\.0\.1:\d+\/kt_[0-9a-f]+$/);
      const latest = ctx.db.kind === 'sqlite' ? LATEST_MIGRATION : new POSTGRES_MIGRATIONS[POSTGRES_MIGRATIONS.length - 1]!().name;
      expect(i).toEqual({ version: 'test', databaseFile: where, schemaVersion: latest, firstRunPending: true });
      // Asking does not change it; an empty object payload is accepted too.
      expect((await dispatch('app:info', {}, ctx.core, adminSession(ctx), quiet())).ok).toBe(true);
      expect((await info()).firstRunPending).toBe(true);
    });

    it('is no longer pending after app:startEmpty, and stays so', async () => {
      expect((await info('app:startEmpty')).firstRunPending).toBe(false);
      expect((await info()).firstRunPending).toBe(false);
      expect(await rowCount()).toBe(0);
    });

    it('is no longer pending after demo:seed', async () => {
      await dispatch('demo:seed', { umkm: 3 }, ctx.core, adminSession(ctx), quiet());
      expect((await info()).firstRunPending).toBe(false);
    });

    it('is not pending once the registry has a UMKM', async () => {
      await create(validUmkm());
      expect((await info()).firstRunPending).toBe(false);
    });

    // The dashboard offers "Muat data contoh" exactly when firstRunPending is true, so the offer
    // must be one demo:seed can honour. A clerk who adds a UMKM without choosing, then deletes it,
    // sees the first-run card again: loading the demo must then work (or the card stay hidden).
    it('when it says the first run is pending, demo:seed is accepted', async () => {
      const u = await create(validUmkm());
      await ctx.umkm.remove(u.id);
      const pending = (await info()).firstRunPending;
      const seeded = await dispatch('demo:seed', { umkm: 3 }, ctx.core, adminSession(ctx), quiet());
      expect({ pending, seeded: seeded.ok }).toEqual({ pending, seeded: pending });
    });
  });
});
