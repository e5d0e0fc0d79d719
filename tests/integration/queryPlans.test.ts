// The hot queries read their indexes: on a real seeded database, reopened as the app reopens it
// (PRAGMA optimize at open, nothing more), every statement the registry, the dashboard and the
// Naik Kelas report send through the handler table is captured from TypeORM's logger on the
// reading connection and explained (EXPLAIN QUERY PLAN). A change that drops an index, or orders
// a page so that no index holds the order, fails here. Not timed.
import { rawOf } from '../support/sqliteOf';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Core } from '../../electron/core/core';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { seedDemo } from '../../electron/core/services/demo/seedDemo';
import { UMKM_SORT_FIELDS, type Channel, type UmkmPage } from '../../shared/contract';

const SEEDED = 12_000;

let dir: string;
let core: Core;
const session = { key: 'plans', via: 'app' } as const;

/** Statements the reading connection ran, with their parameters. */
const captured: Array<{ sql: string; params: unknown[] }> = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-plans-'));
  const file = path.join(dir, 'plans.sqlite');
  const first = await openDatabase({ file });
  await seedDemo(first, SEEDED);
  // A few UMKM in the recycle bin, as in any registry in use.
  await first.write((tx) => tx.em.query(`UPDATE umkm SET deleted_at = '2026-01-02T00:00:00.000Z' WHERE id % 97 = 0`));
  await first.close();
  // Reopened as the app reopens it: the statistics come from PRAGMA optimize at open, nothing else.
  core = new Core(await openDatabase({ file }), { appVersion: 'plans' });
  core.auth.sessions.bind(session.key, { userId: null, username: 'plans', role: 'admin', via: 'app' }, { fullName: 'Plans', lockable: false });
  await core.db.read((tx) => {
    const ds = tx.em.connection as unknown as { logger: Logger };
    const own = ds.logger;
    ds.logger = new Proxy(own, {
      get: (target, key) => (key === 'logQuery' ? (sql: string, params?: unknown[]) => captured.push({ sql, params: params ?? [] }) : Reflect.get(target, key)),
    });
  });
}, 120_000);

