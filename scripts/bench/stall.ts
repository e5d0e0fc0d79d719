// How long a window waits while the core imports or exports: a trivial request (app:info) sent
// every 50 ms through the core's worker during a 50,000-row import and a registry export, the
// longest wait kept; beside it the longest stall of this thread's own event loop (the window's).
import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { ImportWorkbook, SheetLayout } from '../../shared/contract';
import { startCoreWorker, type CoreWorkerGateway } from '../../electron/core/workers/coreClient';
import { copyFixture, type BenchFixture } from './benchChild';
import { writeImportFile } from './importFile';

const session = { key: 'bench:stall', via: 'app' as const };

async function ok<T>(core: CoreWorkerGateway, channel: string, payload: unknown): Promise<T> {
  const r = await core.call(channel, payload, session);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}

/** Runs `job` while a trivial request goes every 50 ms; answers the longest waits. */
interface Stall {
  requestMs: number;
  /** The step of the job the longest wait fell in. */
  duringStep: string;
  windowLoopMs: number;
  requests: number;
}

/** Runs `job` while a trivial request goes every 50 ms; answers the longest waits. `step` names what the job is doing. */
async function during(core: CoreWorkerGateway, job: (step: (name: string) => void) => Promise<unknown>): Promise<Stall> {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  let done = false;
  let longest = 0;
  let requests = 0;
  let current = '';
  let duringStep = '';
  const pinger = (async () => {
    while (!done) {
      const t = performance.now();
      const stepThen = current;
      await core.call('app:info', {}, session);
      const waited = performance.now() - t;
      if (waited > longest) {
        longest = waited;
        duringStep = stepThen === current ? current : `${stepThen} → ${current}`;
      }
      requests++;
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  await job((name) => (current = name)).finally(() => (done = true));
  await pinger;
  loop.disable();
  return { requestMs: Math.round(longest), duringStep, windowLoopMs: Math.round(loop.max / 1e6), requests };
}

export async function measureStall(fx: BenchFixture, rows = 50_000): Promise<{ stallMs: number; import: Stall; export: Stall }> {
  const file = copyFixture(fx, 'stall');
  const sheet = path.join(fx.workDir, `stall-${rows}.xlsx`);
  if (!fs.existsSync(sheet)) await writeImportFile(sheet, fx.umkm, rows);
  const core = startCoreWorker({ file, appVersion: 'bench', startup: 'plain' });
  try {
    const started = await core.started;
    if (started.state !== 'ready') throw new Error(`core did not start: ${JSON.stringify(started)}`);
    await ok(core, 'auth:setup', { username: 'admin', fullName: 'Admin Bench', password: 'sandi-bench-1' });
    const ref = await core.saveUpload(path.basename(sheet), fs.readFileSync(sheet));
    const imported = await during(core, async (step) => {
      step('import:open');
      const wb = await ok<ImportWorkbook>(core, 'import:open', { fileId: ref.fileId, target: 'umkm' });
      step('import:sheet');
      const layout = await ok<SheetLayout>(core, 'import:sheet', { sessionId: wb.sessionId, sheet: wb.defaultSheet });
      const choices = { sessionId: wb.sessionId, sheet: wb.defaultSheet, headerRow: layout.headerRow, mapping: layout.mapping, edits: [], dropped: [] };
      step('import:preview');
      await ok(core, 'import:preview', { ...choices, filter: 'all', page: 1, pageSize: 50 });
      step('import:commit');
      await ok(core, 'import:commit', { ...choices, dryRun: false });
    });
    const exported = await during(core, (step) => (step('export:list'), ok(core, 'export:list', { list: 'umkm', query: {} })));
    return { stallMs: Math.max(imported.requestMs, exported.requestMs), import: imported, export: exported };
  } finally {
    await core.close();
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  }
}
