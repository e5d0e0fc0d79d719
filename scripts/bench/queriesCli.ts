// What bench:registry and bench:progress share: a seeded database, and the table they print.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { queryCases, timeCases, type QueryCase } from './queries';

/** A database seeded through the demo path and closed as the app leaves it (or `db` as given). */
export async function seededFixture(umkm: number, db?: string): Promise<{ file: string; cleanup: () => void }> {
  if (db) return { file: db, cleanup: () => undefined };
  const { openDatabase } = await import('../../electron/core/db/openDatabase');
  const { seedDemo } = await import('../../electron/core/services/demo/seedDemo');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-bench-'));
  const file = path.join(dir, 'bench.sqlite');
  const opened = await openDatabase({ file });
  const t = performance.now();
  await seedDemo(opened, umkm);
  console.log(`seed ${umkm.toLocaleString('id-ID')} UMKM: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  await opened.close();
  return { file, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

function percentile(samples: number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/** Times the cases of `groups` on `file` and prints one table per group (ms, through the handler table). */
export async function printCases(file: string, umkm: number, groups: Array<QueryCase['group']>, rounds: number): Promise<void> {
  const cases = queryCases(umkm).filter((c) => groups.includes(c.group));
  const samples = await timeCases(file, cases, rounds);
  for (const group of groups) {
    const rows = cases.flatMap((c, i) => (c.group === group ? [[c.name, percentile(samples[i]!, 50), percentile(samples[i]!, 95)] as const] : []));
    const all = cases.flatMap((c, i) => (c.group === group ? samples[i]! : []));
    console.log(`\n${group}: p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms (${all.length} requests)`);
    console.log(`| request | p50 ms | p95 ms |\n|---|---|---|`);
    for (const [name, p50, p95] of rows) console.log(`| ${name} | ${p50.toFixed(1)} | ${p95.toFixed(1)} |`);
  }
}
