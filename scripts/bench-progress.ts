// How the Naik Kelas queries answer at city scale: `npm run bench:progress -- [--umkm 200000] [--db FILE]`.
// Seeds a temp database through the demo path (or opens --db, e.g. one made by
// `seed-demo --umkm 200000`), then times report, reportList, timeline and overview through the
// handler table the app uses. Prints median and p95 per query.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Core } from '../electron/core/core';
import { openDatabase } from '../electron/core/db/openDatabase';
import { dispatch } from '../electron/core/dispatch/dispatch';
import { seedDemo } from '../electron/core/services/demo/seedDemo';
import { ClassMoveEntity, ClassRecordEntity, UmkmEntity, YearClassEntity } from '../electron/core/db/entities';
import type { Channel } from '../shared/contract';

const { values } = parseArgs({ options: { umkm: { type: 'string', default: '200000' }, runs: { type: 'string', default: '15' }, db: { type: 'string' } } });
const runs = Number(values.runs);
const dir = values.db ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-bench-'));
const file = values.db ?? path.join(dir!, 'bench.sqlite');
const db = await openDatabase({ file });
const core = new Core(db, { appVersion: 'bench' });

if (!values.db) {
  const n = Number(values.umkm);
  const t = performance.now();
  await seedDemo(db, n);
  console.log(`seed ${n.toLocaleString('id-ID')} UMKM with their records: ${((performance.now() - t) / 1000).toFixed(2)} s`);
  db.raw.pragma('optimize');
}
const em = db.dataSource.manager;
console.log(
  `${await em.count(UmkmEntity)} UMKM, ${await em.count(ClassRecordEntity)} records, ` +
    `${await em.count(ClassMoveEntity)} moves, ${await em.count(YearClassEntity)} yearly rows`,
);

const year = { from: '2025-01-01', to: '2025-12-31' };
const long = { from: '2019-01-01', to: '2025-12-31' };
const someUmkm = (await em.find(ClassMoveEntity, { select: { umkmId: true }, order: { umkmId: 'ASC' }, skip: 500, take: 1 }))[0]!.umkmId;
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
// A signed-in admin, as the app's window is: every channel checks its caller first.
core.auth.sessions.bind('bench', { userId: null, username: 'bench', role: 'admin', via: 'app' }, { fullName: 'Bench', lockable: false });
const session = { key: 'bench', via: 'app' } as const;
const rows: string[] = [];
for (const [name, channel, payload] of cases) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = await dispatch(channel, payload, core, session);
    samples.push(performance.now() - t);
    if (!r.ok) throw new Error(`${name}: ${r.error.message} ${JSON.stringify(r.error.fields ?? {})}`);
  }
  const { median, p95 } = stats(samples);
  rows.push(`| ${name} | ${median.toFixed(1)} | ${p95.toFixed(1)} |`);
}
console.log(`\n| query | median ms | p95 ms |\n|---|---|---|\n${rows.join('\n')}`);
await db.close();
if (dir) fs.rmSync(dir, { recursive: true, force: true });
