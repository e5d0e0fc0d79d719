import '../support/esmDirname';
import { test } from '@playwright/test';
import { startAppServer } from '../support/appServer';
import { connectApi } from '../support/api';

test('explore', async ({ page }) => {
  const s = await startAppServer({ seedDemo: 60 });
  try {
    const api = await connectApi(s.url);
    const l = await api.call('umkm:list', { pageSize: 3 });
    console.log(JSON.stringify(l.items[0]));
    await page.goto(s.url + '#/');
    await page.getByTestId('stat-total').waitFor();
    console.log(await page.getByTestId('stat-total').evaluate((e) => e.outerHTML));
    await page.goto(s.url + '#/umkm');
    await page.locator('.ant-table-row').first().waitFor();
    console.log((await page.locator('main main').evaluate((e) => e.outerHTML)).slice(0, 6000));
    await page.goto(s.url + '#/umkm/baru');
    await page.locator('[data-field="kecamatan"] .ant-select').click();
    await page.locator('.ant-select-dropdown:visible').waitFor();
    console.log(await page.locator('[data-field="kecamatan"]').evaluate((e) => e.outerHTML));
    console.log(await page.locator('.ant-select-dropdown:visible').evaluate((e) => e.outerHTML));
  } finally {
    await s.stop();
  }
});
