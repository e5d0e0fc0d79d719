import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { messages } from '../../shared/i18n';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { seedDemo } from '../../electron/core/services/demo/seedDemo';
import { call } from '../support/call';
import { PROJECT_ROOT } from '../support/cli';
import { sheetsAsCsv, SKIP_WITHOUT_SOFFICE, needsLibreOffice } from '../support/libreoffice';
import { tempContext } from '../support/tempDb';

// Each list exported exactly as filtered on screen: the rows are the ones the list service pages
// through for the same query, in its order; read back by LibreOffice (values) and exceljs (formats).

const t = messages.exportText;
let env: Awaited<ReturnType<typeof tempContext>>;

beforeAll(async () => {
  env = await tempContext();
  await seedDemo(env.ctx.db, 60);
});
afterAll(async () => {
  await env.cleanup();
});

async function exported(input: InputOf<'export:list'>): Promise<{ file: string; rows: number; name: string }> {
  const res = await call(env.ctx, 'export:list', input);
  return { file: env.ctx.files.get(res.file.fileId).path, rows: res.rows, name: res.file.name };
}

/** The data rows of the one sheet (numbered in column A), as LibreOffice reads them. */
function dataRows(file: string): string[][] {
  const sheets = sheetsAsCsv(file, env.dir, { recalc: true });
  expect(sheets.size).toBe(1);
  return [...sheets.values()][0]!.filter((r) => /^\d+$/.test(r[0] ?? ''));
}

async function allPages<T>(page: (p: number) => Promise<{ items: T[]; total: number }> | { items: T[]; total: number }): Promise<T[]> {
  const out: T[] = [];
  for (let p = 1; ; p++) {
    const r = await page(p);
    out.push(...r.items);
    if (out.length >= r.total || r.items.length === 0) return out;
  }
}

