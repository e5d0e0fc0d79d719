// How the registry answers at city scale: `npm run bench:registry -- [--umkm 200000]`.
// Seeds a temp database through the demo path, then times the list queries the registry page
// sends (through the same service the handlers use). Prints median and p95 per query.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Core } from '../electron/core/core';
import { openDatabase } from '../electron/core/db/openDatabase';
import { seedDemo } from '../electron/core/services/demo/seedDemo';
import { UmkmListQuery } from '../shared/contract';

const { values } = parseArgs({ options: { umkm: { type: 'string', default: '200000' }, runs: { type: 'string', default: '30' } } });
const n = Number(values.umkm);
const runs = Number(values.runs);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-bench-'));
const db = await openDatabase({ file: path.join(dir, 'bench.sqlite') });
const core = new Core(db, { appVersion: 'bench' });

let t = performance.now();
await seedDemo(db, n);
const seedMs = performance.now() - t;
db.raw.pragma('optimize');
console.log(`seed ${n.toLocaleString('id-ID')} UMKM: ${(seedMs / 1000).toFixed(2)} s (${Math.round(n / (seedMs / 1000)).toLocaleString('id-ID')} rows/s)`);
console.log(`database file: ${(fs.statSync(path.join(dir, 'bench.sqlite')).size / 1e6).toFixed(1)} MB`);

const cases: Array<[string, UmkmListQuery]> = [
  ['first page, by name', {}],
  ['page 2,000, by name', { page: 2000 }],
  ['search "amplang" (FTS trigram)', { search: 'amplang' }],
  ['search "rahmawati" (owner)', { search: 'rahmawati' }],
  ['search NIK prefix "647105"', { search: '647105' }],
  ['search 2 chars "am" (prefix scan)', { search: 'am' }],
  ['kecamatan + class', { kecamatan: '64.71.05', class: 'kecil' }],
  ['kecamatan, sort by sales desc', { kecamatan: '64.71.03', sort: 'annualSales', order: 'desc' }],
  ['sort by class', { sort: 'class' }],
  ['kelurahan + search', { kelurahan: '64.71.05.1002', search: 'kue' }],
];

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]! };
}

const rows: string[] = [];
for (const [name, q] of cases) {
  const samples: number[] = [];
  let total = 0;
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    // The query as the channel's contract reads it, then the service, on the reading connection.
    const page = await core.read((s) => s.umkm.list(UmkmListQuery.parse(q)));
    samples.push(performance.now() - t);
    total = page.total;
  }
  const { median, p95 } = stats(samples);
  rows.push(`| ${name} | ${total.toLocaleString('id-ID')} | ${median.toFixed(1)} | ${p95.toFixed(1)} |`);
}
const statSamples: number[] = [];
for (let i = 0; i < runs; i++) {
  t = performance.now();
  await core.read((s) => s.stats.summary());
  statSamples.push(performance.now() - t);
}
const st = stats(statSamples);
rows.push(`| dashboard counts (stats:summary) | – | ${st.median.toFixed(1)} | ${st.p95.toFixed(1)} |`);

console.log(`\n| query (page of 50, with total count) | matches | median ms | p95 ms |\n|---|---|---|---|\n${rows.join('\n')}`);
await db.close();
fs.rmSync(dir, { recursive: true, force: true });
