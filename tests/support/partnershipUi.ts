// Page helpers for the partnership pages (komunitas, mitra, kemitraan, temu kemitraan). Labels
// come from the message table; Select handling builds on umkmUi's openSelect.
import { expect, type Locator, type Page } from '@playwright/test';
import { fill, messages } from '../../shared/i18n';
import { dropdownOptions, openSelect } from './umkmUi';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const exact = (text: string) => new RegExp(`^${escape(text)}$`);

/** The page behind a scope: `has` locators are built from it and queried inside the outer one. */
const pageOf = (scope: Page | Locator): Page => ('page' in scope ? scope.page() : scope);

/** A Select named by its aria-label (filters and search selects are labelled by their placeholder). */
export const namedSelect = (scope: Page | Locator, name: string) =>
  scope.locator('.ant-select').filter({ has: pageOf(scope).getByRole('combobox', { name, exact: true }) });

/** The field's Select inside a form item (`data-field`). */
export const fieldSelect = (page: Page, field: string) => page.locator(`[data-field="${field}"] .ant-select`).first();
export const fieldInput = (page: Page, field: string) => page.locator(`[id="field-${field}"]`);
export const fieldError = (page: Page, field: string) => page.locator(`[data-field="${field}"]`).locator('.ant-form-item-explain').first();

/** Opens a Select unless it is open already (a multiple Select stays open after each pick). */
async function ensureOpen(page: Page, select: Locator): Promise<Locator> {
  const combobox = select.getByRole('combobox');
  if ((await combobox.getAttribute('aria-expanded')) !== 'true') return openSelect(page, select);
  const listId = await combobox.getAttribute('aria-controls');
  return page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${listId}"]`) });
}

/** Types into a searching Select and picks the option whose label contains `option`. */
export async function searchAndPick(page: Page, select: Locator, text: string, option: string): Promise<void> {
  const dropdown = await ensureOpen(page, select);
  const input = select.getByRole('combobox');
  await input.fill('');
  await input.pressSequentially(text);
  await dropdownOptions(dropdown).filter({ hasText: option }).first().click();
}

/**
 * Picks several options of a multiple Select by exact label, then closes it. Each label is typed
 * first: long lists are virtualised, so an option far down is not in the DOM until searched.
 */
export async function pickMany(page: Page, select: Locator, labels: string[]): Promise<void> {
  const dropdown = await openSelect(page, select);
  for (const label of labels) {
    await select.getByRole('combobox').fill(label);
    await dropdownOptions(dropdown).filter({ hasText: exact(label) }).click();
  }
  await page.keyboard.press('Escape');
  for (const label of labels) await expect(select).toContainText(label);
}

/**
 * Types a date as the clerk does (23/05/2023) into an antd DatePicker and leaves the field with
 * Tab, which commits it (Enter would also submit the form the picker is in).
 */
export async function typeDate(input: Locator, ddmmyyyy: string): Promise<void> {
  await input.click();
  await input.fill(ddmmyyyy);
  await input.press('Tab');
  await expect(input).toHaveValue(ddmmyyyy);
}

/** A row of the current page's (first) table that holds a link with this exact text. */
export const rowWithLink = (scope: Page | Locator, text: string) =>
  scope.locator('.ant-table-tbody tr.ant-table-row').filter({ has: pageOf(scope).getByRole('link', { name: text, exact: true }) });

/** The value cell beside a Descriptions label. */
export const detailValue = (scope: Page | Locator, label: string) =>
  scope.locator('.ant-descriptions-row th', { hasText: exact(label) }).first().locator('xpath=following-sibling::td[1]');

/** A Statistic's shown value by test id. */
export const statValue = (page: Page, testId: string) => page.getByTestId(testId).locator('.ant-statistic-content-value');

/** The hadir / tidak hadir buttons of one UMKM or partner on the attendance tab. */
export const attendanceOf = (page: Page, name: string) => page.getByRole('radiogroup', { name: fill(messages.attendance.markLabel, { name }), exact: true });