describe.skipIf(SKIP_WITHOUT_SOFFICE)(needsLibreOffice('list exports'), () => {
  it('registry: the filters and the sort of the screen, every page, NIK kept as 16-digit text', async () => {
    const query = { kecamatan: 'Bpp Selatan', class: 'mikro', sort: 'annualSales', order: 'desc', page: 3, pageSize: 2 } as const;
    const { file, rows, name } = await exported({ list: 'umkm', query });
    expect(name).toMatch(/^Registri-UMKM-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const expected = await allPages((page) => call(env.ctx, 'umkm:list', { ...query, page, pageSize: 5 }));
    expect(expected.length).toBeGreaterThan(2);
    expect(rows).toBe(expected.length);
    const got = dataRows(file);
    expect(got.map((r) => r[1])).toEqual(expected.map((u) => u.businessName));
    expect(got.map((r) => r[3])).toEqual(expected.map((u) => u.nik));
    expect(got.map((r) => Number(r[14] || 0))).toEqual(expected.map((u) => u.annualSales ?? 0));
    expect(new Set(got.map((r) => r[7]))).toEqual(new Set(['Balikpapan Selatan']));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A3').value).toMatchObject({ richText: [{ text: expect.stringContaining('Dicetak') }] });
    expect(JSON.stringify(ws.getCell('A4').value)).toContain('Kecamatan Balikpapan Selatan; Kelas usaha Mikro');
    // Text as text (a plain string cell, never a number that loses the NIK's 16th digit).
    expect(ws.getCell('D6').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('D6').value).toBe(expected[0]!.nik);
    expect(ws.getCell('D6').numFmt).toBe('@');
    // The app's own style of money in the lists: "Rp 1.500.000".
    expect(ws.getCell('O6').numFmt).toBe('"Rp "#,##0');
    expect(ws.autoFilter).toBe('A5:U5');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitlesRow: '5:5' });
    // Money totalled by a formula under the last row.
    const total = ws.getRow(6 + rows);
    expect(total.getCell('O').formula).toBe(`SUM(O6:O${5 + rows})`);
  });

  it('registry: a search (trigram index) and a two-letter prefix give the screen’s rows', async () => {
    for (const search of ['amplang', 'ka']) {
      const { file, rows } = await exported({ list: 'umkm', query: { search } });
      const expected = await allPages((page) => call(env.ctx, 'umkm:list', { search, page, pageSize: 50 }));
      expect(rows, search).toBe(expected.length);
      expect(dataRows(file).map((r) => r[1])).toEqual(expected.map((u) => u.businessName));
    }
  });

  it('mitra: kind and status filters, with the active agreements and fostered UMKM of the list', async () => {
    const query = { status: 'aktif' } as const;
    const { file, rows } = await exported({ list: 'mitra', query });
    const expected = await allPages((page) => call(env.ctx, 'mitra:list', { ...query, page, pageSize: 7 }));
    expect(rows).toBe(expected.length);
    const got = dataRows(file);
    expect(got.map((r) => [r[1], Number(r[12]), Number(r[13])])).toEqual(expected.map((m) => [m.name, m.activeAgreements, m.fosteredUmkm]));
    const hotels = await exported({ list: 'mitra', query: { kind: 'hotel' } });
    expect(hotels.rows).toBe((await call(env.ctx, 'mitra:list', { kind: 'hotel' })).total);
  });

  it('kemitraan: status and period filters, in the list’s order, values as numbers', async () => {
    const query = { from: '2023-01-01', to: '2024-12-31', status: 'aktif' } as const;
    const { file, rows } = await exported({ list: 'kemitraan', query });
    const expected = await allPages((page) => call(env.ctx, 'kemitraan:list', { ...query, page, pageSize: 3 }));
    expect(expected.length).toBeGreaterThan(0);
    expect(rows).toBe(expected.length);
    expect(dataRows(file).map((r) => [r[1], Number(r[7])])).toEqual(expected.map((k) => [k.number, k.totalValue]));
  });

  it('progress: the list behind a Naik Kelas figure, with a transition', async () => {
    for (const query of [
      { period: { from: '2019-01-01', to: '2025-12-31' }, outcome: 'naik' },
      { period: { from: '2019-01-01', to: '2025-12-31' }, outcome: 'naik', transition: 'mikro->kecil' },
      { period: { from: '2024-01-01', to: '2024-12-31', kecamatan: '64.71.01' }, outcome: 'tetap' },
    ] as const) {
      const { file, rows, name } = await exported({ list: 'progress', query });
      const expected = await allPages((page) => call(env.ctx, 'progress:reportList', { ...query, page, pageSize: 4 }));
      expect(rows, JSON.stringify(query)).toBe(expected.length);
      expect(expected.length).toBeGreaterThan(0);
      expect(dataRows(file).map((r) => r[1])).toEqual(expected.map((u) => u.businessName));
      expect(name).toContain(`Naik-Kelas-${query.outcome}`);
    }
  });

  it('an empty result still writes the sheet with its header', async () => {
    const { file, rows } = await exported({ list: 'umkm', query: { search: 'tidak-ada-yang-begini' } });
    expect(rows).toBe(0);
    const sheet = [...sheetsAsCsv(file, env.dir, { recalc: true }).values()][0]!;
    expect(sheet[4]![0]).toBe(t.colNo);
  });
});

describe('streaming', () => {
  // 50,000 UMKM exported by a child process whose heap is capped at 80 MB: a writer that held the
  // rows (document mode needs ~250 MB at this size, the shared-strings table alone ~100 MB) dies
  // of "heap out of memory"; the streaming export finishes, and its peak RSS is printed.
  it('exports 50,000 UMKM within an 80 MB heap', async () => {
    const file = path.join(env.dir, 'big.sqlite');
    const db = await openDatabase({ file });
    await seedDemo(db, 50_000);
    await db.close();
    const out = path.join(env.dir, 'big.xlsx');
    const res = execFileSync(
      process.execPath,
      ['--max-old-space-size=80', '--import', 'tsx', path.join(PROJECT_ROOT, 'scripts', 'bench-export.ts'), '--db', file, '--case', 'registry (all)', '--out', out],
      { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 170_000 },
    );
    const r = JSON.parse(res.trim().split('\n').pop()!) as { rows: number; ms: number; maxRss: number; peakHeap: number };
    console.log(`50,000 UMKM: ${(r.ms / 1000).toFixed(1)} s, peak RSS ${(r.maxRss / 2 ** 20).toFixed(0)} MB, peak heap ${(r.peakHeap / 2 ** 20).toFixed(0)} MB`);
    expect(r.rows).toBe(50_000);
    expect(r.peakHeap).toBeLessThan(80 * 2 ** 20);
    expect(fs.statSync(out).size).toBeGreaterThan(5 * 2 ** 20);
  }, 240_000);
});
