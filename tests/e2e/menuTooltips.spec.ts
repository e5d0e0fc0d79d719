// The menu names its items in tooltips only while it shows icons alone (below 1280 px, or folded
// by the clerk); unfolded, the names are on the items and no tooltip is drawn for them.
import type { Page } from '@playwright/test';
import { test, expect } from '../support/e2e';
import { SCREENS, saveScreen } from '../support/screens';
import { messages } from '../../shared/i18n';

const m = messages;
const [WIDE, NARROW] = SCREENS;
const item = (page: Page, label: string) => page.getByRole('menuitem', { name: new RegExp(`(^| )${label}$`) });
const tooltip = (page: Page) => page.locator('.ant-tooltip:not(.ant-tooltip-hidden)');

test('folded, a menu item hovered is named in a tooltip; unfolded, it is not', async ({ page }) => {
  await page.setViewportSize(NARROW);
  await page.goto('#/umkm');
  const sider = page.getByTestId('app-sider');
  await expect.poll(async () => (await sider.boundingBox())?.width).toBe(64);
  await item(page, m.partnerNav.mitra).hover();
  await expect(tooltip(page)).toHaveText(m.partnerNav.mitra);
  await saveScreen(page, 'menu-folded-tooltip');

  await page.setViewportSize(WIDE);
  await expect.poll(async () => (await sider.boundingBox())?.width).toBe(200);
  await page.mouse.move(700, 400);
  await expect(tooltip(page)).toHaveCount(0);
  await item(page, m.partnerNav.mitra).hover();
  await expect(item(page, m.partnerNav.mitra)).toContainText(m.partnerNav.mitra);
  // Hovering a named item opens nothing (a tooltip appears after a short delay, if at all).
  await page.waitForTimeout(600);
  await expect(tooltip(page)).toHaveCount(0);
  await saveScreen(page, 'menu-unfolded-no-tooltip');
});
