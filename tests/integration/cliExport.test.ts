import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor } from '../support/tempDb';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { seedDemo } from '../../electron/core/services/demo/seedDemo';
import { messages } from '../../shared/i18n';
import { call } from '../support/call';
import { runCli } from '../support/cli';
import { tempDir } from '../support/tempDir';

// `export …` as a child process on a demo database: the file lands at --out (nothing else is
// left beside it), the rows are those of the list command with the same filters, and a call
// without --out or with a bad period is a usage error (exit 2) that never touches the database.

let tmp: ReturnType<typeof tempDir>;
let dataDir: string;
let db: string;
const cli = (args: string[]) => runCli([...args, '--db', db, '--json'], { dataDir, timeoutMs: 60_000 });

beforeAll(async () => {
  tmp = tempDir('kemitraan-cli-export-');
  dataDir = path.join(tmp.dir, 'userdata');
  db = path.join(tmp.dir, 'demo.sqlite');
  const d = await openDatabase({ file: db });
  await seedDemo(d, 60);
  await d.close();
});
afterAll(() => tmp.remove());

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((w) => w.name);
}

describe('export commands', () => {
  it('export report --year writes the report for that calendar year on F4', async () => {
    const out = path.join(tmp.dir, 'laporan.xlsx');
    const r = await cli(['export', 'report', '--year', '2023', '--paper', 'F4', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const value = JSON.parse(r.stdout) as { file: { name: string; path: string }; rows: number };
    expect(value.file).toMatchObject({ name: 'Laporan-UMKM-Kemitraan-2023.xlsx', path: out });
    expect(await sheetNames(out)).toContain(messages.exportText.summarySheet);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets[0]!.pageSetup.paperSize).toBe(14);
    // The period under the kop's lines and the title.
    expect(JSON.stringify(wb.worksheets[0]!.getColumn(1).values.slice(0, 10))).toContain('Tahun 2023');
    expect(fs.readdirSync(tmp.dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('export report --from/--to names the period in the file', async () => {
    const out = path.join(tmp.dir, 'semester.xlsx');
    const r = await cli(['export', 'report', '--from', '2023-01-01', '--to', '2023-06-30', '--out', out]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).file.name).toBe('Laporan-UMKM-Kemitraan-2023-01-01_2023-06-30.xlsx');
    expect(fs.existsSync(out)).toBe(true);
  });

  it('export registry takes the filters of umkm list and writes as many rows as it counts', async () => {
    const out = path.join(tmp.dir, 'registri.xlsx');
    const r = await cli(['export', 'registry', '--kecamatan', 'Bpp Selatan', '--class', 'mikro', '--out', out]);
    expect(r.code).toBe(0);
    const list = JSON.parse((await cli(['umkm', 'list', '--kecamatan', 'Bpp Selatan', '--class', 'mikro'])).stdout) as { total: number };
    expect(JSON.parse(r.stdout).rows).toBe(list.total);
    expect(list.total).toBeGreaterThan(0);
  });

  it('export mitra, kemitraan and progress write their lists', async () => {
    const d = await openDatabase({ file: db });
    const ctx = contextFor(d, 'test');
    const expected = {
      mitra: (await call(ctx, 'mitra:list', { kind: 'hotel' })).total,
      kemitraan: (await call(ctx, 'kemitraan:list', { status: 'aktif' })).total,
      progress: (await call(ctx, 'progress:reportList', { period: { from: '2019-01-01', to: '2025-12-31' }, outcome: 'naik', transition: 'mikro->kecil' })).total,
    };
    await d.close();
    const runs = {
      mitra: ['export', 'mitra', '--kind', 'hotel'],
      kemitraan: ['export', 'kemitraan', '--status', 'aktif'],
      progress: ['export', 'progress', 'naik', 'mikro->kecil', '--from', '2019-01-01', '--to', '2025-12-31'],
    };
    for (const [k, args] of Object.entries(runs)) {
      const out = path.join(tmp.dir, `${k}.xlsx`);
      const r = await cli([...args, '--out', out]);
      expect(r.code, `${k}: ${r.stderr}`).toBe(0);
      expect(JSON.parse(r.stdout).rows, k).toBe(expected[k as keyof typeof expected]);
      expect(fs.statSync(out).size).toBeGreaterThan(3000);
    }
  });

  it('refuses a call without --out, a bad year or both period forms, with exit 2', async () => {
    for (const args of [
      ['export', 'registry'],
      ['export', 'report', '--year', '2023'],
      ['export', 'report', '--year', '23', '--out', 'x.xlsx'],
      ['export', 'report', '--year', '2023', '--from', '2023-01-01', '--out', 'x.xlsx'],
      ['export', 'report', '--out', 'x.xlsx'],
      ['export', 'report', '--year', '2023', '--paper', 'A3', '--out', 'x.xlsx'],
      ['export', 'progress', '--year', '2023', '--out', 'x.xlsx'],
    ]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
    }
  });

  it('a refused filter exits 1 and writes nothing', async () => {
    const out = path.join(tmp.dir, 'refused.xlsx');
    const r = await cli(['export', 'registry', '--kecamatan', 'Samarinda Ulu', '--out', out]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(fs.existsSync(out)).toBe(false);
  });
});
