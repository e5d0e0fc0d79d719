// Import and export at city scale: `npm run bench:excel -- [--rows 50000]`.
// Each measurement runs in its own child process so its peak memory (maxRSS) is its own:
//  - baseline: a plain streaming read of the file (exceljs WorkbookReader) and bulk prepared
//    INSERTs of the same rows in one transaction, the floor any importer on this stack pays;
//  - engine: the app's import (open, detect sheet/header/mapping, check every row, one-transaction
//    write through the registry service with its class records) into a fresh database;
//  - report: the mayor's report over the database the engine filled.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportPreview, ImportSummary, ImportWorkbook, SheetLayout } from '../shared/contract';

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
  const { UmkmEntity } = await import('../electron/core/db/entities');
  const now = new Date().toISOString();
  // The engine's bulk inserts (prepared statements on the write transaction's connection), with
  // the search index built in one pass after the rows, as the engine does for new rows.
  await db.write(async ({ em, sql }) => {
    const indexNewRows = await sql.bulk.liftSearchIndex(em);
    // Columns of writeLargeUmkmWorkbook: 1 name, 2 owner, 3 NIK, 6 address, 16 capital, 17 sales.
    await sql.bulk.insert(
      em,
      UmkmEntity,
      rows.map((r) => ({
        businessName: String(r[1]),
        ownerName: String(r[2]),
        nik: String(r[3]),
        address: String(r[6]),
        kecamatan: '64.71.05',
        kelurahan: '64.71.05.1002',
        sector: 'kuliner' as const,
        annualSales: Number(r[17]) || 0,
        capital: Number(r[16]) || 0,
        marketReach: 'lokal' as const,
        status: 'aktif' as const,
        registeredAt: '2024-01-01',
        class: 'mikro' as const,
        classBasis: 'penjualan' as const,
        createdAt: now,
        updatedAt: now,
      })),
    );
    await indexNewRows();
  });
  const tEnd = performance.now();
  await db.close();
  return { rows: rows.length, readMs: tRead - t0, writeMs: tEnd - tRead, totalMs: tEnd - t0 };
}

async function engine(file: string, dbFile: string): Promise<Record<string, number>> {
  const { openDatabase } = await import('../electron/core/db/openDatabase');
  const { Core } = await import('../electron/core/core');
  const { run } = await import('../electron/core/dispatch/dispatch');
  const db = await openDatabase({ file: dbFile });
  const core = new Core(db, { appVersion: 'bench' });
  const caller = { userId: null, username: 'bench', role: 'admin', via: 'system' } as const;
  const call = <T>(channel: Parameters<typeof run>[1], input: unknown) => run(core, channel, input, caller) as Promise<T>;
  const t0 = performance.now();
  const ref = core.files.register(file);
  const wb = await call<ImportWorkbook>('import:open', { fileId: ref.fileId, target: 'umkm' });
  const tOpen = performance.now();
  const layout = await call<SheetLayout>('import:sheet', { sessionId: wb.sessionId, sheet: wb.defaultSheet });
  const choices = { sessionId: wb.sessionId, sheet: wb.defaultSheet, headerRow: layout.headerRow, mapping: layout.mapping, edits: [], dropped: [] };
  const preview = await call<ImportPreview>('import:preview', { ...choices, filter: 'all', page: 1, pageSize: 50 });
  const tPreview = performance.now();
  const summary = await call<ImportSummary>('import:commit', { ...choices, dryRun: false });
  const tEnd = performance.now();
  await core.close();
  return { rows: preview.counts.rows, imported: summary.imported, refused: summary.refused, openMs: tOpen - t0, previewMs: tPreview - tOpen, commitMs: tEnd - tPreview, totalMs: tEnd - t0 };
}

async function report(dbFile: string, out: string): Promise<Record<string, number>> {
  const { openDatabase } = await import('../electron/core/db/openDatabase');
  const { Core } = await import('../electron/core/core');
  const { run } = await import('../electron/core/dispatch/dispatch');
  const { ReportInput } = await import('../shared/contract/excel');
  const db = await openDatabase({ file: dbFile });
  const core = new Core(db, { appVersion: 'bench' });
  const t0 = performance.now();
  const r = (await run(core, 'export:report', ReportInput.parse({ from: '2024-01-01', to: '2026-12-31' }), { userId: null, username: 'bench', role: 'admin', via: 'system' })) as {
    file: { fileId: string };
  };
  const t1 = performance.now();
  fs.copyFileSync(core.files.get(r.file.fileId).path, out);
  core.files.close();
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
