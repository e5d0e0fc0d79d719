// Page helpers for the renderer as a clerk sees it. Labels come from the message table.
import { expect, type Locator, type Page } from '@playwright/test';
import { fill, messages } from '../../shared/i18n';

const f = messages.fields;
const r = messages.registry;

const exact = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/**
 * Opens an antd Select and returns its own dropdown. Closed dropdowns stay in the DOM, and one
 * that is closing is still visible for a moment, so the dropdown is found by the listbox id the
 * combobox points at (aria-controls) rather than by visibility.
 */
export async function openSelect(page: Page, select: Locator): Promise<Locator> {
  const combobox = select.getByRole('combobox');
  // Already open (a click that missed its option): clicking again would close it.
  if ((await combobox.getAttribute('aria-expanded')) !== 'true') await select.click();
  await expect(combobox).toHaveAttribute('aria-expanded', 'true');
  const listId = await combobox.getAttribute('aria-controls');
  if (!listId) throw new Error('the open Select names no listbox');
  const dropdown = page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${listId}"]`) });
  await expect(dropdown).toBeVisible();
  // antd first draws the dropdown at the page's top left (transparent), then moves it beside its
  // Select; under load a click can land before it moves. Wait until it sits against the Select.
  await expect
    .poll(async () => {
      const [s, d] = await Promise.all([select.boundingBox(), dropdown.boundingBox()]);
      if (!s || !d) return false;
      return Math.abs(d.y - (s.y + s.height)) < 16 || Math.abs(d.y + d.height - s.y) < 16;
    })
    .toBe(true);
  return dropdown;
}

export const dropdownOptions = (dropdown: Locator) => dropdown.locator('.ant-select-item-option');

/** The labels a Select offers (the lists here are short enough that none is virtualised away). */
export async function offeredOptions(page: Page, select: Locator): Promise<string[]> {
  const dropdown = await openSelect(page, select);
  const labels = await dropdownOptions(dropdown).allInnerTexts();
  await page.keyboard.press('Escape');
  await expect(select.getByRole('combobox')).toHaveAttribute('aria-expanded', 'false');
  return labels;
}

/** Picks an option by its exact label. */
export async function pickOption(page: Page, select: Locator, label: string): Promise<void> {
  // On a loaded machine a click can still reach a dropdown that is closing or moving; the clerk
  // would simply click again, and so does the test, until the Select shows the choice.
  await expect(async () => {
    const dropdown = await openSelect(page, select);
    await dropdownOptions(dropdown).filter({ hasText: exact(label) }).click({ timeout: 5_000 });
    await expect(select).toContainText(label, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

// ---- The UMKM form -------------------------------------------------------------------------

export const formItem = (page: Page, field: string) => page.locator(`[data-field="${field}"]`);
export const fieldError = (page: Page, field: string) => formItem(page, field).locator('.ant-form-item-explain');
export const formSelect = (page: Page, field: string) => formItem(page, field).locator('.ant-select');
export const classPreview = (page: Page) => page.getByTestId('class-preview');

export const chooseInForm = (page: Page, field: string, label: string) => pickOption(page, formSelect(page, field), label);

export interface RequiredUmkm {
  businessName: string;
  ownerName: string;
  nik: string;
  address: string;
  kecamatan: string; // names as shown
  kelurahan: string;
  sector: string;
  annualSales: string; // digits as typed
}

/** The add/edit form; labels are looked up inside it (the registry table has a "Nama usaha" header too). */
export const umkmForm = (page: Page) => page.locator('form');
export const formInput = (page: Page, label: string) => umkmForm(page).getByLabel(label, { exact: true });

export async function fillRequired(page: Page, u: RequiredUmkm): Promise<void> {
  await formInput(page, f.businessName).fill(u.businessName);
  await formInput(page, f.ownerName).fill(u.ownerName);
  await formInput(page, f.nik).fill(u.nik);
  await formInput(page, f.address).fill(u.address);
  await chooseInForm(page, 'kecamatan', u.kecamatan);
  await chooseInForm(page, 'kelurahan', u.kelurahan);
  await chooseInForm(page, 'sector', u.sector);
  await typeRupiah(page, f.annualSales, u.annualSales);
}

/**
 * Types a new amount over a Rupiah input's value, digit by digit: select all, then type. (Clearing
 * first with Backspace does not work, see the expected failure in registry.spec.ts.)
 */
export async function typeRupiah(page: Page, label: string, digits: string): Promise<Locator> {
  const input = formInput(page, label);
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.pressSequentially(digits);
  return input;
}

export const saveButton = (page: Page) => page.getByRole('button', { name: messages.form.save });

// ---- The registry ----------------------------------------------------------------------------

export const searchBox = (page: Page) => page.getByRole('searchbox', { name: r.searchPlaceholder });
export const registryRows = (page: Page) => page.locator('.ant-table-tbody tr.ant-table-row');
export const registryRow = (page: Page, businessName: string) => registryRows(page).filter({ has: page.getByRole('link', { name: businessName, exact: true }) });
/** The "{n} UMKM" line under the registry title. */
export const registryTotal = (page: Page, n: number) => page.getByText(fill(r.total, { n: n.toLocaleString('id-ID') }), { exact: true });
export const filterSelect = (page: Page, placeholder: string) =>
  page.locator('.ant-select').filter({ has: page.getByRole('combobox', { name: placeholder, exact: true }) });

/** The business names the registry lists, sorted. */
export async function listedNames(page: Page): Promise<string[]> {
  return (await registryRows(page).getByRole('link').allInnerTexts()).map((t) => t.trim()).sort();
}

export async function searchFor(page: Page, text: string): Promise<void> {
  const box = searchBox(page);
  await box.fill('');
  await box.pressSequentially(text);
}
