// The registry screen on a registry of realistic size: typing in its search box stays fluid and the
// results follow soon after the last key; at 1024 px the menu folds to icons and the columns that
// identify a UMKM and its class stay on screen. The bounds asserted here are loose enough for a
// loaded 2-core CI machine; the figures measured are printed for the benchmark's targets.
import type { Page } from '@playwright/test';
import { test, expect } from '../support/e2e';
import { SCREENS, saveScreen } from '../support/screens';
import { fill, messages } from '../../shared/i18n';
import { registryRows, registryTotal, searchBox } from '../support/umkmUi';
import { quantile, recordKeyLatency, takeKeyLatencies, throttleCpu, whenListed } from '../support/searchTimingUi';

const m = messages;
const f = m.fields;

/** UMKM in the seeded registry: enough that a full re-render of the list is felt. */
const SEEDED = 2000;
/** How much slower than this machine the keys are typed (CPU throttling; CPU_THROTTLE overrides). */
const SLOW_PC = Number(process.env.CPU_THROTTLE ?? 4);

test.describe('search on a registry of 2000 UMKM', () => {
  test.use({ seedDemo: SEEDED, viewport: SCREENS[0] });

  test('every key shows at once, even on a slow PC, and the results follow within a second of the last key', async ({ page, api }) => {
    // A name as a clerk types it (about 8 keys a second), whose last key still narrows the list, so
    // the total shown is the answer to the whole term and never to a part of it.
    const count = async (search: string) => (await api.call('umkm:list', { search, pageSize: 50 })).total;
    const owners = (await api.call('umkm:list', { pageSize: 100, page: 3 })).items.map((u) => u.ownerName);
    let term = '';
    let expected = 0;
    for (const owner of owners) {
      const words = owner.split(' ');
      if (words.length < 2) continue;
      const candidate = `${words[0]} ${words[1]!.slice(0, 3)}`;
      const [whole, part] = [await count(candidate), await count(candidate.slice(0, -1))];
      if (whole > 0 && whole < part) {
        [term, expected] = [candidate, whole];
        break;
      }
    }
    expect(term, 'a term whose last key narrows the list').not.toBe('');
    // The query itself, as the page asks it (the slowest of its prefixes), for the report.
    let slowestQuery = 0;
    for (let i = 1; i <= term.length; i++) {
      const t0 = performance.now();
      await count(term.slice(0, i));
      slowestQuery = Math.max(slowestQuery, performance.now() - t0);
    }

    await page.goto('#/umkm');
    await expect(registryTotal(page, SEEDED)).toBeVisible();
    await expect(registryRows(page)).toHaveCount(50);
    await expect(searchBox(page)).toBeFocused();
    await recordKeyLatency(page);
    // Typed on a CPU slowed down four times, as on the office's older PCs (where a key took about
    // 200 ms when the whole page redrew for each); the results are timed at full speed.
    const fullSpeed = await throttleCpu(page, SLOW_PC);

    const listed = whenListed(page, fill(m.registry.total, { n: expected.toLocaleString('id-ID') }));
    await page.keyboard.type(term, { delay: Number(process.env.KEY_DELAY ?? 120) });
    await fullSpeed();
    const afterLastKey = await listed;
    await expect(registryRows(page).first()).toBeVisible();
    const latencies = await takeKeyLatencies(page);
    expect(latencies).toHaveLength(term.length);
    const worst = Math.max(...latencies);
    console.log(
      `registry search, ${SEEDED} UMKM, "${term}" (${term.length} keys, ${expected} found): key latency at ${SLOW_PC}× slower CPU median ${quantile(latencies, 0.5).toFixed(0)} ms, worst ${worst.toFixed(0)} ms; results ${afterLastKey.toFixed(0)} ms after the last key (query ${slowestQuery.toFixed(0)} ms)`,
    );
    await saveScreen(page, 'registry-search');
    // A regression guard, not the target (the target is proven by `npm run bench:search`): the
    // median key took about 230 ms here when the whole page redrew for each key.
    expect(quantile(latencies, 0.5), 'the median key, ms').toBeLessThan(120);
    expect(afterLastKey, 'results after the last key, ms').toBeLessThan(1000);
    await expect(searchBox(page)).toHaveValue(term);
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(term).replace(/%20/g, '(\\+|%20)')}`));
  });
});

/** A column header of the registry table by its title. */
const header = (page: Page, title: string) => page.locator('.ant-table-thead th', { hasText: new RegExp(`^${title}$`) }).first();

for (const screen of SCREENS) {
  test.describe(`the registry at ${screen.width}×${screen.height}`, () => {
    test.use({ seedDemo: 60, viewport: screen });

    test('the columns that identify a UMKM and its class are on screen; the menu folds below 1280 px', async ({ page }) => {
      await page.goto('#/umkm');
      await expect(registryTotal(page, 60)).toBeVisible();
      // The caret is in the search box and the page has not scrolled past its title for it.
      await expect(searchBox(page)).toBeFocused();
      await expect(page.getByRole('heading', { name: m.registry.title })).toBeInViewport({ ratio: 1 });
      const sider = page.getByTestId('app-sider');
      const narrow = screen.width < 1280;
      await expect.poll(async () => (await sider.boundingBox())?.width).toBe(narrow ? 64 : 200);
      await expect(page.getByRole('button', { name: narrow ? m.nav.expandMenu : m.nav.collapseMenu })).toBeVisible();
      for (const title of [f.businessName, 'NIK', f.class]) await expect(header(page, title), title).toBeInViewport({ ratio: 1 });
      const first = registryRows(page).first();
      await expect(first.locator('[data-class]')).toBeInViewport({ ratio: 1 });
      await expect(first.getByRole('link')).toBeInViewport();
      await saveScreen(page, 'registry');

      // The toggle unfolds the menu with its names, and folds it again.
      await page.getByRole('button', { name: narrow ? m.nav.expandMenu : m.nav.collapseMenu }).click();
      await expect.poll(async () => (await sider.boundingBox())?.width).toBe(narrow ? 200 : 64);
      if (narrow) {
        await expect(page.getByRole('menuitem', { name: m.nav.registry })).toContainText(m.nav.registry);
        await saveScreen(page, 'registry-menu-open');
      }
      await page.getByRole('button', { name: narrow ? m.nav.collapseMenu : m.nav.expandMenu }).click();
      await expect.poll(async () => (await sider.boundingBox())?.width).toBe(narrow ? 64 : 200);
    });
  });
}
