// The app keeps SQLite's query-planner statistics current, as SQLite recommends for long-lived
// connections: PRAGMA optimize=0x10002 when the writer opens. The benchmarks then measure the
// database as the app leaves it, not one they analysed themselves.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { seedDemo } from '../../electron/core/services/demo/seedDemo';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const analysed = (file: string): string[] => {
  const db = new Sqlite(file, { readonly: true });
  try {
    const has = db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'`).get();
    return has ? (db.prepare('SELECT DISTINCT tbl FROM sqlite_stat1 ORDER BY tbl').all() as Array<{ tbl: string }>).map((r) => r.tbl) : [];
  } finally {
    db.close();
  }
};

describe('SQLite statistics', () => {
  it('a database the app filled and reopened has statistics for the registry and its derived tables', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-stats-'));
    const file = path.join(dir, 'app.sqlite');
    const first = await openDatabase({ file });
    await seedDemo(first, 3000);
    await first.close();
    const afterFill = analysed(file);
    const again = await openDatabase({ file });
    await again.close();
    const tables = analysed(file);
    expect(tables, `analysed after the fill: ${afterFill.join(', ')}`).toEqual(expect.arrayContaining(['umkm', 'riwayat_kelas']));
  });
});
