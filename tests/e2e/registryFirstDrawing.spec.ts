// The registry's first drawing holds the rows its table can show, and more than fit, so its scroll
// bar and column widths are already those of the full page; the rest of the page's 50 rows follow
// right after, in the background (issue 12, first render).
import { test, expect } from '../support/e2e';
import { SCREENS, saveScreen } from '../support/screens';
import { registryRows, registryTotal } from '../support/umkmUi';

interface FirstDrawing {
  rows: number;
  overflows: boolean;
  widths: number[];
}

test.use({ seedDemo: 60 });

for (const screen of SCREENS) {
  test(`the first drawing has the rows on screen and more; all 50 follow, the columns unmoved (${screen.width}x${screen.height})`, async ({ page }) => {
    await page.setViewportSize(screen);
    // What the table held the moment its first rows were put in the page.
    await page.addInitScript(() => {
      const w = window as unknown as { __first?: FirstDrawing };
      new MutationObserver((_, observer) => {
        const rows = document.querySelectorAll('.ant-table-tbody tr.ant-table-row');
        if (!rows.length) return;
        observer.disconnect();
        const body = document.querySelector('.ant-table-body')!.getBoundingClientRect();
        w.__first = {
          rows: rows.length,
          overflows: rows[rows.length - 1]!.getBoundingClientRect().bottom > body.bottom,
          widths: [...document.querySelectorAll('.ant-table-thead th')].map((th) => Math.round(th.getBoundingClientRect().width)),
        };
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('#/umkm');
    await expect(registryRows(page)).toHaveCount(50);
    await expect(registryTotal(page, 60)).toBeVisible();
    const first = await page.evaluate(() => (window as unknown as { __first: FirstDrawing }).__first);
    expect(first.rows, 'the first drawing leaves the rows below the fold for later').toBeLessThan(50);
    expect(first.overflows, 'the first drawing already fills the table past its bottom').toBe(true);
    const widths = await page.locator('.ant-table-thead th').evaluateAll((ths) => ths.map((th) => Math.round(th.getBoundingClientRect().width)));
    expect(widths).toEqual(first.widths);
    // The last of the 50 is reached by scrolling the table, as ever.
    await registryRows(page).last().scrollIntoViewIfNeeded();
    await expect(registryRows(page).last()).toBeInViewport();
    await saveScreen(page, 'registry-scrolled-to-last');
  });
}
