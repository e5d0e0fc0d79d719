// Export timings and memory at city scale: `npx tsx scripts/bench-export.ts [--umkm 50000]`.
// Seeds a temp database through the demo path (or opens --db, seeding it first when it does not
// exist), then runs each export in its own
// child process, so every figure is that export's own: wall time, peak RSS (getrusage) and peak
// heap (sampled every 20 ms), and the file's size.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Core } from '../electron/core/core';
import { openDatabase } from '../electron/core/db/openDatabase';
import { exportList } from '../electron/core/excel/export/listExport';
import { writeReport } from '../electron/core/excel/export/report/reportWorkbook';
import { seedDemo } from '../electron/core/services/demo/seedDemo';
import { ExportListInput, ReportInput } from '../shared/contract';

const CASES: Record<string, unknown> = {
  'registry (all)': { list: 'umkm', query: {} },
  'registry (one kecamatan, by sales)': { list: 'umkm', query: { kecamatan: '64.71.05', sort: 'annualSales', order: 'desc' } },
  'naik kelas 2019-2025 (tetap)': { list: 'progress', query: { period: { from: '2019-01-01', to: '2025-12-31' }, outcome: 'tetap' } },
  'report 2025 (A4)': { report: { from: '2025-01-01', to: '2025-12-31', paper: 'A4' } },
};

const { values } = parseArgs({ options: { umkm: { type: 'string', default: '50000' }, db: { type: 'string' }, case: { type: 'string' }, out: { type: 'string' } } });

if (values.case) {
  // One export, measured in this process.
  const db = await openDatabase({ file: values.db! });
  const core = new Core(db, { appVersion: 'bench' });
  let peakHeap = 0;
  const timer = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 20);
  const baseRss = process.memoryUsage().rss;
  const spec = CASES[values.case] as { report?: unknown };
  const t = performance.now();
  const rows = spec.report
    ? await core.read((s) => writeReport(values.out!, s, ReportInput.parse(spec.report)))
    : await core.read((s) => exportList(values.out!, ExportListInput.parse(spec), s));
  const ms = performance.now() - t;
  clearInterval(timer);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const maxRss = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ rows, ms, baseRss, maxRss, peakHeap, bytes: fs.statSync(values.out!).size }));
  await db.close();
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-bench-export-'));
  const file = values.db ?? path.join(dir, 'bench.sqlite');
  // A --db that does not exist yet is seeded and kept, for the next run.
  if (!fs.existsSync(file)) {
    const db = await openDatabase({ file });
    const t = performance.now();
    await seedDemo(db, Number(values.umkm));
    db.raw.pragma('optimize');
    console.log(`seed ${Number(values.umkm).toLocaleString('id-ID')} UMKM: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    await db.close();
  }
  const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
  console.log('| export | rows | time s | peak RSS MB (start) | peak heap MB | file MB |\n|---|---|---|---|---|---|');
  for (const name of Object.keys(CASES)) {
    const out = path.join(dir, `${name.replace(/\W+/g, '-')}.xlsx`);
    const res = execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, '--db', file, '--case', name, '--out', out], { encoding: 'utf8' });
    const r = JSON.parse(res.trim().split('\n').pop()!) as { rows: number; ms: number; baseRss: number; maxRss: number; peakHeap: number; bytes: number };
    console.log(`| ${name} | ${r.rows.toLocaleString('id-ID')} | ${(r.ms / 1000).toFixed(1)} | ${mb(r.maxRss)} (${mb(r.baseRss)}) | ${mb(r.peakHeap)} | ${(r.bytes / 1024 / 1024).toFixed(1)} |`);
  }
  if (!values.db) fs.rmSync(dir, { recursive: true, force: true });
}
