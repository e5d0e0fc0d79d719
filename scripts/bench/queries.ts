// How the registry, the dashboard and the Naik Kelas page answer at city scale, timed through the
// handler table (dispatch, a signed-in session) on a copy of the fixture, opened as the app opens
// it (openDatabase: its migrations and PRAGMA optimize, nothing else: no ANALYZE of our own).
//
// - search: what the registry's search box sends while a clerk types (page 1 of 50 by name, each
//   prefix of a business name, an owner's name, two words, a NIK; some with a kecamatan or a class
//   chosen, one sorted by sales), and the UMKM picker of the forms (20 active UMKM);
// - paging: every sort both ways, the common filters with every sort, the next page (from the
//   page on screen, as the registry asks for it) at the start and 2,000 pages deep, the last page;
// - aggregates: the dashboard (stats:summary, progress:overview), the Naik Kelas report for every
//   year of the data, by kecamatan, sector and community, and the first page of the list behind
//   each of its figures.
// Beside them, outside the three targets and said as such: `jumps`, a page number typed or
// linked straight into the middle of the whole registry (read from the nearer end of its index),
// and `periods`, the report over several years (its "recorded" cannot be summed from the years).
import fs from 'node:fs';
import path from 'node:path';
import type { Channel, InputOf, UmkmPage } from '../../shared/contract';
import type { Database } from '../../electron/core/db/database';
import { UMKM_SORT_FIELDS } from '../../shared/contract';

export interface BenchFixture {
  /** A seeded database file, made by the app's own code and left exactly as the app leaves it (read-only here: copied first). */
  file: string;
  umkm: number;
  /** A temp folder this module may write into. */
  workDir: string;
}

export interface Percentiles {
  p50: number;
  p95: number;
}

type Group = 'search' | 'paging' | 'aggregates' | 'jumps' | 'periods';

/** One request, timed every round; its input may be made once beforehand (untimed), from other calls. */
export interface QueryCase {
  group: Group;
  name: string;
  channel: Channel;
  input: unknown | ((call: Caller) => Promise<unknown>);
}

type Caller = <C extends Channel>(channel: C, input: unknown) => Promise<unknown>;

export interface QueryFigures {
  search: Percentiles;
  paging: Percentiles;
  aggregates: Percentiles;
  /** A jump straight to a page in the middle of the whole registry (no page next to it on screen). */
  jumps: Percentiles;
  /** The report and its lists over several years (2020–2026, 2023–2025). */
  periods: Percentiles;
  /** Each case's own figures (ms), slowest first within its group: where a p95 comes from. */
  cases: Array<{ group: Group; name: string } & Percentiles>;
}

/** Rounds over every case after one warm-up round (each call of every round is one sample). */
const ROUNDS = 5;

type ListInput = InputOf<'umkm:list'>;

/** What the registry's search box sends for `text`, as the screen sends it. */
const typed = (text: string, extra: Partial<ListInput> = {}): ListInput => ({ search: text, sort: 'businessName', order: 'asc', page: 1, pageSize: 50, ...extra });

/** Every prefix of `text`, as a clerk types it (the spaces typed too). */
const prefixes = (text: string): string[] => Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1)).filter((t) => t.trim() !== '');

function searchCases(): QueryCase[] {
  const out: QueryCase[] = [];
  const add = (name: string, input: ListInput) => out.push({ group: 'search', name, channel: 'umkm:list', input });
  for (const text of ['amplang', 'rahmawati', 'siti rahmawati', 'kue bingka', '647105', 'batik']) {
    for (const t of prefixes(text)) add(`"${t}"`, typed(t));
  }
  for (const t of prefixes('siti')) add(`"${t}", kecamatan`, typed(t, { kecamatan: '64.71.05' }));
  for (const t of prefixes('kue')) add(`"${t}", kecamatan + class`, typed(t, { kecamatan: '64.71.03', class: 'kecil' }));
  for (const t of prefixes('amplang')) add(`"${t}", by sales desc`, typed(t, { sort: 'annualSales', order: 'desc' }));
  // The UMKM picker of the forms (komunitas members, agreements).
  for (const t of prefixes('sasirangan')) out.push({ group: 'search', name: `picker "${t}"`, channel: 'umkm:list', input: { search: t, status: 'aktif', pageSize: 20, sort: 'businessName' } });
  return out;
}

