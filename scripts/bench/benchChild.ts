// What the Excel benchmarks share: the fixture they are handed, a private copy of its database,
// and one measurement in a child process of its own, so its peak memory (maxRSS) is its own.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BenchFixture {
  /** A seeded database file, left as the app leaves it: read-only here, copied before any write. */
  file: string;
  umkm: number;
  /** A temp folder the module may write into. */
  workDir: string;
}

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'excelChild.ts');

/** A copy of the fixture's database (and its WAL, if one was left) for one run to write into. */
export function copyFixture(fx: BenchFixture, name: string): string {
  const copy = path.join(fx.workDir, `${name}.sqlite`);
  fs.copyFileSync(fx.file, copy);
  if (fs.existsSync(`${fx.file}-wal`)) fs.copyFileSync(`${fx.file}-wal`, `${copy}-wal`);
  return copy;
}

/** Runs one measurement (excelChild.ts) in a fresh Node process; answers its figures. */
export function runChild(args: Record<string, string | number>): Record<string, number> {
  const out = execFileSync(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(args)], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
