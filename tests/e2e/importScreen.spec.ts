// The import wizard's screens on the office's two screen sizes, with a sheet as wide as the registry
// form: the header-row step shows a merged title once; in the preview each refused row says why
// beside its status however far right its cell is, a reason opens that cell's fix, the horizontal
// scrollbar stays on screen, and a region or sector is fixed from the form's own drop-downs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from '../support/e2e';
import { fill, messages } from '../../shared/i18n';
import { KECAMATAN } from '../../shared/domain/regions';
import { SECTORS } from '../../shared/domain/sectors';
import { writeMessyUmkmWorkbook, writeWideUmkmWorkbook } from '../support/messyWorkbooks';
import { SCREENS, saveScreen } from '../support/screens';

const t = messages.importPages;
const f = messages.fields;
const menu = (page: Page, label: string) => page.getByRole('menuitem', { name: new RegExp(`(^| )${label}$`) });
const cell = (page: Page, row: number, field: string) => page.locator(`[data-cell="${row}:${field}"]`);
const reasons = (page: Page, row: number) => page.locator(`[data-reasons="${row}"]`);
const stat = (page: Page, label: string) => page.locator('.ant-statistic').filter({ has: page.getByText(label, { exact: true }) }).locator('.ant-statistic-content-value');
const editor = (page: Page, field: string, row: number) => page.getByRole('combobox', { name: fill(t.editTitle, { field, row }) });

let dir: string;
test.beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-e2e-import-screen-'));
});
test.afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function openFile(page: Page, file: string) {
  await page.goto('/');
  await menu(page, t.nav).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: t.chooseFile }).click();
  await (await chooser).setFiles(file);
  await expect(page.locator('tr[aria-selected="true"]')).toBeVisible();
}

async function toPreview(page: Page) {
  await page.getByRole('button', { name: t.next }).click();
  await page.getByRole('button', { name: t.toPreview }).click();
  await expect(stat(page, t.counts.rows)).toBeVisible();
}

/** The listbox of the open Select whose combobox is given, once antd has placed it. */
async function listOf(page: Page, combobox: Locator): Promise<Locator> {
  await expect(combobox).toHaveAttribute('aria-expanded', 'true');
  const id = await combobox.getAttribute('aria-controls');
  const dropdown = page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${id}"]`) });
  await expect(dropdown).toBeVisible();
  return dropdown;
}
const optionTexts = (dropdown: Locator) => dropdown.locator('.ant-select-item-option').allInnerTexts();

