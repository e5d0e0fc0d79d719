// Pengaturan Kantor (issue 11): the admin fills in the letterhead and the signatory, picks the
// city's emblem file (a real PNG), saves, reloads and finds them; the preview prints the kop and
// the sign-off as a report will ("NIP 19700101 199503 1 001"); a renamed non-image and a bad NIP
// are refused at their fields; an operator has no menu entry and only sees what prints.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { formatLongDate, todayIso } from '../../shared/format/date';
import { fill, messages } from '../../shared/i18n';
import { connectApi, newSessionId } from '../support/api';
import { expect, test, useSession } from '../support/e2e';
import { makePng } from '../support/png';
import { SCREENS, saveScreen } from '../support/screens';

const o = messages.office;
const p = o.page;
const f = o.fields;
const menu = (page: Page) => page.getByRole('menuitem', { name: new RegExp(`(^| )${p.nav}$`) });
const field = (page: Page, name: string) => page.locator(`[data-field="${name}"]`);
const preview = (page: Page) => page.getByTestId('office-preview');

for (const screen of SCREENS) {
  test.describe(`${screen.width}x${screen.height}`, () => {
    test.use({ viewport: screen });

    test('the admin sets the office, picks the emblem, saves, and finds it all after a reload', async ({ page, api }, info) => {
      const pngFile = info.outputPath('lambang-balikpapan.png');
      fs.writeFileSync(pngFile, makePng(96, 96));
      await page.goto('#/');
      await menu(page).click();
      await expect(page.getByRole('heading', { name: p.title })).toBeVisible();
      const form = page.getByTestId('office-form');
      // A fresh database prints the defaults, with no name or NIP yet.
      await expect(preview(page)).toContainText(o.defaults.government);
      await expect(preview(page)).toContainText(p.blankName);

      await page.getByLabel(f.officeName).fill('DINAS KOPERASI, UMKM DAN PERINDUSTRIAN');
      await page.getByLabel(fill(p.addressLine, { n: 1 })).fill('Jl. Jenderal Sudirman No. 1');
      await page.getByLabel(fill(p.addressLine, { n: 2 })).fill('Balikpapan 76114');
      await page.getByLabel(f.phone).fill('(0542) 421 234');
      await page.getByLabel(f.email).fill('dkumkmp@balikpapan.go.id');
      await page.getByLabel(f.signatoryName).fill('Dr. H. Nama Kepala, S.E., M.Si.');
      await page.getByLabel(f.signatoryRank).fill('Pembina Utama Muda (IV/c)');
      const nip = page.getByLabel(f.signatoryNip);
      await nip.pressSequentially('197001011995031001');
      // Shown grouped while typed, as it prints.
      await expect(nip).toHaveValue('19700101 199503 1 001');

      await form.locator('input[type=file]').setInputFiles(pngFile);
      const picked = page.getByTestId('emblem-preview').locator('img');
      await expect(picked).toBeVisible();
      // Really decoded by the browser, and shown at print size (about 2 cm).
      expect(await picked.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(96);
      const box = (await picked.boundingBox())!;
      expect(Math.abs(box.width - 75.6)).toBeLessThan(2);

      await expect(preview(page)).toContainText('NIP 19700101 199503 1 001');
      await expect(preview(page)).toContainText(`Balikpapan, ${formatLongDate(todayIso())}`);
      await expect(preview(page)).toContainText('Jl. Jenderal Sudirman No. 1');
      await expect(preview(page)).toContainText('Telepon (0542) 421 234');
      await expect(preview(page).locator('img')).toBeVisible();
      await saveScreen(page, 'office-settings-filled', { fullPage: true });

      await form.getByRole('button', { name: messages.pc.save }).click();
      await expect(page.getByText(p.saved)).toBeVisible();
      const stored = await api.call('office:get', {});
      expect(stored).toMatchObject({ signatoryNip: '197001011995031001', addressLines: ['Jl. Jenderal Sudirman No. 1', 'Balikpapan 76114'], emblem: { mime: 'image/png' } });

      await page.reload();
      await expect(page.getByLabel(f.officeName)).toHaveValue('DINAS KOPERASI, UMKM DAN PERINDUSTRIAN');
      await expect(page.getByLabel(fill(p.addressLine, { n: 2 }))).toHaveValue('Balikpapan 76114');
      await expect(page.getByLabel(f.signatoryNip)).toHaveValue('19700101 199503 1 001');
      await expect(page.getByTestId('emblem-preview').locator('img')).toBeVisible();
      await expect(preview(page)).toContainText('NIP 19700101 199503 1 001');
      await expect(preview(page)).toContainText('Dr. H. Nama Kepala, S.E., M.Si.');
      await expect(preview(page).locator('img')).toBeVisible();
      await saveScreen(page, 'office-settings-reloaded');

      // Removing the emblem is a change like any other: saved, it is gone.
      await page.getByRole('button', { name: p.emblemRemove }).click();
      await expect(page.getByTestId('emblem-preview').locator('img')).toHaveCount(0);
      await form.getByRole('button', { name: messages.pc.save }).click();
      await expect.poll(async () => (await api.call('office:get', {})).emblem).toBeNull();
    });
  });
}

test('a renamed non-image and a bad NIP are refused at their fields, and nothing is saved', async ({ page, api }, info) => {
  await page.setViewportSize(SCREENS[0]);
  const fake = info.outputPath('lambang.png');
  fs.writeFileSync(fake, 'Ini bukan gambar, hanya teks yang diberi nama lambang.png');
  await page.goto('#/pengaturan');
  const form = page.getByTestId('office-form');
  await form.locator('input[type=file]').setInputFiles(fake);
  await expect(field(page, 'emblem')).toContainText(o.emblemUnreadable);
  await expect(page.getByTestId('emblem-preview').locator('img')).toHaveCount(0);

  await page.getByLabel(f.signatoryNip).fill('19701301 199503 1 001');
  await form.getByRole('button', { name: messages.pc.save }).click();
  await expect(field(page, 'signatoryNip')).toContainText(o.nipInvalid);
  await saveScreen(page, 'office-settings-refused');
  expect((await api.call('office:get', {})).signatoryNip).toBeUndefined();
});

test('an operator has no menu entry, and the page only shows what prints', async ({ page, api, server, browser }) => {
  await api.call('office:set', { ...(await api.call('office:get', {})), signatoryName: 'Dr. H. Nama Kepala', signatoryNip: '197001011995031001' });
  await api.call('users:create', { username: 'sari', fullName: 'Sari Operator', role: 'operator', password: 'operator-sandi-1' });
  const session = newSessionId();
  const op = await connectApi(server.url, session);
  await op.call('auth:login', { username: 'sari', password: 'operator-sandi-1' });
  const context = await browser.newContext({ baseURL: server.url, viewport: SCREENS[1] });
  await useSession(context, session);
  const opPage = await context.newPage();
  await opPage.goto('#/');
  await expect(opPage.getByRole('menuitem', { name: new RegExp(messages.backupPage.nav) })).toHaveCount(0);
  await expect(opPage.getByRole('menuitem').first()).toBeVisible();
  await expect(menu(opPage)).toHaveCount(0);
  await opPage.goto('#/pengaturan');
  await expect(opPage.getByText(p.readOnly)).toBeVisible();
  await expect(opPage.getByTestId('office-form')).toHaveCount(0);
  await expect(opPage.getByTestId('office-preview')).toContainText('NIP 19700101 199503 1 001');
  await saveScreen(opPage, 'office-settings-operator');
  await context.close();
  // The admin's own page still has the entry.
  await page.setViewportSize(SCREENS[1]);
  await page.goto('#/');
  await expect(menu(page)).toBeVisible();
});

test('the audit trail names the change of settings field by field, the emblem as its type and size', async ({ page, api }) => {
  await page.setViewportSize(SCREENS[0]);
  const before = await api.call('office:get', {});
  await api.call('office:set', { ...before, signatoryNip: '197001011995031001', emblem: { mime: 'image/png', base64: makePng(32, 32).toString('base64') } });
  await page.goto('#/audit');
  const row = page.getByTestId('audit-table').locator('.ant-table-row', { hasText: fill(o.auditSummary, { n: 2 }) });
  await expect(row).toContainText(messages.auditActions.settings_update);
  await row.locator('.ant-table-row-expand-icon').click();
  const changes = page.getByTestId('audit-changes');
  await expect(changes).toContainText(f.signatoryNip);
  await expect(changes).toContainText('197001011995031001');
  await expect(changes).toContainText(f.emblem);
  await expect(changes).toContainText(/Gambar PNG, [\d,]+ KB/);
  await saveScreen(page, 'office-settings-audit');
});
