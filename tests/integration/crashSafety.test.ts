// Power-cut style crashes: a child process writes through the handler table (UMKM, class records,
// multi-row transactions, and Excel imports of many rows in one transaction) and is killed
// with SIGKILL at a random moment, 50 times in all. After each kill the database must open
// (WAL recovery), pass integrity_check, hold every transaction the child reported committed, and
// hold every interrupted transaction either whole or not at all.
import { rawOf } from '../support/sqliteOf';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectDatabase } from '../../electron/core/backup/inspectDatabase';
import { contextFor } from '../support/tempDb';
import type { Scope } from '../../electron/core/scope';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { seedDemo } from '../../electron/core/services/demo/seedDemo';
import { buildCliIfStale, CLI_BUNDLE } from '../support/buildCli';
import { PROJECT_ROOT } from '../support/cli';
import { writeImportWorkbook } from '../support/crashImport';
import { SETTING_GROUP } from '../support/crashWriter';
import { tempDir } from '../support/tempDir';

const ROUNDS = { writes: 40, import: 10 };

const IMPORT_ROWS = 1000;

let tmp: ReturnType<typeof tempDir>;
let writer: string;
const cliBundle = CLI_BUNDLE;
let seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
// A small PRNG so a failing run can be repeated with CRASH_SEED.
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);

beforeAll(async () => {
  tmp = tempDir('kemitraan-crash-');
  writer = path.join(tmp.dir, 'crashWriter.cjs');
  // Bundled once: each of the 50 rounds then starts in plain Node in a fraction of a second.
  await build({
    entryPoints: [path.join(PROJECT_ROOT, 'tests/support/crashWriter.ts')],
    outfile: writer,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'silent',
    external: ['better-sqlite3', 'typeorm', 'exceljs'],
  });
  // The command-line tool as `npm run umkm` runs it: the bundle, with its worker bundles beside it.
  buildCliIfStale();
  console.log(`crash test seed: CRASH_SEED=${seed}`);
});
afterAll(() => {
  tmp.remove();
});

interface Round {
  committed: string[];
  stderr: string;
  /** The child exited by itself (an error) rather than by the kill. */
  exitedEarly: boolean;
}

/** Starts a child, waits until `armed` says the work is under way, kills it `delayMs` later. */
type Arm = ((out: string) => boolean) | { whenExists: string };

/** Polls a file's size while a child runs: when the database's WAL appears and when the commit lands in it. */
function watchSize(file: string): { stop: () => Array<[number, number]> } {
  const t0 = Date.now();
  const seen: Array<[number, number]> = [];
  const iv = setInterval(() => {
    const size = fs.existsSync(file) ? fs.statSync(file).size : -1;
    if (seen.at(-1)?.[1] !== size) seen.push([Date.now() - t0, size]);
  }, 5);
  return { stop: () => (clearInterval(iv), seen) };
}

function killRound(args: string[], delayMs: number, armed: Arm): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NODE_PATH: path.join(PROJECT_ROOT, 'node_modules'), KEMITRAAN_DATA_DIR: tmp.dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    let killed = false;
    const guard = setTimeout(() => child.kill('SIGKILL'), 120_000);
    const arm = () => {
      timer = setTimeout(() => {
        killed = true;
        child.kill('SIGKILL');
      }, delayMs);
    };
    const poll =
      typeof armed === 'function'
        ? undefined
        : setInterval(() => {
            if (!timer && fs.existsSync(armed.whenExists)) arm();
          }, 5);
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (!timer && typeof armed === 'function' && armed(out)) arm();
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(guard);
      clearTimeout(timer);
      clearInterval(poll);
      const committed = [...out.matchAll(/^ok (\S+)$/gm)].map((m) => m[1]!);
      resolve({ committed, stderr, exitedEarly: !killed });
    });
  });
}

