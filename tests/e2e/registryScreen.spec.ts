// The registry screen on a registry of realistic size: typing in its search box stays fluid and the
// results follow soon after the last key; at 1024 px the menu folds to icons and the columns that
// identify a UMKM and its class stay on screen. The bounds asserted here are loose enough for a
// loaded 2-core CI machine; the figures measured are printed for the benchmark's targets.
import type { Page } from '@playwright/test';
import { test, expect } from '../support/e2e';
import { SCREENS, saveScreen } from '../support/screens';
import { SEARCH_COUNT_LIMIT } from '../../shared/contract';
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

test.describe('paging a registry of 2000 UMKM', () => {
  test.use({ seedDemo: 2000, viewport: SCREENS[0] });

  test('the next page and the one before are asked for from the keys of the page on screen, and show the right rows', async ({ page, api }) => {
    const names = async (p: number) => (await api.call('umkm:list', { sort: 'ownerName', order: 'desc', page: p, pageSize: 50 })).items.map((u) => u.businessName);
    await page.goto('#/umkm?sort=ownerName&order=desc');
    await expect(registryTotal(page, 2000)).toBeVisible();
    const shown = async () => (await registryRows(page).getByRole('link').allInnerTexts()).map((t) => t.trim());
    await expect.poll(shown).toEqual(await names(1));
    // The request for page 2 carries page 1's keys (main reads page 2 from page 1's last row).
    const askedNext = page.waitForRequest((r) => r.url().includes('/api/umkm%3Alist') && /"page":2\b/.test(r.postData() ?? '') && /"near":\{"page":1,/.test(r.postData() ?? ''));
    await page.locator('.ant-pagination-next').click();
    await askedNext;
    await expect(page).toHaveURL(/page=2/);
    await expect.poll(shown).toEqual(await names(2));
    const askedNextAgain = page.waitForRequest((r) => /"page":3\b/.test(r.postData() ?? '') && /"near":\{"page":2,/.test(r.postData() ?? ''));
    await page.locator('.ant-pagination-next').click();
    await askedNextAgain;
    await expect.poll(shown).toEqual(await names(3));
    // And back: page 2 from page 3's first row.
    const askedBack = page.waitForRequest((r) => /"page":2\b/.test(r.postData() ?? '') && /"near":\{"page":3,/.test(r.postData() ?? ''));
    await page.locator('.ant-pagination-prev').click();
    await askedBack;
    await expect.poll(shown).toEqual(await names(2));
    await saveScreen(page, 'registry-paging');
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

// A search is never counted to its end: past SEARCH_COUNT_LIMIT matches the header says "lebih
// dari 1.000 UMKM", the pager pages the first 1,000 found and says so, and a narrower search or a
// filter brings the exact count back.
for (const screen of SCREENS) {
  test.describe(`a search with many matches at ${screen.width}×${screen.height}`, () => {
    test.use({ seedDemo: 2000, viewport: screen });

    test('says "lebih dari 1.000 UMKM" past the bound, and the exact count once narrowed', async ({ page, api }) => {
      await page.goto('#/umkm');
      await expect(registryTotal(page, 2000)).toBeVisible();
      // Every demo NIK starts 6471: all 2,000 match.
      await searchBox(page).fill('6471');
      const more = fill(m.registry.totalMore, { n: SEARCH_COUNT_LIMIT.toLocaleString('id-ID') });
      const total = page.getByTestId('registry-total');
      await expect(total).toHaveText(`${more} · ${fill(m.registry.totalHintMore, { n: SEARCH_COUNT_LIMIT.toLocaleString('id-ID') })}`);
      await expect(registryRows(page)).toHaveCount(50);
      // The pager: 20 pages of the first 1,000 found, its range said against "lebih dari 1.000".
      const pager = page.locator('.ant-pagination');
      await expect(pager.getByText(fill(m.pc.pageRange, { from: 1, to: 50, total: fill(m.registry.pagerMore, { n: SEARCH_COUNT_LIMIT.toLocaleString('id-ID') }) }))).toBeVisible();
      await expect(pager.getByTitle('20', { exact: true })).toBeVisible();
      await expect(pager.getByTitle('21', { exact: true })).toHaveCount(0);
      await saveScreen(page, 'registry-search-more');
      await pager.scrollIntoViewIfNeeded();
      await saveScreen(page, 'registry-search-more-pager');

      // Narrowed by a kecamatan, every match is counted again.
      const kecamatan = '64.71.05';
      const exact = (await api.call('umkm:list', { search: '6471', kecamatan, pageSize: 1 })).total;
      expect(exact).toBeGreaterThan(0);
      expect(exact).toBeLessThanOrEqual(SEARCH_COUNT_LIMIT);
      await page.goto(`#/umkm?q=6471&kecamatan=${kecamatan}`);
      await expect(total).toHaveText(fill(m.registry.total, { n: exact.toLocaleString('id-ID') }));
    });
  });
}
