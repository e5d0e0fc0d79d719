// The registry's first page is asked for at start, beside "who is signed in", before React and
// antd have loaded (issue 12, first render): the answer waits in the page for the first drawing.
// A tab nobody is signed in on, or a locked one, gets the sign-in or the lock screen as before,
// and the registry its rows after it.
import type { Page, Response } from '@playwright/test';
import { test, expect, E2E_ADMIN } from '../support/e2e';
import { SCREENS, saveScreen } from '../support/screens';
import { messages } from '../../shared/i18n';
import { registryRows, registryTotal } from '../support/umkmUi';

const ui = messages.auth.ui;
const [WIDE, NARROW] = SCREENS;
const isList = (url: string) => new URL(url).pathname.endsWith('/api/umkm%3Alist');

/** The answers main gave to umkm:list, in order: ok, or the refusal's code. */
function listAnswers(page: Page): string[] {
  const answers: string[] = [];
  page.on('response', async (r: Response) => {
    if (!isList(r.url())) return;
    const body = (await r.json()) as { ok: boolean; error?: { code: string } };
    answers.push(body.ok ? 'ok' : body.error!.code);
  });
  return answers;
}

/** Holds the app's code (mount-*.js, what main.tsx imports after asking) until released. */
async function holdAppCode(page: Page): Promise<{ held: () => string | undefined; release: () => void }> {
  let url: string | undefined;
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/mount-[^/]+\.js$/, async (route) => {
    url = route.request().url();
    await gate;
    await route.continue();
  });
  return { held: () => url, release };
}

test.describe('on the demo data', () => {
  test.use({ seedDemo: 60 });

  for (const screen of [WIDE, NARROW]) {
    test(`opened on the registry, its first page is asked for while the app's code still loads, and only once (${screen.width}x${screen.height})`, async ({ page }) => {
      await page.setViewportSize(screen);
      const answers = listAnswers(page);
      const app = await holdAppCode(page);
      const answered = page.waitForResponse((r) => isList(r.url()));
      await page.goto('#/umkm');
      await answered;
      // Answered with the app's code still held: nothing of React is on the page yet.
      expect(app.held(), 'the app code was asked for and is held').toMatch(/\/assets\/mount-/);
      await expect(page.locator('#root > *')).toHaveCount(0);
      app.release();
      await expect(registryRows(page)).toHaveCount(50);
      await expect(registryTotal(page, 60)).toBeVisible();
      // The page drew that answer; it did not ask again.
      expect(answers).toEqual(['ok']);
      await saveScreen(page, 'registry-first-page-early');
    });
  }

  test('a tab nobody is signed in on: the early question is refused quietly, the sign-in shows, then the rows', async ({ page, api }) => {
    await page.setViewportSize(WIDE);
    await api.call('auth:logout', {});
    const answers = listAnswers(page);
    await page.goto('#/umkm');
    await expect(page.getByRole('heading', { name: ui.loginTitle })).toBeVisible();
    await expect.poll(() => answers).toEqual(['UNAUTHENTICATED']);
    await saveScreen(page, 'registry-early-signed-out');
    await page.locator('#field-username').fill(E2E_ADMIN.username);
    await page.locator('#field-password').fill(E2E_ADMIN.password);
    await page.getByRole('button', { name: ui.loginSubmit }).click();
    await expect(registryRows(page)).toHaveCount(50);
    await expect(registryTotal(page, 60)).toBeVisible();
    // No error left over from the refusal.
    await expect(page.locator('.ant-alert-error')).toHaveCount(0);
    expect(answers).toEqual(['UNAUTHENTICATED', 'ok']);
  });

  test('a locked tab: the lock screen shows; unlocked, the registry its rows', async ({ page, api }) => {
    await page.setViewportSize(WIDE);
    await api.call('auth:lock', {});
    const answers = listAnswers(page);
    await page.goto('#/umkm');
    await expect(page.getByRole('heading', { name: ui.lockTitle })).toBeVisible();
    await expect.poll(() => answers).toEqual(['SESSION_LOCKED']);
    await page.locator('#field-password').fill(E2E_ADMIN.password);
    await page.getByRole('button', { name: ui.unlockSubmit }).click();
    await expect(registryRows(page)).toHaveCount(50);
    await expect(page.locator('.ant-alert-error')).toHaveCount(0);
    expect(answers).toEqual(['SESSION_LOCKED', 'ok']);
  });
});
