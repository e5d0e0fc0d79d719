// The registry's export and the mayor's report beside their floor (issue 12): each, in a child
// process of its own, through the handler table with a signed-in session as the window calls it
// (export:list of the whole registry; export:report for the demo's newest year), and beside it,
// in a child process too, the floor: UmkmService.iterate() over the same registry, each UMKM's
// 20 registry columns added as a plain row to exceljs's streaming WorkbookWriter (its default
// options: no styles, no shared strings). Paired runs (export then baseline, again), medians;
// peak = the child's maxRSS. The fixture is only read.
import { copyFixture, median, runChild, type BenchFixture } from './benchChild';

export type { BenchFixture } from './benchChild';

export interface ExportMeasure {
  ms: number;
  baselineMs: number;
  ratio: number;
  peakMB: number;
  baselinePeakMB: number;
  /** Rows written (the report: over all its detail sheets) and the file's size. */
  rows: number;
  fileMB: number;
  /** CPU time of the two children (medians): a ratio the machine's load disturbs less than the wall time's. */
  cpuMs: number;
  baselineCpuMs: number;
  runs: number;
}

const runsFor = (umkm: number) => Number(process.env.BENCH_RUNS) || (umkm <= 50_000 ? 3 : 1);

async function paired(fx: BenchFixture, db: string, phase: 'registry' | 'report', runs: number): Promise<ExportMeasure> {
  const app: Array<Record<string, number>> = [];
  const base: Array<Record<string, number>> = [];
  for (let i = 0; i < runs; i++) {
    app.push(runChild({ phase, db, file: `${fx.workDir}/${phase}-${i}.xlsx` }));
    base.push(runChild({ phase: 'exportBaseline', db, file: `${fx.workDir}/${phase}-baseline-${i}.xlsx` }));
  }
  const ms = median(app.map((r) => r.ms!));
  const baselineMs = median(base.map((r) => r.ms!));
  const peakMB = median(app.map((r) => r.peakMB!));
  return {
    ms,
    baselineMs,
    ratio: ms / baselineMs,
    peakMB,
    baselinePeakMB: median(base.map((r) => r.peakMB!)),
    rows: app[0]!.rows!,
    fileMB: app[0]!.bytes! / 1024 / 1024,
    cpuMs: median(app.map((r) => r.cpuMs!)),
    baselineCpuMs: median(base.map((r) => r.cpuMs!)),
    runs,
  };
}

export async function measureExports(fx: BenchFixture): Promise<{ registry: ExportMeasure; report: ExportMeasure }> {
  const fs = await import('node:fs');
  // Exports only read, but opening a database may write (its WAL): a copy keeps the fixture as it is.
  const db = copyFixture(fx, 'export');
  try {
    const runs = runsFor(fx.umkm);
    return { registry: await paired(fx, db, 'registry', runs), report: await paired(fx, db, 'report', runs) };
  } finally {
    for (const f of [db, `${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true });
  }
}
