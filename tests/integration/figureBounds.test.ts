// The bounds that size an export's columns are read a slice of ids at a time (so no single
// statement holds the core's thread over the whole registry); summed over the slices they are
// exactly what one pass over the registry gives. Real seeded file; slices far smaller than the
// app's, so there are many, with holes (deleted UMKM) between them.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { registryBounds, registryBoundsAsOf } from '../../electron/core/excel/export/figureBounds';
import { seedDemo } from '../../electron/core/services/demo/seedDemo';
import { queryRow, queryRows } from '../support/dbQuery';
import { tempContext } from '../support/tempDb';

let env: Awaited<ReturnType<typeof tempContext>>;
beforeAll(async () => {
  env = await tempContext();
  await seedDemo(env.ctx.db, 300);
  await queryRows(env.ctx.db, `UPDATE umkm SET deleted_at = '2026-01-02T00:00:00.000Z' WHERE id % 11 = 0`);
}, 60_000);
afterAll(async () => env.cleanup());

it('sums the registry slice by slice to what one pass over it gives', async () => {
  const whole = (await queryRow<Record<string, number>>(
    env.ctx.db,
    `SELECT COUNT(*) AS n, MAX(ABS(employees)) AS "maxE", SUM(ABS(employees)) AS "sumE", MAX(ABS(capital)) AS "maxC", SUM(ABS(capital)) AS "sumC",
            MAX(ABS(annual_sales)) AS "maxS", SUM(ABS(annual_sales)) AS "sumS", MAX(ABS(assets)) AS "maxA", SUM(ABS(assets)) AS "sumA"
     FROM umkm WHERE deleted_at IS NULL`,
  ))!;
  const sliced = await registryBounds(env.ctx.tx.em, ['employees', 'capital', 'annualSales', 'assets'], 7);
  expect(sliced).toEqual({
    rows: whole.n,
    max: { employees: whole.maxE, capital: whole.maxC, annualSales: whole.maxS, assets: whole.maxA },
    sum: { employees: whole.sumE, capital: whole.sumC, annualSales: whole.sumS, assets: whole.sumA },
  });
  expect(sliced.rows).toBe(273);
});

it('gives the same bounds as of a past date in slices as in one slice', async () => {
  const asOf = '2024-06-30';
  const one = await registryBoundsAsOf(env.ctx.tx.em, asOf, ['annualSales', 'capital'], 1_000_000);
  const sliced = await registryBoundsAsOf(env.ctx.tx.em, asOf, ['annualSales', 'capital'], 7);
  expect(sliced).toEqual(one);
  expect(one.sum.annualSales).toBeGreaterThan(0);
});
