// A figure left out of a class record ("not recorded this time") never blanks what the registry
// knows of the UMKM: progress:add, edit and delete on a real database file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { classify } from '../../shared/domain/classification';
import type { Scope } from '../../electron/core/scope';
import { call } from '../support/call';
import { tempContext } from '../support/tempDb';
import { addRecord, JUTA, registerUmkm, umkmRow } from '../support/progress';

let t: Awaited<ReturnType<typeof tempContext>>;
let ctx: Scope;

beforeEach(async () => {
  t = await tempContext();
  ctx = t.ctx;
});
afterEach(async () => {
  await t.cleanup();
});

/** The UMKM row's class agrees with its own figures, as the registry form's preview computes them. */
async function expectClassAgrees(umkmId: number): Promise<void> {
  const row = (await umkmRow(ctx, umkmId)) as { annualSales: number | null; capital: number | null; class: string; classBasis: string };
  expect(classify({ annualSales: row.annualSales, capital: row.capital })).toMatchObject({ class: row.class, basis: row.classBasis });
}

describe('progress:add with a figure left out', () => {
  it('keeps the UMKM its last known capital, assets and workers; the record itself stays as entered', async () => {
    const u = await registerUmkm(ctx, '2021-06-01', 1500, { capital: 300 * JUTA, assets: 400 * JUTA, employees: 4 });
    const r = await addRecord(ctx, u.id, '2022-06-01', 2600);
    expect(r).toMatchObject({ annualSales: 2600 * JUTA, capital: null, assets: null, employees: null, class: 'kecil' });
    expect(await umkmRow(ctx, u.id)).toMatchObject({ annualSales: 2600 * JUTA, capital: 300 * JUTA, assets: 400 * JUTA, employees: 4, class: 'kecil', lastRecordDate: '2022-06-01' });
    expect((await ctx.umkm.get(u.id)).assets).toBe(400 * JUTA);
    await expectClassAgrees(u.id);
  });

  it('a figure given replaces the last known one; a later record without it keeps the newer value', async () => {
    const u = await registerUmkm(ctx, '2021-06-01', 1500, { assets: 400 * JUTA, employees: 4 });
    await addRecord(ctx, u.id, '2022-06-01', 1700, { assets: 550 * JUTA });
    await addRecord(ctx, u.id, '2023-06-01', 1900, { employees: 6 });
    expect(await umkmRow(ctx, u.id)).toMatchObject({ annualSales: 1900 * JUTA, assets: 550 * JUTA, employees: 6 });
  });

  it('without sales the record is classed by capital, and the UMKM shows no older sales beside that class', async () => {
    const u = await registerUmkm(ctx, '2021-06-01', 3000, { capital: 300 * JUTA, assets: 400 * JUTA });
    expect(await umkmRow(ctx, u.id)).toMatchObject({ class: 'kecil', classBasis: 'penjualan' });
    await addRecord(ctx, u.id, '2022-06-01', 0, { annualSales: undefined, capital: 800 * JUTA });
    expect(await umkmRow(ctx, u.id)).toMatchObject({ annualSales: null, capital: 800 * JUTA, assets: 400 * JUTA, class: 'mikro', classBasis: 'modal' });
    await expectClassAgrees(u.id);
  });

  it('editing or deleting the record that carried a figure falls back to the one before it', async () => {
    const u = await registerUmkm(ctx, '2021-06-01', 1500, { assets: 400 * JUTA });
    const r = await addRecord(ctx, u.id, '2022-06-01', 1700, { assets: 550 * JUTA });
    await call(ctx, 'progress:update', { id: r.id, changes: { assets: '' } });
    expect((await umkmRow(ctx, u.id)).assets).toBe(400 * JUTA);
    await call(ctx, 'progress:update', { id: r.id, changes: { assets: 600 * JUTA } });
    expect((await umkmRow(ctx, u.id)).assets).toBe(600 * JUTA);
    await call(ctx, 'progress:delete', { id: r.id });
    expect(await umkmRow(ctx, u.id)).toMatchObject({ annualSales: 1500 * JUTA, assets: 400 * JUTA, lastRecordDate: '2021-06-01' });
  });
});