afterAll(async () => {
  await core?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The statements one channel call ran on the reading connection. */
async function statementsOf(channel: Channel, input: unknown): Promise<Array<{ sql: string; params: unknown[] }>> {
  captured.length = 0;
  const r = await dispatch(channel, input, core, session);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return captured.filter((s) => /^\s*(WITH|SELECT)\b/i.test(s.sql));
}

/** The plan of a statement, one line per step. */
function planOf(sql: string, params: unknown[]): string[] {
  const rows = rawOf(core.db).prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>;
  return rows.map((r) => r.detail);
}

/** The aliases a statement gives the big tables (TypeORM writes `"table" "alias"`). */
const BIG_TABLES = ['umkm', 'riwayat_kelas', 'kelas_tahunan', 'kelas_perpindahan'];
function bigAliases(sql: string): string[] {
  return BIG_TABLES.flatMap((t) => [...sql.matchAll(new RegExp(`"${t}" "(\\w+)"`, 'g'))].map((m) => m[1]!));
}

/** Every step that reads a big table whole, without an index. */
function fullScans(sql: string, plan: string[]): string[] {
  const aliases = bigAliases(sql);
  return plan.filter((step) => aliases.some((a) => new RegExp(`^SCAN ${a}$`).test(step.trim())));
}

interface Checked {
  sql: string;
  plan: string[];
}

/** Every statement of the call, explained; none reads a big table without an index. */
async function checked(channel: Channel, input: unknown): Promise<Checked[]> {
  const out: Checked[] = [];
  for (const s of await statementsOf(channel, input)) {
    const plan = planOf(s.sql, s.params);
    expect(fullScans(s.sql, plan), `${channel} ${JSON.stringify(input)}\n${s.sql}\n${plan.join('\n')}`).toEqual([]);
    out.push({ sql: s.sql, plan });
  }
  return out;
}

/** The statements that read a page in the list's order from a sort index (INDEXED BY ix_umkm_by_…). */
const walks = (all: Checked[]) => all.filter((s) => /INDEXED BY "ix_umkm_by_(name|owner|kecamatan|class|sales|registered|updated)/.test(s.sql) && /ORDER BY/.test(s.sql));

describe('the registry list', () => {
  const sortIndexesUsed = new Set<string>();

  it.each(UMKM_SORT_FIELDS.flatMap((sort) => (['asc', 'desc'] as const).map((order) => [sort, order] as const)))(
    'sorted by %s %s: the first page, the next from its keys, the last, the middle, a filter: each read from the sort index with no sort step',
    async (sort, order) => {
      const call = async (input: Record<string, unknown>) => {
        const r = await dispatch('umkm:list', { sort, order, ...input }, core, session);
        if (!r.ok) throw new Error(r.error.message);
        return r.value as UmkmPage;
      };
      const firstPage = await call({});
      const lastPage = Math.ceil(firstPage.total / 50);
      const middle = await call({ page: Math.ceil(lastPage / 2) });
      const runs = {
        first: await checked('umkm:list', { sort, order }),
        next: await checked('umkm:list', { sort, order, page: 2, near: { page: 1, ...firstPage.keys! } }),
        previous: await checked('umkm:list', { sort, order, page: Math.ceil(lastPage / 2) - 1, near: { page: middle.page, ...middle.keys! } }),
        last: await checked('umkm:list', { sort, order, page: lastPage }),
        middle: await checked('umkm:list', { sort, order, page: Math.ceil(lastPage / 2) }),
        filtered: await checked('umkm:list', { sort, order, kecamatan: '64.71.02', status: 'aktif', page: 3 }),
      };
      for (const [what, run] of Object.entries(runs)) {
        const read = walks(run);
        expect(read.length, `${what}: a page read from a sort index`).toBeGreaterThan(0);
        for (const { sql, plan } of read) {
          const index = /INDEXED BY "(\w+)"/.exec(sql)![1]!;
          sortIndexesUsed.add(index);
          expect(plan.join('\n'), `${what}\n${sql}`).toMatch(new RegExp(`(SCAN|SEARCH) u USING (COVERING )?INDEX ${index}\\b`));
          expect(plan.join('\n'), `${what}\n${sql}`).not.toMatch(/TEMP B-TREE FOR (RIGHT PART OF |LAST TERM OF )?ORDER BY/);
          // Read from a key: a seek, not a walk from the start.
          if (what === 'next' || what === 'previous') expect(plan.join('\n'), `${what}\n${sql}`).toMatch(/SEARCH u USING/);
        }
      }
    },
  );

  it('reads every sort index the list offers', () => {
    expect([...sortIndexesUsed].sort()).toEqual([
      'ix_umkm_by_class',
      'ix_umkm_by_kecamatan',
      'ix_umkm_by_name',
      'ix_umkm_by_owner',
      'ix_umkm_by_registered',
      'ix_umkm_by_sales',
      'ix_umkm_by_updated',
    ]);
  });

  it('counts filters from rekap_umkm, never from the registry', async () => {
    for (const input of [{}, { kecamatan: '64.71.05' }, { kecamatan: '64.71.05', class: 'kecil' }, { sector: 'kuliner', status: 'aktif' }, { kelurahan: '64.71.05.1002' }]) {
      const all = await checked('umkm:list', input);
      const counts = all.filter((s) => /"rekap_umkm"/.test(s.sql));
      expect(counts, JSON.stringify(input)).toHaveLength(1);
      expect(all.some((s) => /COUNT\(/i.test(s.sql) && /"umkm" "u"/.test(s.sql)), JSON.stringify(input)).toBe(false);
    }
  });

  it('finds a narrow filter through the filter index and sorts only its rows, by their key', async () => {
    const all = await checked('umkm:list', { kelurahan: '64.71.05.1002', class: 'kecil', sort: 'annualSales', order: 'desc' });
    const found = all.find((s) => /"umkm" "u"/.test(s.sql) && /"u"\."kelurahan" = \?/.test(s.sql) && !/INDEXED BY/.test(s.sql))!;
    expect(found.plan.join('\n')).toMatch(/SEARCH u USING (COVERING )?INDEX ix_umkm_facets \(kecamatan=\? AND class=\? AND kelurahan=\?\)/);
    const sorted = all.find((s) => /"u"\."id" IN \(/.test(s.sql) && /ORDER BY/.test(s.sql))!;
    expect(sorted.plan.join('\n')).toMatch(/SEARCH u USING INTEGER PRIMARY KEY/);
  });

  it.each([
    ['a word of many matches', { search: 'amplang' }],
    ['every NIK holds it', { search: '647' }],
    ['with filters', { search: 'siti', kecamatan: '64.71.05' }],
    ['by sales', { search: 'kue', sort: 'annualSales', order: 'desc' }],
  ])('a search (%s) reads the search index to a bound and sorts only what it found, by their key', async (_what, input) => {
    const all = await checked('umkm:list', input);
    const fts = all.find((s) => /umkm_fts/.test(s.sql))!;
    expect(fts.sql).toMatch(/LIMIT \?/);
    expect(fts.plan.join('\n')).toMatch(/VIRTUAL TABLE INDEX \d+:M/);
    const sorted = all.find((s) => /"u"\."id" IN \(/.test(s.sql) && /ORDER BY/.test(s.sql))!;
    expect(sorted.plan.join('\n')).toMatch(/SEARCH u USING INTEGER PRIMARY KEY/);
    expect(walks(all)).toEqual([]);
  });

  it('short text is read from the name, owner, NIK and NIB indexes, each a range, within the filters', async () => {
    for (const input of [{ search: 'ra' }, { search: 'ra', kecamatan: '64.71.05', class: 'mikro' }]) {
      const short = (await checked('umkm:list', input)).filter((s) => /LIKE/.test(s.sql) && /LIMIT \d+/.test(s.sql) && !/ORDER BY/.test(s.sql));
      expect(short.map((s) => /INDEXED BY "(\w+)"/.exec(s.sql)?.[1])).toEqual(['ix_umkm_by_name', 'ix_umkm_by_owner', 'ix_umkm_by_nik', 'ix_umkm_by_nib']);
      for (const s of short) expect(s.plan.join('\n')).toMatch(/SEARCH u USING (COVERING )?INDEX \w+ \(\w+>\? AND \w+<\?\)/);
    }
  });
});

describe('the dashboard and the Naik Kelas report', () => {
  const thisYear = new Date().getFullYear();

  it('the dashboard reads the kept counts and indexes only', async () => {
    const stats = await checked('stats:summary', {});
    expect(stats.some((s) => /"rekap_umkm"/.test(s.sql))).toBe(true);
    const overview = await checked('progress:overview', {});
    expect(overview.some((s) => /"rekap_kelas_tahunan"/.test(s.sql))).toBe(true);
    expect(overview.some((s) => /GROUP BY/.test(s.sql) && /"kelas_tahunan" "t"/.test(s.sql) && !/IN \(SELECT/.test(s.sql))).toBe(false);
  });

  it.each(Array.from({ length: 7 }, (_, i) => thisYear - 6 + i))('the report for %i and its lists read the year from the kept counts, never the records or moves', async (year) => {
    const period = { from: `${year}-01-01`, to: `${year}-12-31` };
    const report = await checked('progress:report', period);
    expect(report.some((s) => /"rekap_tercatat"/.test(s.sql))).toBe(true);
    expect(report.some((s) => /"rekap_naik_kelas"/.test(s.sql))).toBe(true);
    // No statement looks for a record of each UMKM, nor groups the moves of the year.
    expect(report.filter((s) => /"riwayat_kelas" "r"|"kelas_perpindahan" "m"/.test(s.sql)).map((s) => s.sql)).toEqual([]);
    for (const outcome of ['naik', 'turun', 'tetap', 'tanpa_data', 'menengah_pasar'] as const) {
      const list = await checked('progress:reportList', { period, outcome });
      // (The page's own rows are read by their ids: a page, never the year.)
      const wholeYear = list.filter((s) => /"riwayat_kelas" "r"|"kelas_perpindahan" "m"/.test(s.sql) && !/"(r|m)"\."umkm_id" IN \(\?/.test(s.sql));
      expect(wholeYear.map((s) => s.sql), outcome).toEqual([]);
    }
  });

  it('a period that is not a calendar year reads the moves of the period from their date index; a community its members', async () => {
    const period = { from: `${thisYear - 3}-03-01`, to: `${thisYear - 1}-06-30` };
    const report = await checked('progress:report', period);
    const ends = report.find((s) => /"kelas_perpindahan" "m"/.test(s.sql))!;
    expect(ends.plan.join('\n')).toMatch(/USING COVERING INDEX ix_perpindahan_ends/);
    await checked('progress:report', { from: `${thisYear - 1}-01-01`, to: `${thisYear - 1}-12-31`, komunitasId: 1 });
    for (const outcome of ['naik', 'tetap'] as const) await checked('progress:reportList', { period, outcome });
  });
});
