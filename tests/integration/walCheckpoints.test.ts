// Where the core serves a window, the WAL is copied into the database file by a thread of its own
// (walCheckpointer.ts), never inside a commit on the core's thread. On real files: the writer's
// autocheckpoint is off, a large write's pages still reach the database file while it stays open,
// and the command line's default (inline autocheckpoint) is untouched.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../electron/core/db/openDatabase';
import { seedDemo } from '../../electron/core/services/demo/seedDemo';

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
  db = await openDatabase({ file, checkpoints: 'thread' });
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
  db = await openDatabase({ file, checkpoints: 'thread' });
  // The thread is asked after every write: silenced here, so nothing but the writer could copy.
  (db as unknown as { checkpointer: { nudge: () => void } }).checkpointer.nudge = () => undefined;
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
