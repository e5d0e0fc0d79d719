// Accounts as the department uses them: the first start makes the administrator, who adds an
// operator and a pimpinan; the operator enters a UMKM; the pimpinan sees it and cannot change it
// (no buttons, and main refuses a direct call); the admin restores the backup made before it.
import type { Page } from '@playwright/test';
import { test, expect } from '../support/e2e';
import { messages } from '../../shared/i18n';
import { fillRequired, formInput, pickOption, registryRow, saveButton } from '../support/umkmUi';

const ui = messages.auth.ui;
const bp = messages.backupPage;
const backupRows = (page: Page) => page.getByTestId('backup-row');
const ADMIN = { fullName: 'Rina Kartika', username: 'rina', password: 'admin-rahasia-1' };
const OPERATOR = { fullName: 'Sari Operator', username: 'sari', password: 'operator-sandi-1', role: 'operator' as const };
const VIEWER = { fullName: 'Pak Kadis', username: 'kadis', password: 'pimpinan-sandi-1', role: 'pimpinan' as const };

test.use({ account: 'none' });

const field = (page: Page, name: string) => page.locator(`#field-${name}`);
const userMenu = (page: Page) => page.getByTestId('user-menu');

async function signIn(page: Page, who: { username: string; password: string }) {
  await expect(page.getByRole('heading', { name: ui.loginTitle })).toBeVisible();
  await field(page, 'username').fill(who.username);
  await field(page, 'password').fill(who.password);
  await page.getByRole('button', { name: ui.loginSubmit }).click();
  await expect(userMenu(page)).toContainText(who.username);
}

async function signOut(page: Page) {
  await userMenu(page).getByRole('button', { name: ui.logout }).click();
  await expect(page.getByRole('heading', { name: ui.loginTitle })).toBeVisible();
}

