// The report's one pass over the registry (export/report/registryAsOf.ts) must give the rows of
// UmkmService.iterateAsOf, the registry's own reading of "the registry at a past date", row for
// row; and the bounds that size the exports' columns (export/figureBounds.ts) must hold every
// value and total the lists then write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UmkmListQuery, type Umkm } from '../../shared/contract';
import { registryBounds, registryBoundsAsOf } from '../../electron/core/excel/export/figureBounds';
import { registryAsOf, type UmkmAt } from '../../electron/core/excel/export/report/registryAsOf';
import { seedDemo } from '../../electron/core/services/demo/seedDemo';
import type { Scope } from '../../electron/core/scope';
import { call } from '../support/call';
import { tempContext } from '../support/tempDb';

let env: Awaited<ReturnType<typeof tempContext>>;
let ctx: Scope;

const pick = (u: Umkm): UmkmAt => ({
  id: u.id,
  businessName: u.businessName,
  ownerName: u.ownerName,
  nik: u.nik,
  kecamatanName: u.kecamatanName,
  sector: u.sector,
  class: u.class,
  annualSales: u.annualSales,
  capital: u.capital,
  lastRecordDate: u.lastRecordDate,
});

async function all<T>(rows: AsyncIterable<T[]>): Promise<T[]> {
  const out: T[] = [];
  for await (const chunk of rows) out.push(...chunk);
  return out;
}

beforeAll(async () => {
  env = await tempContext();
  ctx = env.ctx;
  await seedDemo(env.core.db, 700);
  // What the demo never makes: a UMKM whose only record came after the dates below, a deleted
  // record, a deleted UMKM, and a record that moves a UMKM up after a date and down again.
  const page = await call(ctx, 'umkm:list', { pageSize: 5 });
  const [a, b, c] = page.items;
  await call(ctx, 'progress:add', { umkmId: a!.id, date: '2018-02-02', annualSales: 60_000_000_000, capital: 1_000_000_000, source: 'survei' });
  const { records } = await call(ctx, 'progress:timeline', { id: b!.id });
  await call(ctx, 'progress:delete', { id: records[0]!.id });
  await call(ctx, 'umkm:delete', { id: c!.id });
}, 120_000);

afterAll(async () => {
  await env.cleanup();
});

describe('the report’s registry at a past date', () => {
  for (const asOf of ['2017-12-31', '2019-06-30', '2021-12-31', '2023-05-23', '2099-12-31']) {
    it(`gives iterateAsOf’s rows on ${asOf}, in its order`, async () => {
      const want = (await all(ctx.umkm.iterateAsOf(UmkmListQuery.parse({ sort: 'kecamatan' }), asOf))).map(pick);
      const got = await all(registryAsOf(ctx.tx.em, asOf, 97));
      if (asOf > '2018-12-31') expect(want.length).toBeGreaterThan(100);
      expect(got).toEqual(want);
    });
  }
});

describe('the bounds that size the columns', () => {
  const holds = (bounds: { rows: number; max: Record<string, number>; sum: Record<string, number> }, rows: readonly object[], figures: string[]) => {
    expect(bounds.rows).toBeGreaterThanOrEqual(rows.length);
    for (const f of figures) {
      const values = rows.map((r) => Math.abs(Number((r as Record<string, unknown>)[f] ?? 0)));
      expect(bounds.max[f], f).toBeGreaterThanOrEqual(Math.max(0, ...values));
      expect(bounds.sum[f], f).toBeGreaterThanOrEqual(values.reduce((s, v) => s + v, 0));
    }
  };

  it('hold the registry’s figures under any filter, and equal them unfiltered', async () => {
    const figures = ['employees', 'capital', 'annualSales', 'assets'] as const;
    const bounds = await registryBounds(ctx.tx.em, figures);
    const everything = await all(ctx.umkm.iterate(UmkmListQuery.parse({})));
    holds(bounds, everything, [...figures]);
    expect(bounds.rows).toBe(everything.length);
    expect(bounds.sum.capital).toBe(everything.reduce((s, u) => s + (u.capital ?? 0), 0));
    holds(bounds, await all(ctx.umkm.iterate(UmkmListQuery.parse({ kecamatan: '64.71.05', sort: 'annualSales', order: 'desc' }))), [...figures]);
  });

  it('hold the figures standing at a past date', async () => {
    for (const asOf of ['2019-06-30', '2023-05-23', '2099-12-31']) {
      const bounds = await registryBoundsAsOf(ctx.tx.em, asOf, ['annualSales', 'capital']);
      holds(bounds, await all(registryAsOf(ctx.tx.em, asOf)), ['annualSales', 'capital']);
    }
  });
});
