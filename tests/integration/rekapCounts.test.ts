// The counts the triggers keep (rekap_umkm, rekap_kelas_tahunan, riwayat_tahunan,
// rekap_tercatat, perpindahan_tahunan, rekap_naik_kelas, rekap_perpindahan) agree with the tables they count, after the demo's bulk load and after every
// kind of write a clerk makes through the handler table: a UMKM added, moved to another kecamatan
// or sector, its figures (and class) changed, deleted, restored, purged; a record added, moved to
// another year, deleted. The dashboard and the Naik Kelas report, read from them, agree with a
// count of the registry itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { seedDemo } from '../../electron/core/services/demo/seedDemo';
import { adminSession } from '../support/auth';
import { queryRows } from '../support/dbQuery';
import { tempContext, validUmkm } from '../support/tempDb';

let env: Awaited<ReturnType<typeof tempContext>>;

beforeAll(async () => {
  env = await tempContext();
  await seedDemo(env.core.db, 1500);
}, 120_000);
afterAll(async () => env?.cleanup());

async function ok<C extends Channel>(channel: C, input: InputOf<C> | Record<string, unknown>): Promise<OutputOf<C>> {
  const r = await dispatch(channel, input, env.core, adminSession(env.ctx));
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message} ${JSON.stringify(r.error.fields ?? {})}`);
  return r.value as OutputOf<C>;
}

const rows = (sql: string) => queryRows(env.core.db, sql);
const key = (r: Record<string, unknown>) => JSON.stringify(Object.values(r));
const sorted = async (sql: string) => (await rows(sql)).map(key).sort();

/** Each kept count against the same count made from the tables (rows of zero left out). */
async function expectCountsKept(when: string): Promise<void> {
  expect(await sorted(`SELECT kecamatan, kelurahan, class, sector, status, market_reach, n FROM rekap_umkm WHERE n <> 0`), `${when}: rekap_umkm`).toEqual(
    await sorted(`SELECT kecamatan, kelurahan, class, sector, status, market_reach, COUNT(*) FROM umkm WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5, 6`),
  );
  expect(await sorted(`SELECT year, class, n FROM rekap_kelas_tahunan WHERE n <> 0`), `${when}: rekap_kelas_tahunan`).toEqual(await sorted(`SELECT year, class, COUNT(*) FROM kelas_tahunan GROUP BY 1, 2`));
  expect(await sorted(`SELECT umkm_id, year, n FROM riwayat_tahunan`), `${when}: riwayat_tahunan`).toEqual(
    await sorted(`SELECT umkm_id, CAST(substr(date, 1, 4) AS integer), COUNT(*) FROM riwayat_kelas WHERE deleted_at IS NULL GROUP BY 1, 2`),
  );
  expect(await sorted(`SELECT year, kecamatan, sector, n FROM rekap_tercatat WHERE n <> 0`), `${when}: rekap_tercatat`).toEqual(
    await sorted(`SELECT t.y, u.kecamatan, u.sector, COUNT(*) FROM (SELECT DISTINCT umkm_id, CAST(substr(date, 1, 4) AS integer) AS y FROM riwayat_kelas WHERE deleted_at IS NULL) t
      JOIN umkm u ON u.id = t.umkm_id WHERE u.deleted_at IS NULL GROUP BY 1, 2, 3`),
  );
  expect(await sorted(`SELECT year, umkm_id, from_class, to_class FROM perpindahan_tahunan`), `${when}: perpindahan_tahunan`).toEqual(await sorted(YEAR_ENDS));
  expect(await sorted(`SELECT year, kecamatan, sector, from_class, to_class, n FROM rekap_naik_kelas WHERE n <> 0`), `${when}: rekap_naik_kelas`).toEqual(
    await sorted(`SELECT e.y, u.kecamatan, u.sector, e.f, e.t, COUNT(*) FROM (${YEAR_ENDS}) e JOIN umkm u ON u.id = e.umkm_id WHERE u.deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5`),
  );
  expect(await sorted(`SELECT year, direction, n FROM rekap_perpindahan WHERE n <> 0`), `${when}: rekap_perpindahan`).toEqual(
    await sorted(`SELECT CAST(substr(date, 1, 4) AS integer), direction, COUNT(*) FROM kelas_perpindahan GROUP BY 1, 2`),
  );
}

/** Each UMKM's class move over each calendar year, from its moves: first from_class and last to_class in (1 January, 31 December]. */
const YEAR_ENDS = `SELECT y, umkm_id, f, t FROM (SELECT CAST(substr(date, 1, 4) AS integer) AS y, umkm_id,
    SUBSTR(MIN(date || from_class), 11) AS f, SUBSTR(MAX(date || to_class), 11) AS t
  FROM kelas_perpindahan WHERE substr(date, 6) <> '01-01' GROUP BY 1, 2) m WHERE f <> t`;

/** Live UMKM with a live record dated in `year`, counted from the tables. */
const recordedIn = async (year: number) =>
  Number(
    (await rows(`SELECT COUNT(DISTINCT r.umkm_id) AS n FROM riwayat_kelas r JOIN umkm u ON u.id = r.umkm_id
      WHERE r.deleted_at IS NULL AND u.deleted_at IS NULL AND r.date BETWEEN '${year}-01-01' AND '${year}-12-31'`))[0]!.n,
  );

describe('counts kept by triggers', () => {
  it('agree with the tables after the demo is loaded in bulk', async () => {
    await expectCountsKept('after the demo');
  });

  it('agree after every kind of write through the handler table', async () => {
    const [a, b, c] = (await ok('umkm:list', { pageSize: 3, sort: 'registeredAt' })).items;
    const made = await ok('umkm:create', validUmkm({ nik: '6471011912990001', kecamatan: '64.71.01', kelurahan: '64.71.01.1002', sector: 'jasa' }));
    await expectCountsKept('a UMKM added');

    await ok('umkm:update', { id: a!.id, changes: { kecamatan: '64.71.06', kelurahan: '64.71.06.1001', sector: 'kriya' } });
    await ok('umkm:update', { id: b!.id, changes: { annualSales: 40_000_000_000, marketReach: 'internasional', status: 'tidak_aktif' } });
    await expectCountsKept('moved, figures changed');

    const record = await ok('progress:add', { umkmId: c!.id, date: '2021-03-04', annualSales: 3_000_000_000, source: 'survei' });
    expect((await rows(`SELECT COUNT(*) AS n FROM kelas_perpindahan WHERE umkm_id = ${c!.id}`))[0]!.n, 'the record moves the UMKM').not.toBe(0);
    await ok('progress:update', { id: record.id, changes: { date: '2022-07-08' } });
    await expectCountsKept('a record added and moved to another year');
    await ok('progress:delete', { id: record.id });
    await expectCountsKept('a record deleted');

    await ok('umkm:delete', { id: a!.id });
    await ok('umkm:delete', { id: made.id });
    await expectCountsKept('deleted');
    await ok('trash:restore', { kind: 'umkm', id: a!.id });
    await expectCountsKept('restored');
    await ok('trash:purge', { kind: 'umkm', id: made.id });
    await expectCountsKept('purged');
  });

  it('the report counts the recorded UMKM of each year as the tables do, and the dashboard the registry', async () => {
    const years = (await rows(`SELECT DISTINCT CAST(substr(date, 1, 4) AS integer) AS y FROM riwayat_kelas ORDER BY 1`)).map((r) => Number(r.y));
    expect(years.length).toBeGreaterThan(2);
    for (const year of years) {
      const report = await ok('progress:report', { from: `${year}-01-01`, to: `${year}-12-31` });
      expect(report.recorded, String(year)).toBe(await recordedIn(year));
      const up = Number((await rows(`SELECT COUNT(*) AS n FROM (${YEAR_ENDS}) e JOIN umkm u ON u.id = e.umkm_id WHERE u.deleted_at IS NULL AND e.y = ${year}
        AND (CASE e.t WHEN 'mikro' THEN 0 WHEN 'kecil' THEN 1 WHEN 'menengah' THEN 2 ELSE 3 END) > (CASE e.f WHEN 'mikro' THEN 0 WHEN 'kecil' THEN 1 WHEN 'menengah' THEN 2 ELSE 3 END)`))[0]!.n);
      expect(report.naikTotal, `${year} naik`).toBe(up);
      expect((await ok('progress:reportList', { period: { from: `${year}-01-01`, to: `${year}-12-31` }, outcome: 'naik', pageSize: 1 })).total, `${year} naik list`).toBe(up);
      // The tetap list: every UMKM recorded in the year whose class did not change over it, by name.
      const tetap = (await rows(`SELECT u.id FROM umkm u WHERE u.deleted_at IS NULL
          AND EXISTS (SELECT 1 FROM riwayat_kelas r WHERE r.umkm_id = u.id AND r.deleted_at IS NULL AND r.date BETWEEN '${year}-01-01' AND '${year}-12-31')
          AND u.id NOT IN (SELECT umkm_id FROM (${YEAR_ENDS}) e WHERE y = ${year})
        ORDER BY u.business_name, u.id`)).map((r) => Number(r.id));
      const listed: number[] = [];
      for (let page = 1; ; page++) {
        const got = await ok('progress:reportList', { period: { from: `${year}-01-01`, to: `${year}-12-31` }, outcome: 'tetap', page, pageSize: 500 });
        expect(got.total, `${year} tetap total`).toBe(tetap.length);
        listed.push(...got.items.map((i) => i.id));
        if (got.items.length < 500) break;
      }
      expect(listed, `${year} tetap list`).toEqual(tetap);
      // The same year as a period that is not a calendar year's (counted UMKM by UMKM) agrees.
      const counted = await ok('progress:report', { from: `${year}-01-01`, to: `${year}-12-30` });
      const lastDay = Number((await rows(`SELECT COUNT(DISTINCT r.umkm_id) AS n FROM riwayat_kelas r JOIN umkm u ON u.id = r.umkm_id
        WHERE r.deleted_at IS NULL AND u.deleted_at IS NULL AND r.date = '${year}-12-31'
        AND NOT EXISTS (SELECT 1 FROM riwayat_kelas x WHERE x.umkm_id = r.umkm_id AND x.deleted_at IS NULL AND x.date BETWEEN '${year}-01-01' AND '${year}-12-30')`))[0]!.n);
      expect(counted.recorded + lastDay, String(year)).toBe(report.recorded);
    }
    // Several whole years (by each UMKM's years, riwayat_tahunan) and a period across years' ends.
    for (const [from, to] of [[`${years[0]}-01-01`, `${years[2]}-12-31`], [`${years[1]}-01-01`, `${years.at(-1)}-12-31`], [`${years[0]}-07-01`, `${years[2]}-06-30`]] as const) {
      const counted = Number((await rows(`SELECT COUNT(DISTINCT r.umkm_id) AS n FROM riwayat_kelas r JOIN umkm u ON u.id = r.umkm_id
        WHERE r.deleted_at IS NULL AND u.deleted_at IS NULL AND r.date BETWEEN '${from}' AND '${to}'`))[0]!.n);
      expect((await ok('progress:report', { from, to })).recorded, `${from}..${to}`).toBe(counted);
    }
    const stats = await ok('stats:summary', {});
    expect(stats.umkm).toBe(Number((await rows(`SELECT COUNT(*) AS n FROM umkm WHERE deleted_at IS NULL`))[0]!.n));
    const overview = await ok('progress:overview', {});
    const thisYear = new Date().getFullYear();
    const atYearEnd = await rows(`SELECT t.class, COUNT(*) AS n FROM kelas_tahunan t JOIN umkm u ON u.id = t.umkm_id WHERE u.deleted_at IS NULL AND t.year = ${thisYear} GROUP BY 1`);
    const shown = overview.classByYear.find((y) => y.year === thisYear)!;
    for (const r of atYearEnd) expect(shown[r.class as 'mikro'], String(r.class)).toBe(Number(r.n));
    const movesUp = Number((await rows(`SELECT COUNT(*) AS n FROM kelas_perpindahan p JOIN umkm u ON u.id = p.umkm_id WHERE u.deleted_at IS NULL AND p.direction = 'naik'`))[0]!.n);
    expect(overview.movesByYear.reduce((s, m) => s + m.naik, 0)).toBe(movesUp);
  });
});
