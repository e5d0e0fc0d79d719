// Backups as the admin uses them: "Cadangkan sekarang" makes a verified backup shown in the list;
// after the data changed, "Pulihkan" on that backup (confirmed in a dialog) brings the old data
// back in the running app, with a safety copy of what was replaced; a backup is saved elsewhere
// (a download in the browser, the save dialog on the desktop). Every test has its own server.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, E2E_ADMIN } from '../support/e2e';
import { SCREENS, saveScreen } from '../support/screens';
import { fill, messages } from '../../shared/i18n';

const t = messages.backupPage;
test.use({ seedDemo: 20 });

const rows = (page: Page) => page.getByTestId('backup-row');
const menu = (page: Page, label: string) => page.getByRole('menuitem', { name: new RegExp(`(^| )${label}$`) });

test('the admin backs up, the data changes, and restoring the backup brings the old data back', async ({ page, api }) => {
  const before = await api.call('umkm:get', { id: 1 });
  await page.goto('#/');
  await menu(page, t.nav).click();
  await expect(page.getByRole('heading', { name: t.title })).toBeVisible();
  await expect(page.getByText(t.empty)).toBeVisible();

  await page.getByRole('button', { name: t.createNow }).click();
  await expect(rows(page)).toHaveCount(1);
  const row = rows(page).first();
  const name = (await row.getAttribute('data-name'))!;
  expect(name).toMatch(/^kemitraan-\d{4}-\d{2}-\d{2}-\d{6}\.sqlite$/);
  await expect(row).toContainText(messages.backupState.verified);
  await expect(row).toContainText(messages.backupKinds.manual);
  await expect(row).toContainText('20');

  // The day goes on: a UMKM renamed, another removed.
  await api.call('umkm:update', { id: 1, changes: { businessName: 'Nama Baru Sesudah Cadangan' } });
  await api.call('umkm:delete', { id: 2 });
  await page.goto('#/umkm/1');
  await expect(page.getByText('Nama Baru Sesudah Cadangan').first()).toBeVisible();

  await page.goto('#/cadangan');
  await rows(page).filter({ hasText: name }).getByRole('button', { name: t.restore }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(fill(t.restoreText, { name }));
  await dialog.getByRole('button', { name: t.restore }).click();
  const done = page.getByTestId('restore-done');
  await expect(done).toContainText(`Dipulihkan dari ${name}: 20 UMKM.`);
  await expect(dialog).toBeHidden();
  // The safety copy of the database as it was is listed too.
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).filter({ hasText: messages.backupKinds['pre-restore'] })).toHaveCount(1);

  await page.goto('#/umkm/1');
  await expect(page.getByText(before.businessName).first()).toBeVisible();
  await expect(page.getByText('Nama Baru Sesudah Cadangan', { exact: true })).toHaveCount(0);
  // What happened between the backup and the restore stays in the UMKM's history, marked as carried over.
  await expect(page.getByText(`${messages.backupAudit.carriedPrefix}UMKM "Nama Baru Sesudah Cadangan" diubah`, { exact: false })).toBeVisible();
  expect((await api.call('umkm:get', { id: 2 })).businessName).toBeTruthy();
  expect((await api.call('stats:summary', {})).umkm).toBe(20);
});

test('a backup is saved to another folder (a download in the browser)', async ({ page }) => {
  await page.goto('#/cadangan');
  await page.getByRole('button', { name: t.createNow }).click();
  await expect(rows(page)).toHaveCount(1);
  const name = (await rows(page).first().getAttribute('data-name'))!;
  const download = page.waitForEvent('download');
  await rows(page).first().getByRole('button', { name: t.saveElsewhere }).click();
  expect((await download).suggestedFilename()).toBe(name);
});

test('a backup whose manifest was lost is restored only on the admin\'s own password, and the result says so', async ({ page, api }) => {
  const made = await api.call('backup:create', {});
  const { dir } = await api.call('backup:list', {});
  // What a copy carried without its manifest looks like: nothing proves this installation made it.
  fs.rmSync(path.join(dir, `${made.name}.json`));
  await page.setViewportSize(SCREENS[1]);
  await page.goto('#/cadangan');
  await rows(page).filter({ hasText: made.name }).getByRole('button', { name: t.restore }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: t.restore }).click();
  await expect(dialog.getByTestId('restore-unverified')).toContainText(fill(messages.backupErrors.unverified, { file: made.name }));
  await expect(dialog.getByRole('button', { name: t.trustConfirm })).toBeDisabled();
  await dialog.getByTestId('trust-password').fill('bukan-kata-sandinya');
  await dialog.getByRole('button', { name: t.trustConfirm }).click();
  await expect(dialog).toContainText(messages.backupErrors.trustPasswordWrong);
  for (const size of SCREENS) {
    await page.setViewportSize(size);
    await saveScreen(page, 'backup-unverified');
  }
  await dialog.getByTestId('trust-password').fill(E2E_ADMIN.password);
  await dialog.getByRole('button', { name: t.trustConfirm }).click();
  await expect(page.getByTestId('restore-done')).toContainText(t.restoreOkUnverified.trim());
  await expect(dialog).toBeHidden();
  const trail = await api.call('audit:list', { action: 'backup_restore', page: 1, pageSize: 10 });
  expect(trail.items[0]?.summary).toContain('dari sumber yang belum pasti');
});
