// Import and export at city scale: `npm run bench:excel -- [--rows 50000]`.
// Each measurement runs in its own child process so its peak memory (maxRSS) is its own:
//  - baseline: a plain streaming read of the file (exceljs WorkbookReader) and raw prepared
//    INSERTs of the same rows in one transaction, the floor any importer on this stack pays;
//  - engine: the app's import (open, detect sheet/header/mapping, check every row, one-transaction
//    write through the registry service with its class records) into a fresh database;
//  - report: the mayor's report over the database the engine filled.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '50000' }, phase: { type: 'string' }, file: { type: 'string' }, db: { type: 'string' } } });

async function baseline(file: string, dbFile: string): Promise<Record<string, number>> {
  const ExcelJS = (await import('exceljs')).default;
  const { openDatabase } = await import('../electron/core/db/openDatabase');
  const db = await openDatabase({ file: dbFile });
  const t0 = performance.now();
  const rows: unknown[][] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { styles: 'cache', sharedStrings: 'cache', worksheets: 'emit', hyperlinks: 'ignore', entries: 'ignore' });
  for await (const ws of reader) {
    for await (const row of ws) {
      if (row.number === 1) continue;
      rows.push((row.values as unknown[]).slice(1));
    }
    break;
  }
  const tRead = performance.now();
  const ins = db.raw.prepare(
    `INSERT INTO umkm (business_name, owner_name, nik, address, kecamatan, kelurahan, sector, annual_sales, capital, market_reach, status, registered_at, class, class_basis, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'lokal', 'aktif', '2024-01-01', 'mikro', 'penjualan', ?, ?)`,
  );
  const now = new Date().toISOString();
  const { withSearchIndexDeferred } = await import('../electron/core/db/searchIndex');
  // The search index is built in one pass after the rows, as the engine does for new rows.
  db.raw.transaction(() =>
    withSearchIndexDeferred(db.raw, () => {
      // Columns of writeLargeUmkmWorkbook: 1 name, 2 owner, 3 NIK, 6 address, 16 capital, 17 sales.
      for (const r of rows) ins.run(String(r[1]), String(r[2]), String(r[3]), String(r[6]), '64.71.05', '64.71.05.1002', 'kuliner', Number(r[17]) || 0, Number(r[16]) || 0, now, now);
    }),
  )();
  const tEnd = performance.now();
  await db.close();
  return { rows: rows.length, readMs: tRead - t0, writeMs: tEnd - tRead, totalMs: tEnd - t0 };
}

async function engine(file: string, dbFile: string): Promise<Record<string, number>> {
  const { openDatabase } = await import('../electron/core/db/openDatabase');
  const { createContext } = await import('../electron/core/context');
  const imports = await import('../electron/core/excel/import/importService');
  const db = await openDatabase({ file: dbFile });
  const ctx = createContext(db, 'bench');
  const t0 = performance.now();
  const ref = ctx.files.register(file);
  const wb = await imports.openImport(ctx, { fileId: ref.fileId, target: 'umkm' });
  const tOpen = performance.now();
  const layout = await imports.sheetLayout(ctx, { sessionId: wb.sessionId, sheet: wb.defaultSheet });
  const choices = { sessionId: wb.sessionId, sheet: wb.defaultSheet, headerRow: layout.headerRow, mapping: layout.mapping, edits: [], dropped: [] };
  const preview = await imports.previewImport(ctx, { ...choices, filter: 'all', page: 1, pageSize: 50 });
  const tPreview = performance.now();
  const summary = await imports.commit(ctx, { ...choices, dryRun: false }, { userId: null, username: 'bench', role: 'admin', via: 'system' });
  const tEnd = performance.now();
  ctx.files.close();
  await db.close();
  return { rows: preview.counts.rows, imported: summary.imported, refused: summary.refused, openMs: tOpen - t0, previewMs: tPreview - tOpen, commitMs: tEnd - tPreview, totalMs: tEnd - t0 };
}

async function report(dbFile: string, out: string): Promise<Record<string, number>> {
  const { openDatabase } = await import('../electron/core/db/openDatabase');
  const { createContext } = await import('../electron/core/context');
  const { exportHandlers } = await import('../electron/core/handlers/exportHandlers');
  const { ReportInput } = await import('../shared/contract/excel');
  const db = await openDatabase({ file: dbFile });
  const ctx = createContext(db, 'bench');
  const t0 = performance.now();
  const r = await exportHandlers['export:report'](ReportInput.parse({ from: '2024-01-01', to: '2026-12-31' }), ctx, { userId: null, username: 'bench', role: 'admin', via: 'system' });
  const t1 = performance.now();
  fs.copyFileSync(ctx.files.get(r.file.fileId).path, out);
  ctx.files.close();
  await db.close();
  return { totalMs: t1 - t0, bytes: fs.statSync(out).size };
}

async function child(): Promise<void> {
  const file = values.file!;
  const db = values.db!;
  const result = values.phase === 'baseline' ? await baseline(file, db) : values.phase === 'engine' ? await engine(file, db) : await report(db, file);
  console.log(JSON.stringify({ ...result, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

function runChild(phase: string, file: string, db: string): Record<string, number> {
  const out = execFileSync(path.join('node_modules', '.bin', 'tsx'), [path.join('scripts', 'bench-excel.ts'), '--phase', phase, '--file', file, '--db', db], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>;
}

async function main(): Promise<void> {
  const n = Number(values.rows);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-bench-excel-'));
  const file = path.join(dir, `umkm-${n}.xlsx`);
  const { writeLargeUmkmWorkbook } = await import('../tests/support/messyWorkbooks');
  const tGen = performance.now();
  await writeLargeUmkmWorkbook(file, n);
  console.log(`workbook of ${n.toLocaleString('id-ID')} rows: ${(fs.statSync(file).size / 1e6).toFixed(1)} MB, written in ${((performance.now() - tGen) / 1000).toFixed(1)} s`);
  const base = runChild('baseline', file, path.join(dir, 'baseline.sqlite'));
  const eng = runChild('engine', file, path.join(dir, 'engine.sqlite'));
  const rep = runChild('report', path.join(dir, 'report.xlsx'), path.join(dir, 'engine.sqlite'));
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`baseline (stream read + raw INSERT): read ${s(base.readMs!)}, write ${s(base.writeMs!)}, total ${s(base.totalMs!)}, peak RSS ${base.maxRssMB} MB`);
  console.log(
    `import engine: open ${s(eng.openMs!)}, check ${s(eng.previewMs!)}, write ${s(eng.commitMs!)}, total ${s(eng.totalMs!)}, peak RSS ${eng.maxRssMB} MB ` +
      `(${eng.imported} imported, ${eng.refused} refused)`,
  );
  console.log(`ratio engine/baseline: time ${(eng.totalMs! / base.totalMs!).toFixed(2)}x, memory ${(eng.maxRssMB! / base.maxRssMB!).toFixed(2)}x`);
  console.log(`mayor's report at ${eng.imported} UMKM: ${s(rep.totalMs!)}, ${(rep.bytes! / 1024).toFixed(0)} KB, peak RSS ${rep.maxRssMB} MB`);
  fs.rmSync(dir, { recursive: true, force: true });
}

await (values.phase ? child() : main());
