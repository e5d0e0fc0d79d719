// Naik Kelas and Laporan both open on the current year (the app's clock), and one click on a
// year shortcut shows this year, last year or the year before, on both screen sizes.
import { test, expect } from '../support/e2e';
import { fill, messages } from '../../shared/i18n';
import { todayIso } from '../../shared/format/date';
import { SCREENS, saveScreen } from '../support/screens';
import type { Page } from '@playwright/test';

const y = messages.yearShortcuts;
const xp = messages.exportPages;
const YEAR = Number(todayIso().slice(0, 4));

const shortcut = (page: Page, label: string) => page.getByTestId('year-shortcuts').getByText(label, { exact: true });
const selected = (page: Page) => page.getByTestId('year-shortcuts').locator('.ant-segmented-item-selected');

test.describe('year shortcuts', () => {
  test.use({ seedDemo: 60 });

  for (const screen of SCREENS) {
    test(`Naik Kelas opens on this year; one click for last year and the year before (${screen.width}x${screen.height})`, async ({ page }) => {
      await page.setViewportSize(screen);
      await page.goto('#/naik-kelas');
      const report = page.getByTestId('naik-kelas-report');
      await expect(report).toHaveAttribute('data-period', `${YEAR}-01-01/${YEAR}-12-31`);
      await expect(selected(page)).toHaveText(fill(y.thisYear, { year: YEAR }));
      await expect(shortcut(page, fill(y.lastYear, { year: YEAR - 1 }))).toBeInViewport();
      await saveScreen(page, 'year-shortcuts-naik-kelas');

      await shortcut(page, fill(y.lastYear, { year: YEAR - 1 })).click();
      await expect(report).toHaveAttribute('data-period', `${YEAR - 1}-01-01/${YEAR - 1}-12-31`);
      await expect(page).toHaveURL(new RegExp(`from=${YEAR - 1}-01-01`));
      await expect(selected(page)).toHaveText(fill(y.lastYear, { year: YEAR - 1 }));
      await expect(report).toHaveAttribute('aria-busy', 'false');

      await shortcut(page, String(YEAR - 2)).click();
      await expect(report).toHaveAttribute('data-period', `${YEAR - 2}-01-01/${YEAR - 2}-12-31`);
      await expect(selected(page)).toHaveText(String(YEAR - 2));
      await expect(report).toHaveAttribute('aria-busy', 'false');
      // A period that is not a whole year marks no shortcut.
      await page.goto(`#/naik-kelas?from=${YEAR}-03-01&to=${YEAR}-06-30`);
      await expect(report).toHaveAttribute('data-period', `${YEAR}-03-01/${YEAR}-06-30`);
      await expect(selected(page)).toHaveCount(0);
    });

    test(`Laporan opens on this year; one click for another (${screen.width}x${screen.height})`, async ({ page }) => {
      await page.setViewportSize(screen);
      await page.goto('#/laporan');
      const shown = page.getByTestId('report-period');
      await expect(shown).toHaveText(fill(xp.periodShown, { from: `01/01/${YEAR}`, to: `31/12/${YEAR}` }));
      await expect(selected(page)).toHaveText(fill(y.thisYear, { year: YEAR }));
      await expect(shortcut(page, String(YEAR - 2))).toBeInViewport();
      await saveScreen(page, 'year-shortcuts-laporan');

      await shortcut(page, fill(y.lastYear, { year: YEAR - 1 })).click();
      await expect(shown).toHaveText(fill(xp.periodShown, { from: `01/01/${YEAR - 1}`, to: `31/12/${YEAR - 1}` }));
      await expect(page.getByRole('combobox', { name: xp.year }).locator('xpath=ancestor::div[contains(@class,"ant-select")][1]')).toContainText(String(YEAR - 1));
      await shortcut(page, String(YEAR - 2)).click();
      await expect(shown).toHaveText(fill(xp.periodShown, { from: `01/01/${YEAR - 2}`, to: `31/12/${YEAR - 2}` }));
      await expect(selected(page)).toHaveText(String(YEAR - 2));
    });
  }
});
