// The registry's search while typing answers the same UMKM on both engines for the same data:
// FTS5 trigram on SQLite, pg_trgm's GIN index on PostgreSQL, behind the one search interface.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UmkmPage } from '../../../shared/contract';
import { dispatch } from '../../../electron/core/dispatch/dispatch';
import { seedDemo } from '../../../electron/core/services/demo/seedDemo';
import { adminSession } from '../../support/auth';
import { PG_SKIP_REASON, pgUrl } from '../../support/pgTest';
import { tempContext } from '../../support/tempDb';

if (!pgUrl()) console.warn(PG_SKIP_REASON);

type Ctx = Awaited<ReturnType<typeof tempContext>>;

/** Every UMKM the search finds (all pages), as sorted ids, with the total the page states. */
async function found(t: Ctx, input: Record<string, unknown>): Promise<{ total: number; ids: number[] }> {
  const ids: number[] = [];
  let total: number;
  for (let page = 1; ; page++) {
    const r = await dispatch('umkm:list', { pageSize: 500, page, sort: 'businessName', order: 'asc', ...input }, t.core, adminSession(t.ctx));
    if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
    const p = r.value as UmkmPage;
    total = p.total;
    ids.push(...p.items.map((u) => u.id));
    if (p.items.length < 500) break;
  }
  return { total, ids: ids.sort((a, b) => a - b) };
}

// Words of three letters or more (trigrams), shorter text (a prefix of a column), several words,
// any case, a NIK's digits, an owner's name, text with LIKE's and FTS5's own characters, and nothing.
const TEXTS = ['amplang', 'AMPLANG', 'Amp', 'kue bingka', 'bingka kue', 'siti', 'rahma', 'sari', 'a', 'ba', 'k', '6471', '64710', 'cv', 'toko', 'amplang kepiting', 'ud', 'jaya', 'x', '%', '_a', 'a%b', '"amp', 'NEAR(kue)', 'zzzz tidak ada'];
const FILTERS: Array<Record<string, unknown>> = [{}, { kecamatan: '64.71.05' }, { class: 'kecil', status: 'aktif' }, { sector: 'kuliner' }];

describe.skipIf(!pgUrl())('search while typing on SQLite and PostgreSQL', () => {
  let sqlite: Ctx;
  let pg: Ctx;
  beforeAll(async () => {
    sqlite = await tempContext({}, 'sqlite');
    pg = await tempContext({}, 'postgres');
    // The demo data is seeded: both registries hold the same 1,500 UMKM.
    await seedDemo(sqlite.core.db, 1500);
    await seedDemo(pg.core.db, 1500);
  }, 180_000);
  afterAll(async () => {
    await sqlite?.cleanup();
    await pg?.cleanup();
  });

  it('holds the same registry on both', async () => {
    const a = await found(sqlite, {});
    expect(a.total).toBe(1500);
    expect(await found(pg, {})).toEqual(a);
  });

  for (const text of TEXTS) {
    it(`"${text}" finds the same UMKM with every filter`, async () => {
      let any = 0;
      for (const f of FILTERS) {
        const a = await found(sqlite, { search: text, ...f });
        const b = await found(pg, { search: text, ...f });
        expect(b, `${text} ${JSON.stringify(f)}`).toEqual(a);
        any += a.total;
      }
      // The texts that name something in the demo data find it (the comparison is not of two empty lists).
      if (!['zzzz tidak ada', '%', '_a', 'a%b', 'x', 'NEAR(kue)', '"amp'].includes(text)) expect(any).toBeGreaterThan(0);
    });
  }

  it('a search with control characters (a NUL, a tab) is answered on both, never a fault', async () => {
    for (const t of ['\u0000', '\u0000a', 'A\u0000', 'amp\u0000lang', 'kue\tbingka']) {
      for (const ctx of [sqlite, pg]) {
        const r = await dispatch('umkm:list', { search: t, pageSize: 20 }, ctx.core, adminSession(ctx.ctx));
        expect(r.ok ? 'ok' : r.error, `${JSON.stringify(t)} on ${ctx.core.db.kind}`).toBe('ok');
      }
    }
    expect((await found(pg, { search: '\u0000' })).total).toBe(0);
  });

  it('the picker of the forms (active UMKM, 20 at a time) offers the same', async () => {
    for (const t of ['s', 'sa', 'sas', 'sasirangan', 'amplang kepiting']) {
      const a = await found(sqlite, { search: t, status: 'aktif' });
      expect(await found(pg, { search: t, status: 'aktif' })).toEqual(a);
    }
  });
});