/** The request for `page` as the registry sends it from the page before it on screen (with that page's keys). */
const nextFrom =
  (input: ListInput, page: number) =>
  async (call: Caller): Promise<ListInput> => {
    const before = (await call('umkm:list', { ...input, page: page - 1 })) as UmkmPage;
    return before.keys ? { ...input, page, near: { page: page - 1, ...before.keys } } : { ...input, page };
  };

function pagingCases(umkm: number): QueryCase[] {
  const out: QueryCase[] = [];
  const add = (name: string, input: ListInput | ((call: Caller) => Promise<ListInput>), group: Group = 'paging') =>
    out.push({ group, name, channel: 'umkm:list', input: typeof input === 'function' ? input : { pageSize: 50, ...input } });
  const lastPage = Math.ceil(umkm / 50);
  const deep = Math.min(2000, Math.floor(lastPage / 2));
  for (const sort of UMKM_SORT_FIELDS) {
    for (const order of ['asc', 'desc'] as const) {
      add(`by ${sort} ${order}`, { sort, order });
      add(`by ${sort} ${order}, next page`, nextFrom({ sort, order, pageSize: 50 }, 2));
      add(`by ${sort} ${order}, next page at page ${deep}`, nextFrom({ sort, order, pageSize: 50 }, deep));
      add(`by ${sort} ${order}, last page`, { sort, order, page: lastPage });
      add(`by ${sort} ${order}, jump to page ${deep}`, { sort, order, page: deep }, 'jumps');
    }
    add(`kecamatan, by ${sort}`, { kecamatan: '64.71.02', sort });
    add(`class, by ${sort} desc`, { class: 'menengah', sort, order: 'desc' });
    add(`kecamatan + class, by ${sort}`, { kecamatan: '64.71.04', class: 'kecil', sort });
    add(`sector + status, by ${sort}`, { sector: 'kuliner', status: 'aktif', sort });
  }
  add('kelurahan', { kecamatan: '64.71.05', kelurahan: '64.71.05.1002' });
  add('kelurahan, next page', nextFrom({ kecamatan: '64.71.05', kelurahan: '64.71.05.1002', pageSize: 50 }, 2));
  add('kelurahan + class besar, by sales desc', { kelurahan: '64.71.05.1002', class: 'besar', sort: 'annualSales', order: 'desc' });
  add('tidak aktif, by updated desc', { status: 'tidak_aktif', sort: 'updatedAt', order: 'desc' });
  const kecDeep = Math.max(2, Math.floor(lastPage / 14));
  add(`kecamatan, by sales desc, next page at page ${kecDeep}`, nextFrom({ kecamatan: '64.71.03', sort: 'annualSales', order: 'desc', pageSize: 50 }, kecDeep));
  add(`kecamatan, by sales desc, jump to page ${kecDeep}`, { kecamatan: '64.71.03', sort: 'annualSales', order: 'desc', page: kecDeep }, 'jumps');
  return out;
}

function aggregateCases(): QueryCase[] {
  const out: QueryCase[] = [];
  const add = (name: string, channel: Channel, input: unknown, group: Group = 'aggregates') => out.push({ group, name, channel, input });
  add('dashboard counts (stats:summary)', 'stats:summary', {});
  add('dashboard overview (progress:overview)', 'progress:overview', {});
  const thisYear = new Date().getFullYear();
  for (let y = thisYear - 6; y <= thisYear; y++) {
    const period = { from: `${y}-01-01`, to: `${y}-12-31` };
    add(`report ${y}`, 'progress:report', period);
    for (const outcome of ['naik', 'turun', 'tetap', 'tanpa_data', 'menengah_pasar'] as const) add(`list ${outcome} ${y}`, 'progress:reportList', { period, outcome });
  }
  const year = { from: `${thisYear - 1}-01-01`, to: `${thisYear - 1}-12-31` };
  add('report, one kecamatan', 'progress:report', { ...year, kecamatan: '64.71.05' });
  add('report, kuliner', 'progress:report', { ...year, sector: 'kuliner' });
  add('report, one community', 'progress:report', { ...year, komunitasId: 1 });
  add('list naik mikro->kecil, page 3', 'progress:reportList', { period: year, outcome: 'naik', transition: 'mikro->kecil', page: 3 });
  add('list tetap, one kecamatan', 'progress:reportList', { period: { ...year, kecamatan: '64.71.05' }, outcome: 'tetap' });
  add('list tetap, page 20', 'progress:reportList', { period: year, outcome: 'tetap', page: 20 });
  add('list tetap as it stood (figuresAt)', 'progress:reportList', { period: year, outcome: 'tetap', figuresAt: year.to });
  const long = { from: `${thisYear - 6}-01-01`, to: `${thisYear}-12-31` };
  add(`report ${thisYear - 6}-${thisYear}`, 'progress:report', long, 'periods');
  add(`report ${thisYear - 3}-${thisYear - 1}`, 'progress:report', { from: `${thisYear - 3}-01-01`, to: `${thisYear - 1}-12-31` }, 'periods');
  add('list naik mikro->kecil, long period, page 20', 'progress:reportList', { period: long, outcome: 'naik', transition: 'mikro->kecil', page: 20 }, 'periods');
  add('list tetap, long period', 'progress:reportList', { period: long, outcome: 'tetap' }, 'periods');
  return out;
}

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
const round2 = (n: number) => Math.round(n * 100) / 100;
function percentiles(samples: number[]): Percentiles {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: round2(percentile(s, 50)), p95: round2(percentile(s, 95)) };
}

