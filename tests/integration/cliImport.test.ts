// The command-line import as a script or a clerk runs it: the JSON summary the issue names, exit 1
// when a row was refused, nothing written with --dry-run, the refused rows as a workbook.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { runCli } from '../support/cli';
import { tempDir } from '../support/tempDir';
import { writeMessyUmkmWorkbook, writeNotXlsx } from '../support/messyWorkbooks';
import { IMPORT_TARGET_DEFS } from '../../electron/core/excel/import/targets';

let tmp: ReturnType<typeof tempDir>;
let dataDir: string;
let db: string;
let messy: string;

const cli = (args: string[]) => runCli([...args, '--db', db], { dataDir, timeoutMs: 60_000 });
async function umkmCount(): Promise<number> {
  const d = await openDatabase({ file: db });
  try {
    return (d.raw.prepare(`SELECT COUNT(*) AS n FROM umkm`).get() as { n: number }).n;
  } finally {
    await d.close();
  }
}

beforeAll(async () => {
  tmp = tempDir('kemitraan-cli-import-');
  dataDir = path.join(tmp.dir, 'userdata');
  db = path.join(tmp.dir, 'import.sqlite');
  messy = path.join(tmp.dir, 'data-umkm.xlsx');
  await writeMessyUmkmWorkbook(messy);
});
afterAll(() => tmp.remove());

describe('import FILE', () => {
  it('needs an account or --as-admin-offline, like every writing command', async () => {
    const r = await cli(['import', messy, '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--user|--as-admin-offline/);
  });

  it('--dry-run reports what would happen, writes nothing, and exits 1 for the refused rows', async () => {
    const r = await cli(['import', messy, '--dry-run', '--json', '--as-admin-offline']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ imported: 8, updated: 0, skipped: 3, refused: 3, dryRun: true });
    expect(out.errors[0]).toEqual({
      sheet: 'Data UMKM 2023',
      row: 13,
      column: 'D',
      value: '6471056308750000',
      message: expect.stringMatching(/^No\. NIK: NIK tersimpan sebagai angka/),
    });
    expect(await umkmCount()).toBe(0);
  });

  it('imports, writes the refused rows to --errors, and a second run updates by NIK', async () => {
    const errors = path.join(tmp.dir, 'ditolak.xlsx');
    const r = await cli(['import', messy, '--errors', errors, '--json', '--as-admin-offline']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ imported: 8, updated: 0, refused: 3 });
    expect(await umkmCount()).toBe(8);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(errors);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBe(4);
    // What is wrong first, ready to print on A4 landscape.
    expect(ws.getRow(1).getCell(1).value).toBe('Keterangan kesalahan');
    expect(String(ws.getRow(2).getCell(1).value)).toMatch(/^No\. NIK: NIK tersimpan sebagai angka/);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    const again = await cli(['import', messy, '--sheet', 'Data UMKM 2023', '--json', '--as-admin-offline']);
    expect(JSON.parse(again.stdout)).toMatchObject({ imported: 0, updated: 8, refused: 3 });
    expect(await umkmCount()).toBe(8);
  });

  it('refuses a file that is not a workbook, and an unknown sheet, with the database untouched', async () => {
    const bad = path.join(tmp.dir, 'bukan.xlsx');
    writeNotXlsx(bad);
    const r = await cli(['import', bad, '--json', '--as-admin-offline']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).error.code).toBe('BAD_FILE');
    const sheet = await cli(['import', messy, '--sheet', 'Tidak Ada', '--json', '--as-admin-offline']);
    expect(sheet.code).toBe(1);
    expect(JSON.parse(sheet.stdout).error.message).toMatch(/Tidak Ada/);
    expect(await umkmCount()).toBe(8);
  });
});

describe('export template', () => {
  it('writes a template whose headers are the fields, for every target', async () => {
    for (const target of ['umkm', 'mitra'] as const) {
      const out = path.join(tmp.dir, `templat-${target}.xlsx`);
      const r = await cli(['export', 'template', '--target', target, '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const headers = (wb.getWorksheet('Data')!.getRow(1).values as unknown[]).slice(1).map(String);
      expect(headers).toEqual(IMPORT_TARGET_DEFS[target].fields.map((f) => (f.required ? `${f.label} *` : f.label)));
      expect(fs.existsSync(`${out}.part`)).toBe(false);
    }
  });
});
