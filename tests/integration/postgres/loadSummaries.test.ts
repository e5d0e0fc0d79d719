// A load into an empty PostgreSQL registry (the demo here; a whole registry copied in) sets the
// summaries' row triggers and the secondary indexes aside and recounts the summaries afterwards
// (db/postgres/summaryRebuild.ts): the counts must be exactly what SQLite's triggers keep for the
// same data, the indexes and triggers must all be back, and later writes kept by the triggers again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/core/services/demo/seedDemo';
import { queryRows } from '../../support/dbQuery';
import { dispatch } from '../../../electron/core/dispatch/dispatch';
import { adminSession } from '../../support/auth';
import { PG_SKIP_REASON, pgUrl } from '../../support/pgTest';
import { tempContext, validUmkm } from '../../support/tempDb';
import { SUMMARY_ROWS } from './triggerScript';

if (!pgUrl()) console.warn(PG_SKIP_REASON);

type Ctx = Awaited<ReturnType<typeof tempContext>>;

const SUMMARIES = SUMMARY_ROWS;

async function lines(t: Ctx, sql: string): Promise<string[]> {
  const rows = await queryRows(t.core.db, sql);
  return rows.map((r) => JSON.stringify(Object.values(r).map((v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v)))).sort();
}

describe.skipIf(!pgUrl())('a load into an empty PostgreSQL registry', () => {
  let sqlite: Ctx;
  let pg: Ctx;
  beforeAll(async () => {
    sqlite = await tempContext({}, 'sqlite');
    pg = await tempContext({}, 'postgres');
    await seedDemo(sqlite.core.db, 2000, { recordsEach: 4 });
    await seedDemo(pg.core.db, 2000, { recordsEach: 4 });
  }, 240_000);
  afterAll(async () => {
    await sqlite?.cleanup();
    await pg?.cleanup();
  });

  for (const [table, sql] of Object.entries(SUMMARIES)) {
    it(`counts ${table} as SQLite's triggers do`, async () => {
      const expected = await lines(sqlite, sql);
      expect(expected.length).toBeGreaterThan(0);
      expect(await lines(pg, sql)).toEqual(expected);
    });
  }

  it('puts every trigger and index back', async () => {
    const disabled = await queryRows(pg.core.db, `SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'D'`);
    expect(disabled).toEqual([]);
    const names = (await queryRows<{ indexname: string }>(pg.core.db, `SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()`)).map((r) => r.indexname);
    for (const ix of ['ix_umkm_search', 'ix_umkm_by_name', 'ix_riwayat_umkm_date', 'ix_perpindahan_date', 'ix_tahunan_year_class', 'ux_umkm_nik_active']) expect(names).toContain(ix);
  });

  it('keeps the summaries by its triggers again afterwards', async () => {
    const before = await lines(pg, SUMMARIES.rekap_umkm!);
    for (const t of [sqlite, pg]) {
      const r = await dispatch('umkm:create', validUmkm({ nik: '6471054506880009' }), t.core, adminSession(t.ctx));
      expect(r.ok ? 'ok' : r.error).toBe('ok');
    }
    expect(await lines(pg, SUMMARIES.rekap_umkm!)).not.toEqual(before);
    expect(await lines(pg, SUMMARIES.rekap_umkm!)).toEqual(await lines(sqlite, SUMMARIES.rekap_umkm!));
    expect(await lines(pg, SUMMARIES.riwayat_tahunan!)).toEqual(await lines(sqlite, SUMMARIES.riwayat_tahunan!));
  });
});
