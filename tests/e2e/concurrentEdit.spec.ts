// Two clerks at once on one server (issue 14): each in a browser context of their own, signed in
// with their own account. Both open the same UMKM's edit form; A saves; B's save is refused in a
// dialog naming A (nothing of B's is written), "Tetap di sini" keeps B's typing on screen,
// "Muat ulang" shows A's value, and B's next save, on the version it now holds, goes through. The
// audit trail shows the computer of each line. A class record's form (a modal on the UMKM's page)
// does the same.
import os from 'node:os';
import type { Browser, Page } from '@playwright/test';
import type { InputOf } from '../../shared/contract';
import { messages } from '../../shared/i18n';
import { connectApi, newSessionId } from '../support/api';
import { test, expect, useSession } from '../support/e2e';
import { PG_SKIP_REASON, pgUrl } from '../support/pgTest';
import { SCREENS, saveScreen } from '../support/screens';
import { TEST_TIMEZONE } from '../support/timezone';
import { formInput, saveButton } from '../support/umkmUi';
import { fill } from '../../shared/i18n';
import { formatDate } from '../../shared/format/date';

const m = messages.editConflict;
const f = messages.fields;
const BUDI = { username: 'budi', fullName: 'Budi Santoso', password: 'operator-budi-1' };
const SARI = { username: 'sari', fullName: 'Sari Rahmawati', password: 'operator-sari-1' };
const AMPLANG: InputOf<'umkm:create'> = {
  businessName: 'Amplang Kepiting Bu Sari',
  ownerName: 'Sari Rahmawati',
  nik: '6471054506880001',
  address: 'Jl. Marsma R. Iswahyudi No. 12',
  kecamatan: '64.71.05',
  kelurahan: '64.71.05.1002',
  sector: 'kuliner',
  annualSales: 350_000_000,
};

/** A clerk's own window: a browser context signed in with their account, its page errors collected. */
async function clerkWindow(browser: Browser, serverUrl: string, who: typeof BUDI, errors: string[]): Promise<Page> {
  const session = newSessionId();
  await (await connectApi(serverUrl, session)).call('auth:login', { username: who.username, password: who.password });
  const context = await browser.newContext({ baseURL: serverUrl, viewport: SCREENS[0], locale: 'id-ID', timezoneId: TEST_TIMEZONE });
  await useSession(context, session);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`${who.username}: ${e.stack ?? e.message}`));
  return page;
}

const ownerInput = (page: Page) => formInput(page, f.ownerName);
const dialog = (page: Page) => page.getByRole('dialog').filter({ has: page.getByTestId('edit-conflict-dialog') });

type Fx = { page: Page; api: Awaited<ReturnType<typeof connectApi>>; server: { url: string }; browser: Browser };

/** Two clerks on one server edit the same UMKM (the first test, on SQLite and on PostgreSQL). */
async function twoClerks({ page, api, server, browser }: Fx, shot: string): Promise<void> {
  for (const who of [BUDI, SARI]) await api.call('users:create', { ...who, role: 'operator' });
  const umkm = await api.call('umkm:create', AMPLANG);
  const errors: string[] = [];
  const a = await clerkWindow(browser, server.url, BUDI, errors);
  const b = await clerkWindow(browser, server.url, SARI, errors);

  // Both open the same UMKM's form.
  for (const p of [a, b]) {
    await p.goto(`#/umkm/${umkm.id}/ubah`);
    await expect(ownerInput(p)).toHaveValue('Sari Rahmawati');
  }
  // A saves first.
  await ownerInput(a).fill('Sari Wulandari');
  await saveButton(a).click();
  await expect(a).toHaveURL(new RegExp(`#/umkm/${umkm.id}$`));
  await expect(a.getByText('Sari Wulandari').first()).toBeVisible();

  // B, on the version it opened, is refused, naming A: nothing of B's is saved.
  await ownerInput(b).fill('Siti Aminah');
  await saveButton(b).click();
  await expect(dialog(b)).toBeVisible();
  await expect(dialog(b)).toContainText(m.titleChanged);
  await expect(dialog(b)).toContainText('Data ini sudah diubah oleh budi pada ');
  await expect(dialog(b)).toContainText('isian Anda belum disimpan');
  for (const screen of SCREENS) {
    await b.setViewportSize(screen);
    await saveScreen(b, `${shot}-dialog`);
  }
  expect((await api.call('umkm:get', { id: umkm.id })).ownerName).toBe('Sari Wulandari');

  // "Tetap di sini": B's typing stays on screen, with the reason above the form.
  await dialog(b).getByRole('button', { name: m.stay }).click();
  await expect(dialog(b)).toBeHidden();
  await expect(ownerInput(b)).toHaveValue('Siti Aminah');
  await expect(b.getByTestId('edit-conflict')).toContainText('budi');
  await expect(b.getByTestId('edit-conflict')).toBeInViewport();
  await expect(b).toHaveURL(new RegExp(`#/umkm/${umkm.id}/ubah$`));
  for (const screen of SCREENS) {
    await b.setViewportSize(screen);
    await saveScreen(b, `${shot}-stay`);
  }

  // Saving again from the same form is still refused: it still holds the old version.
  await saveButton(b).click();
  await expect(dialog(b)).toBeVisible();
  // "Muat ulang": the form shows A's value, and holds A's version.
  await dialog(b).getByRole('button', { name: m.reload }).click();
  await expect(dialog(b)).toBeHidden();
  await expect(ownerInput(b)).toHaveValue('Sari Wulandari');
  await expect(b.getByTestId('edit-conflict')).toHaveCount(0);

  // B's save on the version it now holds goes through.
  await ownerInput(b).fill('Sari Wulandari Putri');
  await saveButton(b).click();
  await expect(b).toHaveURL(new RegExp(`#/umkm/${umkm.id}$`));
  const saved = await api.call('umkm:get', { id: umkm.id });
  expect([saved.ownerName, saved.updatedBy]).toEqual(['Sari Wulandari Putri', 'sari']);

  // The admin's audit page names the computer of each line (the server's: this machine).
  await page.setViewportSize(SCREENS[0]);
  await page.goto(`#/audit?entity=umkm&entityId=${umkm.id}`);
  const table = page.getByTestId('audit-table');
  await expect(table.getByRole('columnheader', { name: messages.auditPage.workstation })).toBeVisible();
  await expect(table.locator('.ant-table-row')).toHaveCount(3);
  for (const row of await table.locator('.ant-table-row').all()) await expect(row).toContainText(os.hostname());
  for (const screen of SCREENS) {
    await page.setViewportSize(screen);
    await saveScreen(page, `${shot}-audit-workstation`);
  }

  for (const p of [a, b]) await p.context().close();
  expect(errors, 'uncaught errors in the clerks` pages').toEqual([]);
}

