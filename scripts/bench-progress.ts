// How the Naik Kelas queries answer at city scale: `npm run bench:progress -- [--umkm 200000] [--db FILE]`.
// Seeds a temp database through the demo path (or opens --db, e.g. one made by
// `seed-demo --umkm 200000`), then times report, reportList, timeline and overview through the
// handler table the app uses. Prints median and p95 per query.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createContext } from '../electron/core/context';
import { openDatabase } from '../electron/core/db/openDatabase';
import { dispatch } from '../electron/core/handlers/handlerTable';
import { seedDemo } from '../electron/core/services/demo/seedDemo';
import type { Channel } from '../shared/contract';

const { values } = parseArgs({ options: { umkm: { type: 'string', default: '200000' }, runs: { type: 'string', default: '15' }, db: { type: 'string' } } });
const runs = Number(values.runs);
const dir = values.db ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-bench-'));
const file = values.db ?? path.join(dir!, 'bench.sqlite');
const db = await openDatabase({ file });
const ctx = createContext(db, 'bench');

if (!values.db) {
  const n = Number(values.umkm);
  const t = performance.now();
  seedDemo(db, n);
  console.log(`seed ${n.toLocaleString('id-ID')} UMKM with their records: ${((performance.now() - t) / 1000).toFixed(2)} s`);
  db.raw.pragma('optimize');
}
const count = (sql: string) => (db.raw.prepare(sql).get() as { n: number }).n;
console.log(
  `${count('SELECT COUNT(*) AS n FROM umkm')} UMKM, ${count('SELECT COUNT(*) AS n FROM riwayat_kelas')} records, ` +
    `${count('SELECT COUNT(*) AS n FROM kelas_perpindahan')} moves, ${count('SELECT COUNT(*) AS n FROM kelas_tahunan')} yearly rows`,
);

const year = { from: '2025-01-01', to: '2025-12-31' };
const long = { from: '2019-01-01', to: '2025-12-31' };
const someUmkm = (db.raw.prepare(`SELECT umkm_id AS id FROM kelas_perpindahan ORDER BY umkm_id LIMIT 1 OFFSET 500`).get() as { id: number }).id;
const cases: Array<[string, Channel, unknown]> = [
  ['report 2025', 'progress:report', year],
  ['report 2019-2025', 'progress:report', long],
  ['report 2025, one kecamatan', 'progress:report', { ...year, kecamatan: '64.71.05' }],
  ['report 2025, kuliner', 'progress:report', { ...year, sector: 'kuliner' }],
  ['report 2025, one community', 'progress:report', { ...year, komunitasId: 1 }],
  ['list naik 2025, page 1', 'progress:reportList', { period: year, outcome: 'naik' }],
  ['list mikro->kecil 2019-2025, page 20', 'progress:reportList', { period: long, outcome: 'naik', transition: 'mikro->kecil', page: 20 }],
  ['list turun 2025, page 1', 'progress:reportList', { period: year, outcome: 'turun' }],
  ['list tetap 2025, page 1', 'progress:reportList', { period: year, outcome: 'tetap' }],
  ['list tetap 2025, one kecamatan, page 1', 'progress:reportList', { period: { ...year, kecamatan: '64.71.05' }, outcome: 'tetap' }],
  ['list tanpa_data, page 1', 'progress:reportList', { period: year, outcome: 'tanpa_data' }],
  ['list menengah_pasar, page 1', 'progress:reportList', { period: year, outcome: 'menengah_pasar' }],
  ['timeline of one UMKM', 'progress:timeline', { id: someUmkm }],
  ['timeline of a UMKM with agreements', 'progress:timeline', { id: 1 }],
  ['overview (dashboard)', 'progress:overview', {}],
];

const stats = (samples: number[]) => {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]! };
};
const rows: string[] = [];
for (const [name, channel, payload] of cases) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = await dispatch(channel, payload, ctx);
    samples.push(performance.now() - t);
    if (!r.ok) throw new Error(`${name}: ${r.error.message} ${JSON.stringify(r.error.fields ?? {})}`);
  }
  const { median, p95 } = stats(samples);
  rows.push(`| ${name} | ${median.toFixed(1)} | ${p95.toFixed(1)} |`);
}
console.log(`\n| query | median ms | p95 ms |\n|---|---|---|\n${rows.join('\n')}`);
await db.close();
if (dir) fs.rmSync(dir, { recursive: true, force: true });
