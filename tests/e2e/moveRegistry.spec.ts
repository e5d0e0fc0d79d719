// Pindahkan registri ke server (issue 14), on the connection page: with the office's server saved,
// the admin asks to move, reads what will be copied (the demo's 60 UMKM, its partners, agreements,
// the account and the trail's lines), confirms, and sees every table with its rows; the server's
// database then holds them. A database that is not empty is refused in the clerk's words and keeps
// what it had. Against the real server of env KEMITRAAN_TEST_PG, each test its own new database.
import type { Page } from '@playwright/test';
import { Client } from 'pg';
import { fill, messages } from '../../shared/i18n';
import { freshPgDatabase, PG_SKIP_REASON, pgUrl } from '../support/pgTest';
import { expect, test } from '../support/e2e';
import { SCREENS, saveScreen } from '../support/screens';
import type { Api } from '../support/api';

const c = messages.connection;
const p = messages.transfer.page;
const url = pgUrl();
const server = url ? new URL(url) : null;

async function count(dbUrl: string, table: string): Promise<number> {
  const client = new Client({ connectionString: dbUrl });
  await client.connect();
  try {
    return Number((await client.query(`SELECT COUNT(*) AS n FROM "${table}"`)).rows[0].n);
  } finally {
    await client.end();
  }
}

/** The office's server saved as the connection page saves it (tested first by main). */
async function saveServer(api: Api, database: string): Promise<string> {
  const host = server!.hostname;
  const port = Number(server!.port || 5432);
  const user = decodeURIComponent(server!.username);
  await api.call('connection:save', { engine: 'postgres', host, port, database, user, password: decodeURIComponent(server!.password), tls: false });
  return `${user}@${host}:${port}/${database}`;
}

async function openSection(page: Page) {
  await page.goto('#/');
  await page.getByRole('menuitem', { name: new RegExp(`(^| )${c.page.nav}$`) }).click();
  const section = page.getByTestId('move-registry');
  await expect(section.getByText(p.title)).toBeVisible();
  return section;
}

test.describe('moving the registry to the server', () => {
  test.use({ seedDemo: 60 });

  for (const screen of SCREENS) {
    test(`the admin confirms the counts and sees every table moved (${screen.width}x${screen.height})`, async ({ page, api }) => {
      test.skip(!url, PG_SKIP_REASON);
      await page.setViewportSize(screen);
      const target = await freshPgDatabase();
      try {
        const label = await saveServer(api, target.name);
        const section = await openSection(page);
        await expect(section).toContainText(fill(p.target, { server: label }));
        await section.getByTestId('move-start').scrollIntoViewIfNeeded();
        await saveScreen(page, 'move-registry-ready');
        await section.getByTestId('move-start').click();

        const dialog = page.getByRole('dialog', { name: p.confirmTitle });
        await expect(dialog.getByTestId('move-counts')).toContainText(`${label}: 60 UMKM, 20 mitra, 20 kemitraan, 1 akun pengguna`);
        await saveScreen(page, 'move-registry-confirm');
        await dialog.getByRole('button', { name: p.confirmOk }).click();

        const done = section.getByTestId('move-done');
        await expect(done).toContainText(label);
        await expect(done).toContainText(c.page.restartManual);
        await expect(dialog).toHaveCount(0);
        const table = section.getByTestId('move-result');
        await expect(table.locator('tr[data-row-key="umkm"]')).toContainText(`${messages.transfer.tables.umkm}60${p.kindBase}`);
        await expect(table.locator('tr[data-row-key="rekap_umkm"]')).toContainText(p.kindSummary);
        await expect(section.getByTestId('move-start')).toHaveCount(0);
        await table.scrollIntoViewIfNeeded();
        await saveScreen(page, 'move-registry-done', { fullPage: true });

        expect(await count(target.url, 'umkm')).toBe(60);
        expect(await count(target.url, 'mitra')).toBe(20);
        // The server's trail holds the file's lines and the move's own.
        expect(await count(target.url, 'audit_log')).toBeGreaterThan(1);
      } finally {
        await target.drop();
      }
    });
  }

  test('a server database that is not empty is refused, and keeps what it had', async ({ page, api }) => {
    test.skip(!url, PG_SKIP_REASON);
    await page.setViewportSize(SCREENS[0]);
    const target = await freshPgDatabase();
    try {
      const label = await saveServer(api, target.name);
      // Moved there once already (arranged through the channel): it holds a registry now.
      await api.call('registry:moveToPostgres', { url: target.url });
      const lines = await count(target.url, 'audit_log');
      const section = await openSection(page);
      await section.getByTestId('move-start').click();
      await page.getByRole('dialog', { name: p.confirmTitle }).getByRole('button', { name: p.confirmOk }).click();
      const error = section.getByTestId('move-error');
      await expect(error).toBeVisible({ timeout: 20_000 });
      await expect(error).toContainText(fill(messages.transfer.errors.targetNotEmpty, { target: label, table: messages.transfer.tables.umkm!, n: 60 }));
      await saveScreen(page, 'move-registry-refused');
      expect(await count(target.url, 'umkm')).toBe(60);
      expect(await count(target.url, 'audit_log')).toBe(lines);
      // Refused before anything: the button is offered again.
      await expect(section.getByTestId('move-start')).toBeEnabled();
    } finally {
      await target.drop();
    }
  });
});
