// Where the core serves a window, the WAL is copied into the database file by a thread of its own
// (upkeepThread.ts), never inside a commit on the core's thread, and the indexes a large write
// dropped are built there after its commit. On real files: the writer's autocheckpoint is off, a
// large write's pages still reach the database file while it stays open, the command line's
// default (inline autocheckpoint) is untouched, owed indexes are all built before the write
// answers, and a list left behind by a stop is built at the next opening.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../electron/core/db/openDatabase';
import { seedDemo } from '../../electron/core/services/demo/seedDemo';
import { OWED_KEY, owe } from '../../electron/core/db/sqlite/owedIndexes';

let dir: string;
let db: Database | undefined;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-wal-'));
});
afterEach(async () => {
  await db?.close();
  db = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

const autocheckpoint = (d: Database) => (d as unknown as { raw: BetterSqlite3.Database }).raw.pragma('wal_autocheckpoint', { simple: true });

async function until(check: () => boolean, ms = 10_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

it('copies a large write into the database file from its own thread, the writer never checkpointing', async () => {
  const file = path.join(dir, 'thread.sqlite');
  db = await openDatabase({ file, upkeep: 'thread' });
  expect(autocheckpoint(db)).toBe(0);
  const before = fs.statSync(file).size;
  await seedDemo(db, 3000);
  // The pages reach the file while the database stays open: only a checkpoint puts them there.
  expect(await until(() => fs.statSync(file).size > before * 4)).toBe(true);
  expect(fs.statSync(file).size).toBeGreaterThan(1_000_000);
});

it('leaves the WAL to grow without the thread: the writer itself does not checkpoint', async () => {
  // The control for the test above: with autocheckpoint off and no thread, nothing is copied while open.
  const file = path.join(dir, 'none.sqlite');
  db = await openDatabase({ file, upkeep: 'thread' });
  // The thread is asked after every write: silenced here (its index builds done by the writer
  // instead), so nothing but the writer could copy.
  const upkeep = (db as unknown as { upkeep: { nudge: () => void; buildIndexes: () => Promise<boolean> } }).upkeep;
  upkeep.nudge = () => undefined;
  upkeep.buildIndexes = async () => false;
  const before = fs.statSync(file).size;
  await seedDemo(db, 3000);
  await new Promise((r) => setTimeout(r, 500));
  expect(fs.statSync(file).size).toBe(before);
  expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(1_000_000);
});

it('keeps SQLite\'s own inline checkpoints for the command line and tests', async () => {
  const file = path.join(dir, 'inline.sqlite');
  db = await openDatabase({ file });
  expect(autocheckpoint(db)).toBe(1000);
});

const rawOf = (d: Database) => (d as unknown as { raw: BetterSqlite3.Database }).raw;
const indexNames = (d: Database) => (rawOf(d).prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name`).all() as Array<{ name: string }>).map((r) => r.name);
const owedRows = (d: Database) => (rawOf(d).prepare(`SELECT COUNT(*) AS n FROM setting WHERE key = ?`).get(OWED_KEY) as { n: number }).n;

it('builds the indexes a large write dropped in its own thread, after the commit and before the write answers', async () => {
  const file = path.join(dir, 'indexes.sqlite');
  db = await openDatabase({ file, upkeep: 'thread' });
  const all = indexNames(db);
  expect(all).toContain('ix_umkm_by_name');
  const upkeep = (db as unknown as { upkeep: { buildIndexes: () => Promise<boolean> } }).upkeep;
  const built: boolean[] = [];
  const original = upkeep.buildIndexes.bind(upkeep);
  upkeep.buildIndexes = async () => {
    // Asked only once the write committed: its own connection sees the indexes dropped.
    const missing = all.filter((n) => !indexNames(db!).includes(n));
    expect(missing).toContain('ix_umkm_by_name');
    expect(missing).not.toContain('ux_umkm_nik_active');
    built.push(await original());
    return built[built.length - 1]!;
  };
  // The demo loads its thousands of UMKM with the registry's indexes dropped.
  await seedDemo(db, 3000);
  expect(built).toContain(true);
  expect(indexNames(db)).toEqual(all);
  expect(owedRows(db)).toBe(0);
  const plan = rawOf(db).prepare(`EXPLAIN QUERY PLAN SELECT id FROM umkm WHERE deleted_at IS NULL ORDER BY business_name, id LIMIT 50`).all() as Array<{ detail: string }>;
  expect(plan.map((p) => p.detail).join(' ')).toContain('ix_umkm_by_name');
});

it('builds at the next opening the indexes a write left owed when the app stopped before building them', async () => {
  const file = path.join(dir, 'stopped.sqlite');
  db = await openDatabase({ file });
  const all = indexNames(db);
  const raw = rawOf(db);
  const sql = (raw.prepare(`SELECT sql FROM sqlite_master WHERE name = 'ix_umkm_by_name'`).get() as { sql: string }).sql;
  raw.transaction(() => {
    raw.exec(`DROP INDEX ix_umkm_by_name`);
    owe(raw, [{ name: 'ix_umkm_by_name', sql }]);
  })();
  await db.close();
  db = await openDatabase({ file });
  expect(indexNames(db)).toEqual(all);
  expect(owedRows(db)).toBe(0);
});
