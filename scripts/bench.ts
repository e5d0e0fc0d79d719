// `npm run bench` (`-- --quick` for 50,000 only): every heavy path of the app beside its plain
// baseline in the same run, on the deterministic benchmark registry (scripts/bench/fixture.ts).
// Prints a table and writes bench/results.json. A script, never a timed test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measureCliStart } from './bench/cliStart';
import { measureExports } from './bench/exportBench';
import { benchFixture } from './bench/fixture';
import { measureFirstRender } from './bench/firstRender';
import { measureImport } from './bench/importBench';
import { measureQueries } from './bench/queries';
import { measurePgQueries } from './bench/pgQueries';
import { measureStall } from './bench/stall';
import { measureHostileWorkbooks } from './bench/workbookLimits';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, out: { type: 'string', default: path.join('bench', 'results.json') } } });
const sizes = values.quick ? [50_000] : [50_000, 200_000];
const largest = sizes.at(-1)!;
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-bench-'));
const started = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

const results: Record<string, unknown> = {
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    date: new Date().toISOString(),
    quick: values.quick,
  },
};
const k = (name: string, n: number) => `${name}${n / 1000}k`;

for (const n of sizes) {
  const fx = await benchFixture(n, workDir, log);
  log(`queries at ${n}`);
  const q = await measureQueries(fx);
  results[k('search', n)] = q.search;
  results[k('paging', n)] = q.paging;
  results[k('aggregates', n)] = q.aggregates;
  results[k('slowestQueries', n)] = q.cases.slice(0, 5);
  log(`queries at ${n} on PostgreSQL`);
  const pq = await measurePgQueries(n, log);
  if (pq) {
    results[k('pgSearch', n)] = pq.search;
    results[k('pgPaging', n)] = pq.paging;
    results[k('pgAggregates', n)] = pq.aggregates;
    results[k('pgSlowestQueries', n)] = pq.cases.slice(0, 5);
  }
  log(`import of ${n} rows`);
  results[k('import', n)] = await measureImport(fx, n);
  log(`exports at ${n}`);
  const ex = await measureExports(fx);
  results[k('registry', n)] = ex.registry;
  results[k('report', n)] = ex.report;
  if (n === 50_000) {
    log('stall during a 50,000-row import and export');
    const stall = await measureStall(fx, 50_000);
    results.stallMs = stall.stallMs;
    results.stall = stall;
    log('command-line start');
    Object.assign(results, await measureCliStart(fx));
  }
  if (n === largest) {
    log(`first render at ${n}`);
    const fr = await measureFirstRender(fx);
    Object.assign(results, { firstRenderMs: fr.firstRenderMs, firstRenderBaselineMs: fr.baselineMs, firstRenderAt: n, bundleKB: fr.bundleKB, initialKB: fr.initialKB });
  }
}
log('crafted workbooks');
results.hostileWorkbooks = await measureHostileWorkbooks(workDir);
results.totalSeconds = Math.round((performance.now() - started) / 1000);

fs.mkdirSync(path.dirname(values.out), { recursive: true });
fs.writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);
fs.rmSync(workDir, { recursive: true, force: true });

// The table: each measured path, its baseline and target.
const rows: string[][] = [['path', 'measured', 'baseline', 'ratio / target']];
const r = results as Record<string, Record<string, number>>;
const fmt = (v: number | undefined, unit = 'ms') => (v === undefined ? '–' : `${Math.round(v).toLocaleString('en-US')} ${unit}`);
for (const n of sizes) {
  const tag = `${n / 1000}k`;
  const imp = r[k('import', n)]!;
  rows.push([`import ${tag}`, `${fmt(imp.ms)} / ${fmt(imp.peakMB, 'MB')}`, `${fmt(imp.baselineMs)} / ${fmt(imp.baselinePeakMB, 'MB')}`, `${imp.ratio?.toFixed(2)}× / ${imp.memoryRatio?.toFixed(2)}× (≤ 1.5×)`]);
  for (const name of ['registry', 'report'] as const) {
    const e = r[k(name, n)]!;
    rows.push([`${name} export ${tag}`, `${fmt(e.ms)} / ${fmt(e.peakMB, 'MB')}`, fmt(e.baselineMs), `${e.ratio?.toFixed(2)}× (≤ ${name === 'registry' ? '1.2' : '1.5'}×)`]);
  }
  for (const name of ['search', 'paging', 'aggregates'] as const) {
    const p = r[k(name, n)]!;
    rows.push([`${name} ${tag} p50 / p95`, `${p.p50} / ${p.p95} ms`, '', `p95 ≤ ${name === 'aggregates' ? 50 : 10} ms`]);
    const pg = r[k(`pg${name[0]!.toUpperCase()}${name.slice(1)}`, n)];
    if (pg) rows.push([`${name} ${tag} PostgreSQL p50 / p95`, `${pg.p50} / ${pg.p95} ms`, '', '']);
  }
}
rows.push(['stall (request every 50 ms, import + export 50k)', fmt(r.stallMs as unknown as number), '', '≤ 100 ms']);
rows.push(['CLI start', fmt(r.cliStartMs as unknown as number), fmt(r.floorMs as unknown as number), '≤ floor + 300 ms']);
rows.push([`first render ${largest / 1000}k`, fmt(r.firstRenderMs as unknown as number), fmt(r.firstRenderBaselineMs as unknown as number), '≤ 1,000 ms']);
rows.push(['renderer bundle (all / first screen)', `${r.bundleKB} KB / ${r.initialKB} KB`, '', '']);
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
for (const row of rows) console.log(row.map((c, i) => c.padEnd(widths[i]!)).join('  '));
console.log(`\nbench/results.json written (${results.totalSeconds} s).`);
