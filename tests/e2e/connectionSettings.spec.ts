// Koneksi basis data (issue 14): the admin opens the page from the menu, chooses PostgreSQL, tests
// a wrong password (the server's refusal in the clerk's words, in red), the right one (green, with
// the server's version), saves (the password sealed in koneksi.json, never in clear; the notice that
// the app must be started again, without a restart button in the browser preview), tests again
// with the saved password kept, and goes back to SQLite in one click. Against the real server of
// env KEMITRAAN_TEST_PG; a closed port and the field checks need no server.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { fill, messages } from '../../shared/i18n';
import { PG_SKIP_REASON, pgUrl } from '../support/pgTest';
import { expect, test } from '../support/e2e';
import { SCREENS, saveScreen } from '../support/screens';

const c = messages.connection;
const p = c.page;
const f = c.fields;
const url = pgUrl();
const server = url ? new URL(url) : null;
const PASSWORD = server ? decodeURIComponent(server.password) : '';

const menu = (page: Page) => page.getByRole('menuitem', { name: new RegExp(`(^| )${p.nav}$`) });
const outcome = (page: Page) => page.getByTestId('connection-outcome');
const field = (page: Page, name: string) => page.locator(`[data-field="${name}"]`);

/** A port nothing listens on: one the OS just gave and took back. */
async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

async function openPage(page: Page): Promise<void> {
  await page.goto('#/');
  await menu(page).click();
  await expect(page.getByRole('heading', { name: p.title })).toBeVisible();
  await expect(page.getByText(fill(p.runningNow, { engine: c.engineShort.sqlite }))).toBeVisible();
}

async function fillServer(page: Page, s: { host: string; port: number; database: string; user: string; password: string }): Promise<void> {
  await page.getByRole('radio', { name: c.engines.postgres }).check();
  await page.getByLabel(f.host).fill(s.host);
  await page.getByLabel(f.port).fill(String(s.port));
  await page.getByLabel(f.database).fill(s.database);
  await page.getByLabel(f.user).fill(s.user);
  await page.getByLabel(f.password).fill(s.password);
}

