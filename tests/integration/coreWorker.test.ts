// The core in its own worker thread, as the desktop app and `npm run preview` run it: calls,
// files and the shell's dialogs cross as messages, events come back, and a short read is answered
// while a long import writes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AppEvent } from '../../shared/contract/events';
import type { ImportProgress, ImportWorkbook, SheetLayout } from '../../shared/contract';
import { startCoreWorker, type CoreWorkerGateway } from '../../electron/core/workers/coreClient';
import { createBackup } from '../../electron/core/backup/createBackup';
import { listBackups } from '../../electron/core/backup/listBackups';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { backupsDirFor } from '../../electron/core/paths';
import { seedDemo } from '../../electron/core/services/demo/seedDemo';
import { damageDatabase, fileSha256 } from '../support/crashFiles';
import { writeLargeUmkmWorkbook } from '../support/messyWorkbooks';

const session = { key: 'test:worker', via: 'app' as const };
let dir: string;
let core: CoreWorkerGateway;
const picked: string[] = [];

async function ok<T>(channel: string, payload: unknown): Promise<T> {
  const r = await core.call(channel, payload, session);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-worker-'));
  core = startCoreWorker(
    { file: path.join(dir, 'app.sqlite'), appVersion: 'test', startup: 'plain' },
    {
      dialogs: {
        chooseOpen: async (purpose) => {
          picked.push(purpose);
          return path.join(dir, 'dipilih.xlsx');
        },
        chooseSave: async () => null,
      },
    },
  );
  expect(await core.started).toEqual({ state: 'ready', notice: null });
  await ok('auth:setup', { username: 'admin', fullName: 'Admin Dinas', password: 'sandi-admin-1' });
}, 60_000);

afterAll(async () => {
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('core in a worker thread', () => {
  it('answers the handler table, validation errors included', async () => {
    expect(await ok('stats:summary', {})).toMatchObject({ umkm: 0 });
    const bad = await core.call('umkm:create', { businessName: 'x' }, session);
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await core.call('umkm:list', {}, undefined)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('asks the shell for its dialogs and holds uploaded files', async () => {
    fs.writeFileSync(path.join(dir, 'dipilih.xlsx'), 'isi');
    const pick = await ok<{ file: { fileId: string; name: string } | null }>('file:pick', { purpose: 'import' });
    expect(picked).toEqual(['import']);
    expect(pick.file?.name).toBe('dipilih.xlsx');
    const ref = await core.saveUpload('unggah.xlsx', new Uint8Array([1, 2, 3]));
    const held = await core.heldFile(ref.fileId);
    expect(held?.name).toBe('unggah.xlsx');
    expect(fs.readFileSync(held!.path)).toEqual(Buffer.from([1, 2, 3]));
    expect(await core.heldFile('tidak-ada')).toBeNull();
  });

  it('pushes the import progress and answers reads while the import writes', async () => {
    const file = path.join(dir, 'besar.xlsx');
    await writeLargeUmkmWorkbook(file, 6000);
    const ref = await core.saveUpload('besar.xlsx', fs.readFileSync(file));
    const wb = await ok<ImportWorkbook>('import:open', { fileId: ref.fileId, target: 'umkm' });
    const sheetInput = { sessionId: wb.sessionId, sheet: wb.defaultSheet };
    const layout = await ok<SheetLayout>('import:sheet', sheetInput);
    const events: AppEvent[] = [];
    const stop = core.onEvent((e) => events.push(e));
    let committed = false;
    const commit = ok('import:commit', { ...sheetInput, headerRow: layout.headerRow, mapping: layout.mapping, edits: [], dropped: [], dryRun: false }).finally(() => (committed = true));
    // Reads sent while the write runs: at least one is answered before the commit is.
    let answeredDuring = 0;
    while (!committed) {
      const r = await core.call('app:info', {}, session);
      expect(r.ok).toBe(true);
      if (!committed) answeredDuring++;
    }
    await commit;
    stop();
    expect(answeredDuring).toBeGreaterThan(0);
    const progress = events.filter((e): e is AppEvent<'import:progress'> => e.name === 'import:progress' && (e as AppEvent<'import:progress'>).data.sessionId === wb.sessionId);
    expect(progress.some((e) => e.data.progress.phase === 'writing' && e.data.progress.done > 0)).toBe(true);
    expect(await ok('stats:summary', {})).toMatchObject({ umkm: 6000 });
    // The progress a window asks for crosses the thread as it is.
    expect(await ok<ImportProgress>('import:progress', { sessionId: wb.sessionId })).toEqual({ phase: 'done', done: 6000, total: 6000 });
  }, 120_000);

  it('says the core stopped, in Indonesian, once its thread is gone', async () => {
    const other = startCoreWorker({ file: path.join(dir, 'lain.sqlite'), appVersion: 'test', startup: 'plain' });
    await other.started;
    await other.close();
    const r = await other.call('app:info', {}, session);
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('Layanan data aplikasi berhenti') } });
  });
});

describe('the desktop start in the worker', () => {
  it('answers at once, then makes the day\'s backup in a thread of its own', async () => {
    const own = fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-start-'));
    const file = path.join(own, 'app.sqlite');
    const seeded = await openDatabase({ file });
    await seedDemo(seeded, 300);
    await seeded.close();
    const app = startCoreWorker({ file, appVersion: 'test', startup: 'app' });
    try {
      expect(await app.started).toEqual({ state: 'ready', notice: null });
      expect((await app.call('app:info', {}, session)).ok).toBe(true);
      const backups = backupsDirFor(file);
      await vi.waitFor(() => expect(listBackups(backups).filter((b) => b.kind === 'daily' && b.state === 'verified')).toHaveLength(1), { timeout: 30_000, interval: 100 });
      expect(listBackups(backups)[0]!.umkmCount).toBe(300);
    } finally {
      await app.close();
      fs.rmSync(own, { recursive: true, force: true });
    }
  }, 60_000);

  it('asks the shell about a damaged file; quitting there opens nothing and leaves the file as it was', async () => {
    const own = fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-damaged-'));
    const file = path.join(own, 'app.sqlite');
    const seeded = await openDatabase({ file });
    await seedDemo(seeded, 60);
    await createBackup(seeded.raw, backupsDirFor(file), { appVersion: 'test', kind: 'daily' });
    await seeded.close();
    damageDatabase(file);
    const before = fileSha256(file);
    const asked: string[] = [];
    const app = startCoreWorker({ file, appVersion: 'test', startup: 'app' }, { askRestore: async (message) => (asked.push(message), false) });
    try {
      expect(await app.started).toEqual({ state: 'declined' });
      expect(asked).toHaveLength(1);
      expect(asked[0]).toMatch(/cadangan|rusak/i);
      expect(fileSha256(file)).toBe(before);
    } finally {
      await app.close();
      fs.rmSync(own, { recursive: true, force: true });
    }
  }, 60_000);
});
