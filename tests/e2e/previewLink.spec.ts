// Issue 13, the browser preview's server, as a browser meets it: a tab connects only through a
// one-time link whose secret leaves the address bar at once; a reload keeps the tab connected; the
// same link in another tab is told in Indonesian what to do; another site's page (another origin on
// this PC) can neither spend a link nor stop the server with a malformed address.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect, E2E_ADMIN } from '../support/e2e';
import { appServerAt } from '../support/appServer';
import { SCREENS, saveScreen } from '../support/screens';
import { messages } from '../../shared/i18n';

const ui = messages.auth.ui;

for (const screen of SCREENS) {
  test(`a tab connects through its one-time link, keeps it over a reload, and the used link says what to do (${screen.width}x${screen.height})`, async ({ browser, server }) => {
    const link = await appServerAt(server.url).newLink();
    const context = await browser.newContext({ viewport: screen });
    const page = await context.newPage();
    const stream = page.waitForRequest((r) => new URL(r.url()).pathname === '/events');
    await page.goto(link);
    // The event stream carries the tab's credential in a header, never in its address.
    const events = await stream;
    expect(new URL(events.url()).search).toBe('');
    expect(events.headers()['x-kemitraan-tab']).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await events.response())?.status()).toBe(200);
    // Connected: the sign-in (the admin exists, nobody is signed in on this tab).
    await expect(page.getByRole('button', { name: ui.loginSubmit })).toBeVisible();
    expect(page.url()).toBe(`${server.url}#/`);
    // Replaced, not stacked: one step back is the blank page the tab started on, never the secret.
    await page.goBack();
    expect(page.url()).toBe('about:blank');
    await page.goForward();
    expect(page.url()).toBe(`${server.url}#/`);
    await expect(page.getByRole('button', { name: ui.loginSubmit })).toBeVisible();
    await page.locator('#field-username').fill(E2E_ADMIN.username);
    await page.locator('#field-password').fill(E2E_ADMIN.password);
    await page.getByRole('button', { name: ui.loginSubmit }).click();
    await expect(page.getByRole('heading', { name: messages.dashboard.title })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: messages.dashboard.title })).toBeVisible();
    await expect(page.getByText(E2E_ADMIN.fullName)).toBeVisible();

    // The same link again, in another browser: spent, and the page says so.
    const other = await browser.newContext({ viewport: screen });
    const late = await other.newPage();
    await late.goto(link);
    await expect(late.getByText(messages.errors.previewLink)).toBeVisible();
    await saveScreen(late, 'preview-link-used');
    // A page opened without any link gets the same.
    const bare = await other.newPage();
    await bare.goto(server.url);
    await expect(bare.getByText(messages.errors.previewLink)).toBeVisible();
    await other.close();
    await context.close();
  });
}

test("another site's page cannot spend a leaked link, nor stop the server with a malformed address", async ({ browser, server, api }) => {
  await api.call('auth:status', {});
  const leaked = await appServerAt(server.url).newLink();
  const target = new URL(server.url);
  // The other site: a page on another port of this PC (another origin, no private-network rules).
  const evil = http.createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html><body>kuis berhadiah</body></html>'));
  await new Promise<void>((r) => evil.listen(0, '127.0.0.1', () => r()));
  const evilUrl = `http://127.0.0.1:${(evil.address() as AddressInfo).port}/`;
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(evilUrl);
    const outcome = await page.evaluate(
      async ({ base, link }) => {
        const tried: string[] = [];
        for (const p of ['/%', '//', '/%E0%A4%A', '/api/%']) {
          // A plain GET and a POST, the requests a page may send anywhere without asking.
          await fetch(`${base}${p}`, { mode: 'no-cors' }).then(() => tried.push(p), () => tried.push(`${p} (gagal)`));
          await fetch(`${base}${p}`, { method: 'POST', mode: 'no-cors', body: 'x' }).catch(() => undefined);
        }
        const spent = await fetch(`${base}/tab`, { method: 'POST', headers: { 'X-Kemitraan-Link': link } }).then(
          (r) => `status ${r.status}`,
          () => 'ditolak',
        );
        return { tried, spent };
      },
      { base: target.origin, link: leaked.replace(/^.*#token=/, '') },
    );
    expect(outcome.tried).toEqual(['/%', '//', '/%E0%A4%A', '/api/%']);
    expect(outcome.spent).toBe('ditolak');
    await context.close();
  } finally {
    await new Promise((r) => evil.close(r));
  }
  // Still serving, and the leaked link still opens a tab of ours.
  expect(await api.call('auth:status', {})).toMatchObject({ user: { username: E2E_ADMIN.username } });
  const context = await browser.newContext({ viewport: SCREENS[0] });
  const page = await context.newPage();
  await page.goto(leaked);
  await expect(page.getByRole('button', { name: ui.loginSubmit })).toBeVisible();
  await context.close();
});