/** Opens the file as the app does at start (integrity check, migrations) and checks it fully. */
async function openAndCheck(file: string): Promise<Scope> {
  const full = inspectDatabase(file, { mode: 'full' });
  expect(full.problems, 'integrity_check after the kill').toEqual([]);
  expect(full.intact).toBe(true);
  return contextFor(await openDatabase({ file, integrity: 'quick' }), 'crash-check');
}

const one = <T>(ctx: Scope, sql: string, ...p: unknown[]) => rawOf(ctx.db).prepare(sql).get(...p) as T;
const all = <T>(ctx: Scope, sql: string, ...p: unknown[]) => rawOf(ctx.db).prepare(sql).all(...p) as T[];

/** Every tagged write of the ordinary mode is whole or absent, and every reported commit is there. */
function checkWrites(ctx: Scope, committed: string[]): void {
  for (const tag of committed) {
    const n = Number(tag.slice('CRASH-'.length));
    const found =
      n % 3 === 0
        ? one<{ c: number }>(ctx, `SELECT COUNT(*) AS c FROM umkm WHERE business_name = ?`, tag).c
        : n % 3 === 1
          ? one<{ c: number }>(ctx, `SELECT COUNT(*) AS c FROM riwayat_kelas WHERE notes = ?`, tag).c
          : one<{ c: number }>(ctx, `SELECT COUNT(*) AS c FROM setting WHERE key LIKE ? || '.%'`, tag).c;
    expect(found, `${tag} was reported committed`).toBeGreaterThan(0);
  }
  // A UMKM never lacks its first record, its search entry or its latest-record date.
  const orphans = all<{ id: number }>(
    ctx,
    `SELECT u.id FROM umkm u WHERE u.business_name LIKE 'CRASH-%' AND (
       NOT EXISTS (SELECT 1 FROM riwayat_kelas r WHERE r.umkm_id = u.id)
       OR NOT EXISTS (SELECT 1 FROM umkm_fts f WHERE f.rowid = u.id)
       OR u.last_record_date IS NULL)`,
  );
  expect(orphans).toEqual([]);
  // A record never without the UMKM's derived figures: its latest date, its yearly class.
  const stale = all<{ id: number }>(
    ctx,
    `SELECT u.id FROM umkm u WHERE u.deleted_at IS NULL
       AND u.last_record_date IS NOT (SELECT MAX(date) FROM riwayat_kelas r WHERE r.umkm_id = u.id AND r.deleted_at IS NULL)`,
  );
  expect(stale).toEqual([]);
  const noYear = all<{ id: number }>(
    ctx,
    `SELECT r.id FROM riwayat_kelas r WHERE r.notes LIKE 'CRASH-%' AND r.deleted_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM kelas_tahunan k WHERE k.umkm_id = r.umkm_id AND k.year = CAST(substr(r.date, 1, 4) AS integer))`,
  );
  expect(noYear).toEqual([]);
  const partialGroups = all<{ tag: string; c: number }>(
    ctx,
    `SELECT substr(key, 1, instr(key, '.') - 1) AS tag, COUNT(*) AS c FROM setting WHERE key LIKE 'CRASH-%' GROUP BY tag HAVING c <> ?`,
    SETTING_GROUP,
  );
  expect(partialGroups).toEqual([]);
  // The audit line of a UMKM belongs to its transaction too.
  const unaudited = all<{ id: number }>(
    ctx,
    `SELECT u.id FROM umkm u WHERE u.business_name LIKE 'CRASH-%'
       AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'umkm' AND a.entity_id = u.id AND a.action = 'create')`,
  );
  expect(unaudited).toEqual([]);
}