for (const screen of SCREENS) {
  test.describe(`${screen.width}x${screen.height}`, () => {
    test.use({ viewport: screen });

    test('the admin tests a wrong password, then the right one, saves, and goes back to SQLite', async ({ page, api, server: app }) => {
      test.skip(!url, PG_SKIP_REASON);
      const host = server!.hostname;
      const port = Number(server!.port || 5432);
      const user = decodeURIComponent(server!.username);
      await openPage(page);
      await fillServer(page, { host, port, database: 'postgres', user, password: 'sandi-yang-salah' });
      await page.getByRole('button', { name: p.test }).click();
      await expect(outcome(page)).toHaveText(fill(c.errors.wrongPassword, { user }));
      await expect(outcome(page)).toHaveClass(/ant-alert-error/);
      await saveScreen(page, 'connection-wrong-password', { fullPage: true });

      // A changed password makes the red answer stale: it goes.
      await page.getByLabel(f.password).fill(PASSWORD);
      await expect(outcome(page)).toHaveCount(0);
      await page.getByRole('button', { name: p.test }).click();
      await expect(outcome(page)).toHaveText(/^Tersambung ke PostgreSQL 1[3-9]\.\d+\. Ekstensi pencarian pg_trgm tersedia\.$/);
      await expect(outcome(page)).toHaveClass(/ant-alert-success/);
      await saveScreen(page, 'connection-ok', { fullPage: true });

      await page.getByRole('button', { name: p.save }).click();
      const notice = page.getByTestId('connection-restart');
      await expect(notice).toContainText(p.saved);
      await expect(notice).toContainText(fill(p.savedPostgres, { host, port, database: 'postgres' }));
      // The browser preview cannot restart itself: it says so, and offers no button.
      await expect(notice).toContainText(p.restartManual);
      await expect(page.getByRole('button', { name: p.restartNow })).toHaveCount(0);
      // Saved sealed, never in clear; the page knows only that one is saved.
      const file = path.join(app.dir, 'koneksi.json');
      expect(fs.readFileSync(file).includes(Buffer.from(PASSWORD))).toBe(false);
      expect(await api.call('connection:get', {})).toMatchObject({ engine: 'postgres', hasPassword: true, postgres: { host, port, database: 'postgres', user, tls: false } });
      await expect(page.getByLabel(f.password)).toHaveValue('');
      await expect(page.getByLabel(f.password)).toHaveAttribute('placeholder', p.passwordKeep);
      await saveScreen(page, 'connection-saved', { fullPage: true });

      // The saved password, kept, still connects.
      await page.getByRole('button', { name: p.test }).click();
      await expect(outcome(page)).toHaveClass(/ant-alert-success/);

      // And back to this PC's own database in one click.
      await page.getByRole('button', { name: p.backToSqlite }).click();
      await expect(page.getByTestId('connection-restart')).toContainText(p.savedSqlite);
      await expect.poll(() => JSON.parse(fs.readFileSync(file, 'utf8')) as unknown).toEqual({ engine: 'sqlite' });
      await expect(page.getByRole('radio', { name: c.engines.sqlite })).toBeChecked();
      await expect(page.getByRole('button', { name: p.backToSqlite })).toHaveCount(0);
    });

    test('a server that cannot be reached and missing fields are said in the clerk\'s words; nothing is saved', async ({ page, server: app }) => {
      const port = await closedPort();
      await openPage(page);
      await page.getByRole('radio', { name: c.engines.postgres }).check();
      // Nothing typed yet: each needed field says so.
      await page.getByRole('button', { name: p.test }).click();
      await expect(field(page, 'host')).toContainText(c.validation.host);
      await expect(field(page, 'password')).toContainText(c.validation.passwordNeeded);
      await expect(outcome(page)).toHaveCount(0);
      await fillServer(page, { host: '127.0.0.1', port, database: 'umkm', user: 'petugas', password: 'apa-saja' });
      await page.getByRole('button', { name: p.save }).click();
      await expect(outcome(page)).toHaveText(fill(c.errors.unreachable, { host: '127.0.0.1', port }));
      await expect(outcome(page)).toHaveClass(/ant-alert-error/);
      await expect(page.getByTestId('connection-restart')).toHaveCount(0);
      expect(fs.existsSync(path.join(app.dir, 'koneksi.json'))).toBe(false);
      await saveScreen(page, 'connection-unreachable', { fullPage: true });
    });
  });
}

test('the audit trail names the new connection field by field, the password only as changed', async ({ page, api }) => {
  test.skip(!url, PG_SKIP_REASON);
  await page.setViewportSize(SCREENS[0]);
  const host = server!.hostname;
  const port = Number(server!.port || 5432);
  await api.call('connection:save', { engine: 'postgres', host, port, database: 'postgres', user: decodeURIComponent(server!.username), password: PASSWORD, tls: false });
  await page.goto('#/audit');
  const summary = fill(c.audit.summary, { target: fill(c.audit.postgresTarget, { host, port, database: 'postgres' }) });
  const row = page.getByTestId('audit-table').locator('.ant-table-row', { hasText: summary });
  await expect(row).toContainText(messages.auditActions.settings_update);
  await row.locator('.ant-table-row-expand-icon').click();
  const changes = page.getByTestId('audit-changes');
  await expect(changes).toContainText(f.host);
  await expect(changes).toContainText(host);
  await expect(changes).toContainText(f.port);
  await expect(changes).toContainText(String(port));
  await expect(changes).toContainText(c.engineShort.postgres);
  await expect(changes).toContainText(f.password);
  await expect(changes).toContainText('***');
  await expect(page.locator('body')).not.toContainText(PASSWORD);
  await saveScreen(page, 'connection-audit');
});