async function addAccount(page: Page, a: typeof OPERATOR | typeof VIEWER) {
  await page.getByRole('button', { name: ui.addUser }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('#field-fullName').fill(a.fullName);
  await dialog.locator('#field-username').fill(a.username);
  await pickOption(page, dialog.locator('[data-field="role"] .ant-select'), `${messages.auth.roles[a.role]}: ${messages.auth.roleHelp[a.role]}`);
  await dialog.locator('#field-password').fill(a.password);
  await dialog.getByRole('button', { name: ui.save }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.ant-table-row', { hasText: a.username })).toBeVisible();
}

test('first start makes the admin; an operator adds a UMKM; a pimpinan sees it and cannot change it; the admin restores the earlier backup', async ({ page }) => {
  await page.goto('#/');
  // First start: nothing of the app before the administrator exists.
  await expect(page.getByRole('heading', { name: ui.setupTitle })).toBeVisible();
  await expect(page.getByRole('menu')).toHaveCount(0);
  await field(page, 'fullName').fill(ADMIN.fullName);
  await field(page, 'username').fill(ADMIN.username);
  await field(page, 'password').fill(ADMIN.password);
  await field(page, 'passwordRepeat').fill('lain-sandi-99');
  await page.getByRole('button', { name: ui.setupSubmit }).click();
  await expect(page.locator('[data-field="passwordRepeat"]')).toContainText(messages.auth.validation.passwordMismatch);
  await field(page, 'passwordRepeat').fill(ADMIN.password);
  await page.getByRole('button', { name: ui.setupSubmit }).click();
  await expect(userMenu(page)).toContainText(ADMIN.fullName);
  await expect(userMenu(page)).toContainText(messages.auth.roles.admin);

  // The admin adds the two accounts on the Pengguna page.
  await page.getByRole('menuitem', { name: ui.usersNav }).click();
  await expect(page).toHaveURL(/#\/pengguna$/);
  await addAccount(page, OPERATOR);
  await addAccount(page, VIEWER);

  // The day's backup, before anyone enters data.
  await page.getByRole('menuitem', { name: new RegExp(`(^| )${bp.nav}$`) }).click();
  await page.getByRole('button', { name: bp.createNow }).click();
  await expect(backupRows(page)).toHaveCount(1);
  const backupName = (await backupRows(page).first().getAttribute('data-name'))!;
  await signOut(page);

  // The operator enters a UMKM; the accounts page is not theirs.
  await signIn(page, OPERATOR);
  await expect(page.getByRole('menuitem', { name: ui.usersNav })).toHaveCount(0);
  await page.goto('#/umkm');
  await page.getByRole('button', { name: messages.nav.addUmkm }).click();
  await fillRequired(page, {
    businessName: 'Kue Bingka Bu Sari',
    ownerName: 'Sari Wulandari',
    nik: '6471055505900001',
    address: 'Jl. Mulawarman No. 8, RT 12',
    kecamatan: 'Balikpapan Selatan',
    kelurahan: 'Sepinggan Baru',
    sector: messages.enums.sector.kuliner,
    annualSales: '150000000',
  });
  await expect(formInput(page, messages.fields.businessName)).toHaveValue('Kue Bingka Bu Sari');
  await saveButton(page).click();
  await expect(page).toHaveURL(/#\/umkm\/\d+$/);
  const detailUrl = page.url();
  const umkmId = Number(/#\/umkm\/(\d+)$/.exec(detailUrl)![1]);
  await expect(page.getByRole('button', { name: new RegExp(`(^| )${messages.detail.edit}$`) })).toBeVisible();
  await signOut(page);

  // The pimpinan reads it, with no button to change it.
  await signIn(page, VIEWER);
  await expect(userMenu(page)).toContainText(messages.auth.roles.pimpinan);
  await expect(page.getByRole('menuitem', { name: messages.nav.addUmkm })).toHaveCount(0);
  await page.goto('#/umkm');
  await expect(registryRow(page, 'Kue Bingka Bu Sari')).toBeVisible();
  await expect(page.getByRole('button', { name: messages.nav.addUmkm })).toHaveCount(0);
  await registryRow(page, 'Kue Bingka Bu Sari').getByRole('link', { name: 'Kue Bingka Bu Sari' }).click();
  await expect(page).toHaveURL(detailUrl);
  await expect(page.getByText('Sari Wulandari').first()).toBeVisible();
  await expect(page.getByRole('button', { name: new RegExp(`(^| )${messages.detail.edit}$`) })).toHaveCount(0);
  await expect(page.getByRole('button', { name: messages.detail.delete })).toHaveCount(0);

  // A write sent straight to main, past the hidden buttons, is refused there.
  const direct = await page.evaluate(async (id) => {
    const res = await fetch('./api/umkm%3Adelete', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Kemitraan-Tab': sessionStorage.getItem('kemitraan-tab')! },
      body: JSON.stringify({ id }),
    });
    return res.json();
  }, umkmId);
  expect(direct).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'Peran Pimpinan tidak diizinkan untuk tindakan ini.' } });
  // A reload keeps the tab's session: still signed in, the UMKM still there.
  await page.reload();
  await expect(userMenu(page)).toContainText(VIEWER.username, { timeout: 20_000 });
  await expect(page.getByText('Kue Bingka Bu Sari').first()).toBeVisible();

  // Locking hides the page until the password is given again.
  await userMenu(page).getByRole('button', { name: ui.lock }).click();
  await expect(page.getByRole('heading', { name: ui.lockTitle })).toBeVisible();
  await field(page, 'password').fill('salah-sandi');
  await page.getByRole('button', { name: ui.unlockSubmit }).click();
  await expect(page.getByRole('alert')).toContainText(messages.auth.errors.wrongPassword);
  await field(page, 'password').fill(VIEWER.password);
  await page.getByRole('button', { name: ui.unlockSubmit }).click();
  await expect(page.getByText('Kue Bingka Bu Sari').first()).toBeVisible();
  // Restoring is the admin's: the pimpinan has no Cadangan page.
  await expect(page.getByRole('menuitem', { name: new RegExp(`(^| )${bp.nav}$`) })).toHaveCount(0);
  await signOut(page);

  // The admin restores the backup made before the day's work: the operator's UMKM is gone,
  // the accounts stay, and the restore is in the audit trail.
  await signIn(page, ADMIN);
  await page.getByRole('menuitem', { name: new RegExp(`(^| )${bp.nav}$`) }).click();
  await backupRows(page).filter({ hasText: backupName }).getByRole('button', { name: bp.restore }).click();
  await page.getByRole('dialog').getByRole('button', { name: bp.restore }).click();
  await expect(page.getByTestId('restore-done')).toContainText(`Dipulihkan dari ${backupName}: 0 UMKM.`);
  await page.goto('#/umkm');
  await expect(page.getByText('Kue Bingka Bu Sari')).toHaveCount(0);
  await page.goto('#/pengguna');
  await expect(page.locator('.ant-table-row', { hasText: OPERATOR.username })).toBeVisible();
  await page.goto('#/audit');
  await expect(page.getByText(backupName).first()).toBeVisible();
});
