// The first screen (issue 12): the registry opens on the shell and its own code only; the other
// pages, the charts above all, load when first opened, with a light "Memuat…" in the content area
// (menu and header stay) while they do.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/e2e';
import { SCREENS, saveScreen } from '../support/screens';
import { messages } from '../../shared/i18n';

const RENDERER = process.env.RENDERER_OUT ?? path.resolve('dist', 'renderer');
const [WIDE, NARROW] = SCREENS;

/** The JS files the page asks for, by name (assets/x.js), in order. */
function scriptsLoaded(page: Page): string[] {
  const files: string[] = [];
  page.on('request', (r) => {
    const p = new URL(r.url()).pathname;
    if (p.endsWith('.js')) files.push(p.slice(p.lastIndexOf('/') + 1));
  });
  return files;
}

const menu = (page: Page, label: string) => page.getByRole('menuitem', { name: new RegExp(`(^| )${label}$`) });
const size = (file: string) => fs.statSync(path.join(RENDERER, 'assets', file)).size;

test.describe('on the demo data', () => {
  test.use({ seedDemo: 60, viewport: WIDE });

  test('the registry opens with the shell and its own code only: no charts, no other page, under two thirds of the JS', async ({ page }) => {
    const loaded = scriptsLoaded(page);
    await page.goto('#/umkm');
    await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible();
    const all = fs.readdirSync(path.join(RENDERER, 'assets')).filter((f) => f.endsWith('.js'));
    expect(all.some((f) => f.startsWith('charts-')), 'the build has a charts chunk').toBe(true);
    expect(loaded.filter((f) => /^(charts|[A-Z]\w*Page)-/.test(f) && !f.startsWith('RegistryPage-'))).toEqual([]);
    const share = loaded.reduce((s, f) => s + size(f), 0) / all.reduce((s, f) => s + size(f), 0);
    expect(share, `first screen loads ${(share * 100).toFixed(0)}% of the app's JS`).toBeLessThan(2 / 3);
    await saveScreen(page, 'first-screen-registry');
  });

  for (const screen of [WIDE, NARROW]) {
    test(`opened on a page whose code is not in yet, the app shows "Memuat…" under the menu, then the page (${screen.width}x${screen.height})`, async ({ page }) => {
      await page.setViewportSize(screen);
      const loaded = scriptsLoaded(page);
      // The dashboard's code is held back until the loading state has been seen.
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      await page.route(/\/assets\/DashboardPage-[^/]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto('#/');
      const loading = page.getByRole('status').filter({ hasText: messages.common.loading });
      await expect(loading).toBeVisible();
      await expect(page.getByTestId('app-sider')).toBeVisible();
      await expect(menu(page, messages.nav.registry)).toBeVisible();
      await saveScreen(page, 'page-loading');
      release();
      await expect(page.getByRole('heading', { name: messages.dashboard.title })).toBeVisible();
      await expect(loading).toHaveCount(0);
      await expect(page.getByTestId('stat-total')).toContainText('60');
      expect(loaded.some((f) => f.startsWith('charts-'))).toBe(true);
      await saveScreen(page, 'dashboard-after-loading');

      // From there, a page not opened yet: it loads on the click (the dashboard stays meanwhile).
      await menu(page, messages.partnerNav.mitra).click();
      await expect(page.getByRole('heading', { name: messages.mitraPages.listTitle })).toBeVisible();
      expect(loaded.some((f) => f.startsWith('MitraListPage-'))).toBe(true);
    });
  }
});
