// A clerk imports a kecamatan office's messy workbook: the wizard finds the data sheet under its
// title rows and maps the abbreviated columns; the preview shows the NIK Excel truncated at its
// cell; the clerk types the NIK again, imports, and finds the UMKM in the registry. The refused
// rows come back as a workbook to correct, what is wrong in its first column.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/e2e';
import { fill, messages } from '../../shared/i18n';
import { writeMessyUmkmWorkbook } from '../support/messyWorkbooks';

const t = messages.importPages;
const cellString = (v: ExcelJS.CellValue) => (v && typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : String(v ?? ''));
const menu = (page: Page, label: string) => page.getByRole('menuitem', { name: new RegExp(`(^| )${label}$`) });
const cell = (page: Page, row: number, field: string) => page.locator(`[data-cell="${row}:${field}"]`);
const stat = (page: Page, label: string) => page.locator('.ant-statistic').filter({ has: page.getByText(label, { exact: true }) }).locator('.ant-statistic-content-value');

test.describe('import wizard', () => {
  test.use({ seedDemo: 0 });

  test('messy workbook: map, fix a cell in the preview, import, download the refused rows', async ({ page }) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-e2e-import-'));
    const file = path.join(dir, 'Data UMKM Kecamatan.xlsx');
    await writeMessyUmkmWorkbook(file);

    await page.goto('/');
    await menu(page, t.nav).click();
    await expect(page.getByRole('heading', { name: t.title })).toBeVisible();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: t.chooseFile }).click();
    await (await chooser).setFiles(file);

    // The data sheet, not the summary before it; the header row under the three title rows.
    await expect(page.getByText(fill(t.fileInfo, { file: 'Data UMKM Kecamatan.xlsx', sheets: 2 }))).toBeVisible();
    await expect(page.getByLabel(t.sheetLabel).locator('..').locator('..')).toContainText('Data UMKM 2023');
    await expect(page.locator('tr[aria-selected="true"]')).toContainText('Kec.');
    await page.getByRole('button', { name: t.next }).click();

    // Every abbreviated column found.
    await expect(page.getByText(t.mappingHint)).toBeVisible();
    await expect(page.getByRole('combobox', { name: messages.fields.nik }).locator('xpath=ancestor::div[contains(@class,"ant-select")][1]')).toContainText('No. NIK');
    await expect(page.getByText(/Isian wajib belum dipetakan/)).toHaveCount(0);
    await page.getByRole('button', { name: t.toPreview }).click();

    // The preview: counts, and the NIK Excel turned into a number refused at its cell.
    await expect(stat(page, t.counts.new)).toHaveText('8');
    await expect(stat(page, t.counts.refuse)).toHaveText('3');
    await expect(stat(page, t.counts.duplicate)).toHaveText('1');
    await expect(cell(page, 13, 'nik')).toContainText('digit terakhirnya hilang');

    // The clerk types the NIK from the paper form again.
    await cell(page, 13, 'nik').getByRole('button').click();
    const input = page.getByRole('textbox', { name: fill(t.editTitle, { field: messages.fields.nik, row: 13 }) });
    await input.fill('6471056308750006');
    await page.getByRole('button', { name: t.editApply }).click();
    await expect(stat(page, t.counts.new)).toHaveText('9');
    await expect(stat(page, t.counts.refuse)).toHaveText('2');
    await expect(cell(page, 13, 'nik')).toContainText('6471056308750006');
    await expect(cell(page, 13, 'nik')).not.toContainText('digit terakhirnya hilang');

    await page.getByRole('button', { name: t.commit }).click();
    await page.getByRole('button', { name: t.next }).click();
    await expect(page.getByText(t.doneTitle)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(fill(t.doneText, { imported: 9, updated: 0, skipped: 3, refused: 2 })).first()).toBeVisible();

    // The refused rows as a workbook, with what is wrong in its first column, then the sheet row.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: t.downloadRefused }).click();
    const saved = path.join(dir, 'ditolak.xlsx');
    await (await download).saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBe(3);
    expect(ws.getRow(1).getCell(1).value).toBe(messages.importEngine.refusedErrorColumn);
    expect(String(ws.getRow(2).getCell(1).value)).toMatch(/sepuluh juta/);
    expect(ws.getRow(2).getCell(2).value).toBe(18);

    // The fixed UMKM is in the registry.
    await menu(page, messages.nav.registry).click();
    await page.getByPlaceholder(messages.registry.searchPlaceholder).fill('6471056308750006');
    await expect(page.getByRole('link', { name: 'Warung Soto Banjar' })).toBeVisible();
    await expect(page).toHaveURL(/q=6471056308750006/);

    // Then the report for the mayor's office: the imported UMKM are its registry total.
    await page.getByRole('menuitem', { name: messages.exportPages.nav }).click();
    const report = page.waitForEvent('download');
    await page.getByRole('button', { name: messages.exportPages.download }).click();
    const file2 = path.join(dir, (await report).suggestedFilename());
    await (await report).saveAs(file2);
    const rwb = new ExcelJS.Workbook();
    await rwb.xlsx.readFile(file2);
    const summary = rwb.worksheets[0]!;
    let total: ExcelJS.CellFormulaValue | undefined;
    summary.eachRow((row) => {
      if (!total && cellString(row.getCell(1).value) === messages.exportText.totalLabel) total = row.getCell(6).value as ExcelJS.CellFormulaValue;
    });
    expect(total?.result).toBe(9);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
