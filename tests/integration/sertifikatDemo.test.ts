// The demo's register (issue 15): every status, halal mostly, some expiring within 90 days, the
// ticks of the demo's yearly records issued in the register so the records still show them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scope } from '../../electron/core/scope';
import { seedDemo } from '../../electron/core/services/demo/seedDemo';
import { call } from '../support/call';
import { queryRows } from '../support/dbQuery';
import { tempContext } from '../support/tempDb';

let t: Awaited<ReturnType<typeof tempContext>>;
let ctx: Scope;
beforeAll(async () => {
  t = await tempContext();
  ctx = t.ctx;
  await seedDemo(ctx.db, 60);
}, 120_000);
afterAll(async () => {
  await t.cleanup();
});

describe('demo sertifikat', () => {
  it('holds several hundred certificates in every group, halal the most, some expiring soon', async () => {
    const all = await call(ctx, 'sertifikat:list', {});
    expect(all.total).toBeGreaterThanOrEqual(200);
    for (const [group, n] of Object.entries(all.counts)) expect(n, group).toBeGreaterThan(0);
    const byKind = await queryRows<{ kind: string; n: number }>(ctx.db, `SELECT kind, COUNT(*) AS n FROM sertifikat GROUP BY kind ORDER BY n DESC`);
    expect(byKind[0]!.kind).toBe('halal');
    expect((await call(ctx, 'sertifikat:expiring', { days: 90 })).total).toBeGreaterThan(0);
    expect((await call(ctx, 'sertifikat:options', {})).companions.length).toBe(8);
    expect((await call(ctx, 'sertifikat:ready', {})).total).toBeGreaterThan(0);
  });

  it("each yearly record's ticks are certificates held in the register on its date", async () => {
    const rows = await queryRows<{ umkm_id: number; date: string; certifications: string }>(ctx.db, `SELECT umkm_id, date, certifications FROM riwayat_kelas WHERE certifications <> '[]' ORDER BY id LIMIT 40`);
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) {
      const timeline = await call(ctx, 'progress:timeline', { id: Number(r.umkm_id) });
      const shown = timeline.records.find((x) => x.date === r.date)!.certifications;
      for (const tick of JSON.parse(r.certifications) as string[]) expect(shown, `${r.umkm_id} ${r.date}`).toContain(tick);
    }
  });
});