test('a clerk saving after another is told who changed the UMKM, keeps the typing or reloads to the other`s value', async ({ page, api, server, browser }) => {
  await twoClerks({ page, api, server, browser }, 'edit-conflict');
});

// The office's setting: one PostgreSQL registry, the preview server on it (issue 14).
test.describe('on a PostgreSQL registry', () => {
  test.skip(!pgUrl(), PG_SKIP_REASON);
  test.use({ engine: 'postgres' });
  test('two clerks in two browser contexts: the second save is refused naming the first, then reloads', async ({ page, api, server, browser }) => {
    await twoClerks({ page, api, server, browser }, 'edit-conflict-pg');
  });
});

test('a class record changed by another clerk while its form is open: refused, then reloaded with their notes', async ({ api, server, browser }) => {
  for (const who of [BUDI, SARI]) await api.call('users:create', { ...who, role: 'operator' });
  const umkm = await api.call('umkm:create', AMPLANG);
  const [record] = (await api.call('progress:timeline', { id: umkm.id })).records;
  const errors: string[] = [];
  const b = await clerkWindow(browser, server.url, SARI, errors);
  const budiApi = await connectApi(server.url);
  await budiApi.call('auth:login', { username: BUDI.username, password: BUDI.password });

  await b.goto(`#/umkm/${umkm.id}`);
  await b.getByRole('button', { name: fill(messages.umkmProgress.editLabel, { date: formatDate(record!.date) }) }).click();
  const form = b.getByTestId('record-form');
  const notes = form.getByLabel(messages.progressFields.notes);
  await notes.fill('Omzet dari survei Sari');
  // Budi corrects the same record from his PC meanwhile.
  await budiApi.call('progress:update', { id: record!.id, changes: { notes: 'Omzet dari laporan Budi' }, version: record!.version });

  await form.getByRole('button', { name: messages.pc.save }).click();
  await expect(dialog(b)).toBeVisible();
  await expect(dialog(b)).toContainText('Data ini sudah diubah oleh budi pada ');
  await saveScreen(b, 'edit-conflict-record');
  await dialog(b).getByRole('button', { name: m.reload }).click();
  await expect(dialog(b)).toBeHidden();
  await expect(form.getByLabel(messages.progressFields.notes)).toHaveValue('Omzet dari laporan Budi');
  await form.getByLabel(messages.progressFields.notes).fill('Omzet dari laporan Budi, dicek Sari');
  await form.getByRole('button', { name: messages.pc.save }).click();
  await expect(form).toBeHidden();
  const [now] = (await api.call('progress:timeline', { id: umkm.id })).records;
  expect([now!.notes, now!.updatedBy]).toEqual(['Omzet dari laporan Budi, dicek Sari', 'sari']);

  await b.context().close();
  expect(errors, 'uncaught errors in the clerk`s page').toEqual([]);
});

test('deleting a UMKM another clerk changed since the page opened is refused naming them, and the page shows the change', async ({ page, api, server, browser }) => {
  for (const who of [BUDI, SARI]) await api.call('users:create', { ...who, role: 'operator' });
  const umkm = await api.call('umkm:create', AMPLANG);
  const errors: string[] = [];
  const b = await clerkWindow(browser, server.url, SARI, errors);
  await b.goto(`#/umkm/${umkm.id}`);
  await expect(b.getByRole('heading', { name: AMPLANG.businessName })).toBeVisible();
  // Budi renames it from his PC while Sari's page still shows the old record.
  const budiApi = await connectApi(server.url);
  await budiApi.call('auth:login', { username: BUDI.username, password: BUDI.password });
  await budiApi.call('umkm:update', { id: umkm.id, changes: { businessName: 'Amplang Kepiting Budi' }, version: umkm.version });

  await b.getByRole('button', { name: messages.pc.delete }).click();
  await b.getByRole('dialog').getByRole('button', { name: messages.pc.delete }).click();
  const refused = b.locator('.ant-message-error');
  await expect(refused).toContainText('Tidak dihapus: data ini sudah diubah oleh budi pada ');
  for (const screen of SCREENS) {
    await b.setViewportSize(screen);
    await saveScreen(b, 'edit-conflict-delete');
  }
  // Nothing deleted; the page now shows Budi's name for it.
  expect((await api.call('umkm:get', { id: umkm.id })).businessName).toBe('Amplang Kepiting Budi');
  await expect(b.getByRole('heading', { name: 'Amplang Kepiting Budi' })).toBeVisible();
  void page;
  await b.context().close();
  expect(errors, 'uncaught errors in the clerk`s page').toEqual([]);
});
