// Exports as a clerk makes them: the registry filtered on screen to Excel, and the mayor's report
// for a year from the Laporan page; each download is opened and read back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Download } from '@playwright/test';
import { test, expect } from '../support/e2e';
import { fill, messages } from '../../shared/i18n';
import { filterSelect, pickOption, registryTotal } from '../support/umkmUi';

const xp = messages.exportPages;
const t = messages.exportText;

let dir: string;
test.beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-e2e-export-'));
});
test.afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function open(download: Download): Promise<ExcelJS.Workbook> {
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const text = (v: ExcelJS.CellValue) => (v && typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : String(v ?? ''));

test.describe('exports', () => {
  test.use({ seedDemo: 60 });

  test('the registry as filtered on screen, every page of it', async ({ page, api }) => {
    await page.goto('#/umkm?size=50');
    await expect(registryTotal(page, 60)).toBeVisible();
    await pickOption(page, filterSelect(page, messages.registry.filterKecamatan), 'Balikpapan Selatan');
    await pickOption(page, filterSelect(page, messages.registry.filterClass), messages.enums.class.mikro);
    await expect(page).toHaveURL(/class=mikro/);
    const expected = await api.call('umkm:list', { kecamatan: '64.71.05', class: 'mikro', pageSize: 500 });
    await expect(registryTotal(page, expected.total)).toBeVisible();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: xp.button }).click();
    const d = await download;
    expect(d.suggestedFilename()).toMatch(/^Registri-UMKM-\d{4}-\d{2}-\d{2}\.xlsx$/);
    await expect(page.getByText(fill(xp.saved, { name: d.suggestedFilename(), rows: expected.total }))).toBeVisible();

    const ws = (await open(d)).worksheets[0]!;
    expect(text(ws.getCell('A4').value)).toContain('Kecamatan Balikpapan Selatan; Kelas usaha Mikro');
    const names: string[] = [];
    for (let r = 6; typeof ws.getCell(`A${r}`).value === 'number'; r++) names.push(text(ws.getCell(`B${r}`).value));
    expect(names).toEqual(expected.items.map((u) => u.businessName));
    expect(text(ws.getCell('D6').value)).toMatch(/^\d{16}$/);
  });

  test('the mayor’s report for a year on F4, from the Laporan page', async ({ page, api }) => {
    await page.goto('#/');
    await page.getByRole('menuitem', { name: xp.nav }).click();
    await expect(page.getByRole('heading', { name: xp.title })).toBeVisible();
    for (const line of xp.contents) await expect(page.getByText(line)).toBeVisible();
    await pickOption(page, page.locator('.ant-select').filter({ has: page.getByRole('combobox', { name: xp.year }) }), '2023');
    await page.getByText(xp.paperF4).click();
    await expect(page.getByTestId('report-period')).toHaveText(fill(xp.periodShown, { from: '01/01/2023', to: '31/12/2023' }));

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: xp.download }).click();
    const d = await download;
    expect(d.suggestedFilename()).toBe('Laporan-UMKM-Kemitraan-2023.xlsx');
    const wb = await open(d);
    expect(wb.worksheets.map((w) => w.name)).toEqual([t.summarySheet, t.detailUmkm, t.detailNaik, t.detailTurun, t.detailKemitraan, t.detailSupport]);
    const summary = wb.worksheets[0]!;
    // The kop is the office's (its defaults until an admin sets them), then the title and the year.
    const office = await api.call('office:get', {});
    const column = (n: number) => Array.from({ length: n }, (_, i) => text(summary.getCell(`A${i + 1}`).value)).filter(Boolean);
    expect(column(8).slice(0, 4)).toEqual([office.government, office.officeName, t.reportTitle, 'Tahun 2023']);
    expect(summary.pageSetup).toMatchObject({ paperSize: 14, orientation: 'landscape' });
    // Section A's total (a formula with its result) is the registry at the end of 2023, as the
    // printed report states it.
    const figures = await api.call('report:summary', { from: '2023-01-01', to: '2023-12-31' });
    expect(figures.asOf).toBe('2023-12-31');
    const registered = figures.classByKecamatan.reduce((s, k) => s + Object.values(k.counts).reduce((a, b) => a + b, 0), 0);
    expect(registered).toBeGreaterThan(0);
    let totalRow = 0;
    summary.eachRow((row, n) => {
      if (!totalRow && text(row.getCell(1).value) === t.totalLabel) totalRow = n;
    });
    const total = summary.getCell(`F${totalRow}`).value as ExcelJS.CellFormulaValue;
    expect(total.formula).toMatch(/^SUM\(F\d+:F\d+\)$/);
    expect(total.result).toBe(registered);
    const report = await api.call('progress:report', { from: '2023-01-01', to: '2023-12-31' });
    const naikRows = wb.getWorksheet(t.detailNaik)!;
    let rows = 0;
    naikRows.eachRow((row, n) => {
      if (n > 6 && typeof row.getCell(1).value === 'number') rows++;
    });
    expect(rows).toBe(report.naikTotal);
  });
});
