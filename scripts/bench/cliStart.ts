// How long a command-line command takes (the bundled tool, dist-electron/umkm.cjs, in plain node)
// beside its floor: plain Node loading exceljs and better-sqlite3. Paired runs, medians.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCliIfStale, CLI_BUNDLE } from '../../tests/support/buildCli';
import { copyFixture, median, type BenchFixture } from './benchChild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RUNS = 11;

/** Wall time of one child process, from spawn to exit; throws when it fails. */
function timed(args: string[], env: NodeJS.ProcessEnv): number {
  const t = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - t;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return ms;
}

/**
 * cliStartMs: `umkm list --page-size 1` on a copy of the fixture (start, open with its quick_check,
 * one page); cliHelpMs: `--help` (the start alone, no database); floorMs: `require('exceljs');
 * require('better-sqlite3')`. Each round runs the three in turn, after one unmeasured round.
 */
export async function measureCliStart(fx: BenchFixture): Promise<{ cliStartMs: number; floorMs: number; cliHelpMs: number }> {
  buildCliIfStale();
  const db = copyFixture(fx, 'cli-start');
  const env = { ...process.env, KEMITRAAN_DATA_DIR: path.join(fx.workDir, 'cli-data'), KEMITRAAN_PASSWORD: '', NO_COLOR: '1' };
  const floor = ['-e', "require('exceljs'); require('better-sqlite3')"];
  const list = [CLI_BUNDLE, 'umkm', 'list', '--page-size', '1', '--db', db];
  const help = [CLI_BUNDLE, '--help'];
  try {
    for (const args of [floor, list, help]) timed(args, env);
    const figures = { floor: [] as number[], list: [] as number[], help: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      figures.floor.push(timed(floor, env));
      figures.list.push(timed(list, env));
      figures.help.push(timed(help, env));
    }
    return { cliStartMs: Math.round(median(figures.list)), floorMs: Math.round(median(figures.floor)), cliHelpMs: Math.round(median(figures.help)) };
  } finally {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(db + suffix, { force: true });
  }
}