/** Every case of the groups for a registry of `umkm` UMKM. */
export function queryCases(umkm: number): QueryCase[] {
  return [...searchCases(), ...pagingCases(umkm), ...aggregateCases()];
}

const GROUPS: Group[] = ['search', 'paging', 'aggregates', 'jumps', 'periods'];

/**
 * Times `cases` through the handler table on the database `file` (opened as the app opens it),
 * `rounds` times after a warm-up round; answers each case's samples (ms).
 */
export async function timeCases(target: string | (() => Promise<Database>), cases: QueryCase[], rounds = ROUNDS): Promise<number[][]> {
  const { openDatabase } = await import('../../electron/core/db/openDatabase');
  const { Core } = await import('../../electron/core/core');
  const { dispatch } = await import('../../electron/core/dispatch/dispatch');
  const core = new Core(typeof target === 'string' ? await openDatabase({ file: target }) : await target(), { appVersion: 'bench' });
  try {
    // A signed-in admin, bound as a sign-in binds it (without the password's KDF): every call
    // goes through the session and role checks the window's calls go through.
    core.auth.sessions.bind('bench-queries', { userId: null, username: 'bench', role: 'admin', via: 'app' }, { fullName: 'Bench', lockable: false });
    const session = { key: 'bench-queries', via: 'app' } as const;
    const call: Caller = async (channel, input) => {
      const r = await dispatch(channel, input, core, session);
      if (!r.ok) throw new Error(`${channel} ${JSON.stringify(input).slice(0, 200)}: ${r.error.code} ${r.error.message} ${JSON.stringify(r.error.fields ?? {})}`);
      return r.value;
    };
    const inputs: unknown[] = [];
    for (const c of cases) inputs.push(typeof c.input === 'function' ? await (c.input as (call: Caller) => Promise<unknown>)(call) : c.input);
    const samples = cases.map(() => [] as number[]);
    for (let round = 0; round <= rounds; round++) {
      for (const [i, c] of cases.entries()) {
        const t = performance.now();
        await call(c.channel, inputs[i]);
        // Round 0 warms the statements and the page cache; it is not counted.
        if (round > 0) samples[i]!.push(performance.now() - t);
      }
    }
    return samples;
  } finally {
    await core.close();
  }
}

/** The figures of each group, and each case's own, from the samples of timeCases. */
export function figuresOf(cases: QueryCase[], samples: number[][]): QueryFigures {
  const group = (g: Group) => percentiles(cases.flatMap((c, i) => (c.group === g ? samples[i]! : [])));
  const each = cases
    .map((c, i) => ({ group: c.group, name: c.name, ...percentiles(samples[i]!) }))
    .sort((a, b) => GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group) || b.p95 - a.p95);
  return { search: group('search'), paging: group('paging'), aggregates: group('aggregates'), jumps: group('jumps'), periods: group('periods'), cases: each };
}

export async function measureQueries(fx: BenchFixture, rounds = ROUNDS): Promise<QueryFigures> {
  // A copy: opening writes (the statistics PRAGMA optimize keeps, a year carried forward).
  const file = path.join(fx.workDir, 'queries.sqlite');
  fs.copyFileSync(fx.file, file);
  if (fs.existsSync(`${fx.file}-wal`)) fs.copyFileSync(`${fx.file}-wal`, `${file}-wal`);
  try {
    const cases = queryCases(fx.umkm);
    return figuresOf(cases, await timeCases(file, cases, rounds));
  } finally {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
  }
}