for (const screen of SCREENS) {
  test.describe(`import screens at ${screen.width}x${screen.height}`, () => {
    test.use({ seedDemo: 0, viewport: screen });

    test('the header-row step shows each merged title once, across its columns', async ({ page }) => {
      const file = path.join(dir, 'Data UMKM Kecamatan.xlsx');
      await writeMessyUmkmWorkbook(file);
      await openFile(page, file);
      const table = page.locator('.ant-table').first();
      for (const title of ['PEMERINTAH KOTA BALIKPAPAN', 'DINAS KOPERASI, UMKM DAN PERINDUSTRIAN', 'DATA UMKM BINAAN 2023']) {
        const row = table.locator('tbody tr').filter({ hasText: title });
        await expect(row).toHaveCount(1);
        // One cell holds the title, spanning the columns the merge covers (12 shown of its 13).
        await expect(row.locator('td').filter({ hasText: title })).toHaveCount(1);
        await expect(row.locator('td').filter({ hasText: title })).toHaveAttribute('colspan', '12');
      }
      // The group title over Kec. and Kel. ("Wilayah", merged over F5:G5) shows once as well.
      const group = table.locator('tbody tr').filter({ has: page.locator('td', { hasText: /^Wilayah$/ }) });
      await expect(group.locator('td').filter({ hasText: /^Wilayah$/ })).toHaveCount(1);
      await expect(group.locator('td').filter({ hasText: /^Wilayah$/ })).toHaveAttribute('colspan', '2');
      // A data row keeps a column per cell.
      await expect(table.locator('tbody tr').filter({ hasText: 'Amplang Kepiting Bu Sari' }).locator('td[colspan]')).toHaveCount(0);
      await saveScreen(page, 'import-header-row');
    });

    test('a refused row says why beside its status; a reason opens its cell, with the scrollbar on screen', async ({ page }) => {
      const file = path.join(dir, 'UMKM Balikpapan Kota.xlsx');
      const wide = await writeWideUmkmWorkbook(file);
      await openFile(page, file);
      await toPreview(page);
      await expect(stat(page, t.counts.refuse)).toHaveText(String(wide.refused.length));
      await page.locator('.ant-segmented').getByText(t.filters.refuse, { exact: true }).click();
      await expect(page.locator('[data-reasons]')).toHaveCount(wide.refused.length);

      // The table's own scrollbar, under its rows, fits on screen with the rows.
      const body = page.locator('.ant-table-body');
      await page.locator('.ant-table-thead').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      const geometry = await body.evaluate((el) => ({ bottom: el.getBoundingClientRect().bottom, wide: el.scrollWidth > el.clientWidth + 100, innerHeight: window.innerHeight }));
      expect(geometry.wide).toBe(true);
      expect(geometry.bottom).toBeLessThanOrEqual(geometry.innerHeight);
      await saveScreen(page, 'import-preview-refused');

      // Every refused row's reason is on screen, named by its field, beside the status.
      const viewport = page.viewportSize()!;
      for (const r of wide.refused) {
        const why = reasons(page, r.row);
        await why.scrollIntoViewIfNeeded();
        await expect(why).toContainText(`${labelOf(r.field)}:`);
        const box = (await why.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
        expect(box.x).toBeGreaterThanOrEqual(0);
      }

      // The far-right date: its reason scrolls the cell clear of the fixed columns and opens its fix.
      const target = cell(page, 8, 'registeredAt');
      expect(await inView(target, body)).toBe(false);
      await reasons(page, 8).getByRole('button', { name: new RegExp(`^${labelOf('registeredAt')}:`) }).click();
      const input = page.getByRole('textbox', { name: fill(t.editTitle, { field: f.registeredAt, row: 8 }) });
      await expect(input).toBeFocused();
      await expect.poll(() => inView(target, body)).toBe(true);
      const fixedRight = (await reasons(page, 8).locator('xpath=ancestor::td[1]').boundingBox())!;
      expect((await target.boundingBox())!.x).toBeGreaterThanOrEqual(fixedRight.x + fixedRight.width - 1);
      await saveScreen(page, 'import-preview-jump');
      await input.fill('15/02/2024');
      await input.press('Enter');
      await expect(stat(page, t.counts.refuse)).toHaveText(String(wide.refused.length - 1));
    });

    test('a kecamatan, kelurahan or sector is fixed from the form’s own drop-downs', async ({ page }) => {
      const file = path.join(dir, 'UMKM Balikpapan Kota.xlsx');
      const wide = await writeWideUmkmWorkbook(file);
      await openFile(page, file);
      await toPreview(page);
      const refused = wide.refused.length;

      // Kecamatan: the six of the city.
      await reasons(page, 5).getByRole('button').click();
      let list = await listOf(page, editor(page, f.kecamatan, 5));
      expect(await optionTexts(list)).toEqual(KECAMATAN.map((k) => k.name));
      await saveScreen(page, 'import-fix-kecamatan');
      await list.locator('.ant-select-item-option', { hasText: /^Balikpapan Kota$/ }).click();
      await expect(stat(page, t.counts.refuse)).toHaveText(String(refused - 1));
      await expect(cell(page, 5, 'kecamatan')).toContainText('Balikpapan Kota');

      // Kelurahan: only those of the row's kecamatan (Balikpapan Kota), not Sepinggan from the file.
      await reasons(page, 6).getByRole('button').click();
      list = await listOf(page, editor(page, f.kelurahan, 6));
      const kota = KECAMATAN.find((k) => k.name === 'Balikpapan Kota')!;
      expect(await optionTexts(list)).toEqual(kota.kelurahan.map((l) => l.name));
      await saveScreen(page, 'import-fix-kelurahan');
      await list.locator('.ant-select-item-option', { hasText: /^Klandasan Ulu$/ }).click();
      await expect(stat(page, t.counts.refuse)).toHaveText(String(refused - 2));
      await expect(cell(page, 6, 'kelurahan')).toContainText('Klandasan Ulu');

      // Sector: the form's list of sectors.
      await reasons(page, 7).getByRole('button').click();
      list = await listOf(page, editor(page, f.sector, 7));
      expect(await optionTexts(list)).toEqual(SECTORS.map((s) => messages.enums.sector[s]));
      await list.locator('.ant-select-item-option', { hasText: /^Jasa$/ }).click();
      await expect(stat(page, t.counts.refuse)).toHaveText(String(refused - 3));
      await expect(cell(page, 7, 'sector')).toContainText('Jasa');
      await expect(stat(page, t.counts.new)).toHaveText(String(wide.good.length + 3));
    });
  });
}

const labelOf = (field: string) => (f as Record<string, string>)[field]!;

/** Whether the element lies wholly inside the visible part of the scrolling table body. */
async function inView(el: Locator, body: Locator): Promise<boolean> {
  const [a, b] = await Promise.all([el.boundingBox(), body.boundingBox()]);
  return Boolean(a && b && a.x >= b.x && a.x + a.width <= b.x + b.width + 1);
}
