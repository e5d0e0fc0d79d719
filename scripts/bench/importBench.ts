// The 50,000-row import beside its floor (issue 12). measureImport(fx, rows) writes `rows` new
// UMKM (the demo generator's next ones, so no NIK or NIB is already in the fixture) to an .xlsx as
// a clerk's sheet holds them, then, each in its own child process on its own copy of the fixture:
//  - the import: import:open → import:sheet → import:preview → import:commit through the handler
//    table with a signed-in session, as the window calls them;
//  - the baseline: exceljs's streaming reader and prepared better-sqlite3 INSERTs of the same rows
//    as they are read, in one transaction, the search index built once after them.
// Paired runs (import then baseline, again), medians; peak = the child's maxRSS.
import fs from 'node:fs';
import path from 'node:path';
import { runChild, copyFixture, median, type BenchFixture } from './benchChild';

export type { BenchFixture } from './benchChild';

export interface ImportMeasure {
  ms: number;
  baselineMs: number;
  ratio: number;
  peakMB: number;
  baselinePeakMB: number;
  /** peakMB / baselinePeakMB. */
  memoryRatio: number;
  /** CPU time of the two children (medians): a ratio the machine's load disturbs less than the wall time's. */
  cpuMs: number;
  baselineCpuMs: number;
  /** The baseline's INSERTs, search index and commit (median run); the rest of its time is reading. */
  baselineWriteMs: number;
  /** The import's own steps (median run): open, preview (check every row), commit (write). */
  steps: { openMs: number; previewMs: number; commitMs: number };
  imported: number;
  runs: number;
}

/** Paired runs: three at 50,000 rows, one above (a 200,000-row pair takes about a minute); BENCH_RUNS overrides. */
const runsFor = (rows: number) => Number(process.env.BENCH_RUNS) || (rows <= 50_000 ? 3 : 1);

export async function measureImport(fx: BenchFixture, rows: number): Promise<ImportMeasure> {
  const file = path.join(fx.workDir, `impor-${rows}-umkm-baru.xlsx`);
  if (!fs.existsSync(file)) {
    const { writeImportFile } = await import('./importFile');
    await writeImportFile(file, fx.umkm, rows);
  }
  const runs = runsFor(rows);
  const app: Array<Record<string, number>> = [];
  const base: Array<Record<string, number>> = [];
  for (let i = 0; i < runs; i++) {
    for (const phase of ['import', 'importBaseline'] as const) {
      const db = copyFixture(fx, `${phase}-${i}`);
      try {
        const r = runChild({ phase, db, file, rows });
        (phase === 'import' ? app : base).push(r);
        if (phase === 'import' && r.imported !== rows) throw new Error(`The import stored ${r.imported} of ${rows} rows (refused ${r.refused}).`);
      } finally {
        for (const f of [db, `${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true });
      }
    }
  }
  const ms = median(app.map((r) => r.ms!));
  const baselineMs = median(base.map((r) => r.ms!));
  const peakMB = median(app.map((r) => r.peakMB!));
  const baselinePeakMB = median(base.map((r) => r.peakMB!));
  const mid = [...app].sort((a, b) => a.ms! - b.ms!)[Math.floor(app.length / 2)]!;
  return {
    ms,
    baselineMs,
    ratio: ms / baselineMs,
    peakMB,
    baselinePeakMB,
    memoryRatio: peakMB / baselinePeakMB,
    cpuMs: median(app.map((r) => r.cpuMs!)),
    baselineCpuMs: median(base.map((r) => r.cpuMs!)),
    baselineWriteMs: median(base.map((r) => r.writeMs!)),
    steps: { openMs: mid.openMs!, previewMs: mid.previewMs!, commitMs: mid.commitMs! },
    imported: mid.imported!,
    runs,
  };
}
