// `monev due|list|show|add`, `export monev` and `kemitraan status … --outcome` (issue 15), run as
// the real command-line tool on a demo database; the expected values come from the services on the
// same file.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kemitraan, MonevDuePage, MonevVisit, Page } from '../../shared/contract';
import { formatDate, todayIso } from '../../shared/format/date';
import { fill, messages } from '../../shared/i18n';
import { call } from '../support/call';
import { contextFor } from '../support/tempDb';
import type { Scope } from '../../electron/core/scope';
import { openDatabase, type Database } from '../../electron/core/db/openDatabase';
import { runCli, type CliRun } from '../support/cli';
import { tempDir } from '../support/tempDir';

let tmp: ReturnType<typeof tempDir>;
let dataDir: string;
let demoDb: string;
let db: Database;
let ctx: Scope;

const cli = (args: string[]) => runCli([...args, '--db', demoDb, '--as-admin-offline'], { dataDir });
const json = <T>(r: CliRun): T => {
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
};

beforeAll(async () => {
  tmp = tempDir('kemitraan-cli-monev-');
  dataDir = path.join(tmp.dir, 'userdata');
  demoDb = path.join(tmp.dir, 'demo.sqlite');
  const r = await cli(['seed-demo']);
  expect(r.code).toBe(0);
  db = await openDatabase({ file: demoDb });
  ctx = contextFor(db, 'test');
}, 120_000);

afterAll(async () => {
  await db.close();
  tmp.remove();
});

describe('monev on the command line', () => {
  it('monev due --json is the due list; as text, overdue first with how late', async () => {
    const due = json<MonevDuePage>(await cli(['monev', 'due', '--json']));
    expect(due).toEqual(await call(ctx, 'monev:due', {}));
    expect(due.overdue).toBeGreaterThan(0);
    const text = (await cli(['monev', 'due'])).stdout;
    const first = due.items[0]!;
    expect(text.split('\n')[0]).toContain(`${formatDate(first.nextReview)}  ${fill(messages.monevPages.overdueDays, { n: first.daysLate })}`);
    const late = json<MonevDuePage>(await cli(['monev', 'due', '--overdue', '--json']));
    expect(late.total).toBe(due.overdue);
  });

  it('monev add records a visit with its products; show and list read it back; a refusal exits 1 in Indonesian', async () => {
    const active = (await call(ctx, 'kemitraan:list', { status: 'aktif', pageSize: 1 })).items[0]!;
    const today = todayIso();
    const added = await cli([
      'monev', 'add', String(active.id), '--date', today, '--officer', 'Rina Kartika', '--method', 'telepon',
      '--product', 'Amplang Kepiting;Lobi hotel;;35000;laku;habis;Tamu suka',
      '--product', 'Kerupuk Ikan;;;;tidak_laku',
      '--next-step', 'Tambah stok', '--json',
    ]);
    const v = json<MonevVisit>(added);
    expect(v.products.map((p) => [p.product, p.outlet, p.price, p.sales, p.stockOut, p.feedback])).toEqual([
      ['Amplang Kepiting', 'Lobi hotel', 35_000, 'laku', true, 'Tamu suka'],
      ['Kerupuk Ikan', null, null, 'tidak_laku', false, null],
    ]);
    expect(json<MonevVisit>(await cli(['monev', 'show', String(v.id), '--json']))).toEqual(await call(ctx, 'monev:get', { id: v.id }));
    const list = json<Page<MonevVisit>>(await cli(['monev', 'list', '--agreement', String(active.id), '--json']));
    expect(list.items[0]!.id).toBe(v.id);
    expect((await cli(['monev', 'show', String(v.id)])).stdout).toContain(`${messages.monevFields.officer.padEnd(24)} Rina Kartika`);

    const closed = (await call(ctx, 'kemitraan:list', { status: 'selesai', pageSize: 1 })).items[0]!;
    const refused = await cli(['monev', 'add', String(closed.id), '--date', today, '--officer', 'Rina', '--method', 'telepon']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(fill(messages.monevValidation.notActive, { number: closed.number, status: messages.kemitraanEnums.status.selesai }));
    const future = await cli(['monev', 'add', String(active.id), '--date', '2999-01-01', '--officer', 'Rina', '--method', 'telepon']);
    expect(future.code).toBe(1);
    expect(future.stderr).toContain(messages.monevValidation.dateInFuture);
    const usage = await cli(['monev', 'add', '--date', today]);
    expect(usage.code).toBe(2);
  });

  it('kemitraan status … selesai --outcome records the outcome; a wrong one is refused', async () => {
    const active = (await call(ctx, 'kemitraan:list', { status: 'aktif', pageSize: 5 })).items.at(-1)!;
    const wrong = await cli(['kemitraan', 'status', String(active.id), 'dibatalkan', '--outcome', 'diperpanjang']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain(messages.monevValidation.outcomeNotForCancelled);
    const k = json<Kemitraan>(await cli(['kemitraan', 'status', String(active.id), 'selesai', '--outcome', 'diperpanjang', '--outcome-notes', 'Perjanjian baru 2025', '--json']));
    expect([k.status, k.outcome, k.outcomeNotes]).toEqual(['selesai', 'diperpanjang', 'Perjanjian baru 2025']);
    expect((await cli(['kemitraan', 'show', String(active.id)])).stdout).toContain(`${messages.monevFields.outcome.padEnd(24)} ${messages.monevEnums.outcome.diperpanjang} – Perjanjian baru 2025`);
  });

  it('export monev --out writes the visits, one line per product', async () => {
    const out = path.join(tmp.dir, 'monev.xlsx');
    const r = await cli(['export', 'monev', '--out', out, '--from', '2024-01-01']);
    expect(r.code).toBe(0);
    const visits = await call(ctx, 'monev:list', { from: '2024-01-01', pageSize: 500 });
    const lines = visits.items.reduce((n, v) => n + Math.max(1, v.products.length), 0);
    expect(r.stdout).toContain(`(${lines} baris)`);
    expect(fs.statSync(out).size).toBeGreaterThan(5000);
  });
});