describe('SIGKILL at random moments', () => {
  it(`during ordinary writes (${ROUNDS.writes} rounds): opens, passes integrity_check, all or none of each transaction`, async () => {
    const file = path.join(tmp.dir, 'writes.sqlite');
    const setup = await openDatabase({ file });
    await seedDemo(setup, 60);
    await setup.close();
    let totalCommitted = 0;
    const started = Date.now();
    for (let round = 0; round < ROUNDS.writes; round++) {
      const r = await killRound([writer, file, String(round * 1000)], 20 + Math.floor(random() * 380), (out) => out.includes('ready\n'));
      expect(r.exitedEarly, `round ${round} ended by itself:\n${r.stderr}`).toBe(false);
      const ctx = await openAndCheck(file);
      try {
        checkWrites(ctx, r.committed);
      } finally {
        await ctx.db.close();
      }
      totalCommitted += r.committed.length;
    }
    console.log(`crash (writes): ${ROUNDS.writes} rounds, ${totalCommitted} transactions committed before the kills, ${Date.now() - started} ms`);
    expect(totalCommitted).toBeGreaterThan(ROUNDS.writes);
  }, 240_000);

  it(`during an Excel import of ${IMPORT_ROWS} rows in one transaction (${ROUNDS.import} rounds): none or all of its rows`, async () => {
    const file = path.join(tmp.dir, 'import.sqlite');
    const setup = await openDatabase({ file });
    await seedDemo(setup, 60);
    await setup.close();
    const template = path.join(tmp.dir, 'templat.xlsx');
    const made = await killRound([cliBundle, 'export', 'template', '--out', template, '--target', 'umkm', '--db', file, '--as-admin-offline'], 60_000, () => false);
    expect(fs.existsSync(template), made.stderr).toBe(true);
    const importArgs = (batch: number) => [cliBundle, 'import', path.join(tmp.dir, `impor-${batch}.xlsx`), '--target', 'umkm', '--db', file, '--json', '--as-admin-offline'];
    const count = async (batch: number) => {
      const ctx = await openAndCheck(file);
      try {
        return one<{ c: number }>(ctx, `SELECT COUNT(*) AS c FROM umkm WHERE business_name LIKE ?`, `IMPORT-${batch}-%`).c;
      } finally {
        await ctx.db.close();
      }
    };
    // One import left to finish shows when it opens the database (its WAL appears) and when its
    // one transaction commits (the WAL takes the rows); the kills then fall between the two.
    await writeImportWorkbook(template, path.join(tmp.dir, 'impor-0.xlsx'), 0, IMPORT_ROWS);
    const wal = `${file}-wal`;
    const watch = watchSize(wal);
    const whole = await killRound(importArgs(0), 120_000, () => false);
    const timeline = watch.stop();
    expect(whole.stderr).toBe('');
    expect(await count(0)).toBe(IMPORT_ROWS);
    const opened = timeline.find(([, size]) => size >= 0)![0];
    const biggest = Math.max(...timeline.map(([, size]) => size));
    const commit = timeline.find(([, size]) => size >= biggest / 2)![0];
    const window = Math.max(50, commit - opened);

    const outcomes = { none: 0, all: 0, finished: 0 };
    const started = Date.now();
    for (let batch = 1; batch <= ROUNDS.import; batch++) {
      await writeImportWorkbook(template, path.join(tmp.dir, `impor-${batch}.xlsx`), batch, IMPORT_ROWS);
      const r = await killRound(importArgs(batch), Math.floor(window * random() * 1.05), { whenExists: wal });
      const n = await count(batch);
      expect([0, IMPORT_ROWS], `import ${batch}: ${n} of ${IMPORT_ROWS} rows after the kill`).toContain(n);
      if (r.exitedEarly) expect(n).toBe(IMPORT_ROWS);
      outcomes[r.exitedEarly ? 'finished' : n === 0 ? 'none' : 'all']++;
    }
    console.log(`crash (import): ${ROUNDS.import} rounds of ${IMPORT_ROWS} rows (database open to commit ${window} ms): killed before its commit ${outcomes.none}, killed after it ${outcomes.all}, finished first ${outcomes.finished}; ${Date.now() - started} ms`);
  }, 240_000);
});
