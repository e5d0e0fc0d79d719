// The registry's queries on both engines at one size: `npm run bench:engines -- [--umkm 200000] [--rounds 5]`.
// SQLite on the benchmark's fixture file, PostgreSQL on the same data seeded into the server of
// KEMITRAAN_BENCH_PG (or KEMITRAAN_TEST_PG); p50 and p95 per group, and the slowest requests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchFixture } from './bench/fixture';
import { measurePgQueries } from './bench/pgQueries';
import { measureQueries, type QueryFigures } from './bench/queries';

const { values } = parseArgs({ options: { umkm: { type: 'string', default: '200000' }, rounds: { type: 'string', default: '5' } } });
const n = Number(values.umkm);
const rounds = Number(values.rounds);
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-bench-'));
const started = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
try {
  const fx = await benchFixture(n, workDir, log);
  log(`SQLite queries at ${n}`);
  const sqlite = await measureQueries(fx, rounds);
  log(`PostgreSQL queries at ${n}`);
  const pg = await measurePgQueries(n, log, rounds);
  const show = (name: string, f: QueryFigures | null) => {
    if (!f) return;
    console.log(`\n${name} at ${n.toLocaleString('en-US')} UMKM (ms, p50 / p95):`);
    for (const g of ['search', 'paging', 'aggregates', 'jumps', 'periods'] as const) console.log(`  ${g.padEnd(10)} ${f[g].p50} / ${f[g].p95}`);
    console.log('  slowest:', f.cases.slice(0, 5).map((c) => `${c.group} ${c.name}: ${c.p95}`).join('; '));
  };
  show('SQLite', sqlite);
  show('PostgreSQL', pg);
} finally {
  fs.rmSync(workDir, { recursive: true, force: true });
}
