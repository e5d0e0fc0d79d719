// Import and exports at city scale, each beside its floor: `npm run bench:excel -- [--umkm 50000]
// [--rows 50000] [--db FILE]`. Seeds a registry of --umkm demo UMKM (or takes --db, seeding it
// first when it does not exist) and runs the Excel modules of `npm run bench` over it:
//  - scripts/bench/importBench.ts: --rows new UMKM imported through the handler table (open, sheet,
//    preview, commit) beside a streaming exceljs read with prepared INSERTs of the same rows;
//  - scripts/bench/exportBench.ts: the registry's export and the mayor's report beside an
//    iterate() of the registry into exceljs's streaming writer.
// Every measurement runs in a child process of its own (peak = its maxRSS); BENCH_RUNS sets the
// paired runs (3 at 50,000, 1 above).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../electron/core/db/openDatabase';
import { seedDemo } from '../electron/core/services/demo/seedDemo';
import { measureExports } from './bench/exportBench';
import { measureImport } from './bench/importBench';

const { values } = parseArgs({ options: { umkm: { type: 'string', default: '50000' }, rows: { type: 'string' }, db: { type: 'string' } } });
const umkm = Number(values.umkm);
const rows = Number(values.rows ?? values.umkm);
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-bench-excel-'));
const file = values.db ?? path.join(workDir, `registri-${umkm}.sqlite`);
if (!fs.existsSync(file)) {
  const db = await openDatabase({ file });
  const t = performance.now();
  await seedDemo(db, umkm);
  db.raw.pragma('wal_checkpoint(TRUNCATE)');
  await db.close();
  console.log(`seed ${umkm.toLocaleString('id-ID')} UMKM: ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
const fx = { file, umkm, workDir };
const s = (ms: number) => (ms / 1000).toFixed(1);
const x = (r: number) => `${r.toFixed(2)}×`;
console.log('| path | time s | floor s | ratio | CPU ratio | peak MB | floor peak MB |\n|---|---|---|---|---|---|---|');
const imp = await measureImport(fx, rows);
console.log(
  `| import of ${rows.toLocaleString('id-ID')} new UMKM | ${s(imp.ms)} | ${s(imp.baselineMs)} | ${x(imp.ratio)} | ${x(imp.cpuMs / imp.baselineCpuMs)} | ${imp.peakMB} | ${imp.baselinePeakMB} |`,
);
const exp = await measureExports(fx);
for (const [name, m] of [['registry export', exp.registry], ["mayor's report", exp.report]] as const) {
  console.log(`| ${name} (${m.rows.toLocaleString('id-ID')} rows) | ${s(m.ms)} | ${s(m.baselineMs)} | ${x(m.ratio)} | ${x(m.cpuMs / m.baselineCpuMs)} | ${m.peakMB} | ${m.baselinePeakMB} |`);
}
console.log(
  `import steps: open ${s(imp.steps.openMs)} s, sheet and preview ${s(imp.steps.previewMs)} s, write ${s(imp.steps.commitMs)} s; the floor's INSERTs and commit ${s(imp.baselineWriteMs)} s`,
);
fs.rmSync(workDir, { recursive: true, force: true });
