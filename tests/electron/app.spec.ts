// The real app in the real Electron binary, driven by Playwright's _electron. This machine cannot
// download Electron's binary, so the test skips, saying why, where the binary or the Electron
// build of better-sqlite3 (made by `npm start`) is missing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import { messages } from '../../shared/i18n';
import { CHANNELS } from '../../shared/contract/channels';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const electronPkg = path.join(ROOT, 'node_modules', 'electron');

/** Finds the binary without requiring 'electron', whose index downloads it when it is missing. */
function electronBinary(): string | null {
  try {
    const rel = fs.readFileSync(path.join(electronPkg, 'path.txt'), 'utf8').trim();
    const bin = path.join(electronPkg, 'dist', rel);
    return fs.existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

const version = JSON.parse(fs.readFileSync(path.join(electronPkg, 'package.json'), 'utf8')).version as string;
const nativeBuild = path.join(ROOT, 'build', 'native', `electron-${version}`, 'better_sqlite3.node');
const binary = electronBinary();
const missing = !binary
  ? `Electron ${version} binary is not installed (node_modules/electron/dist): this machine cannot download it. Run \`npm start\` once on a machine with internet.`
  : !fs.existsSync(nativeBuild)
    ? `better-sqlite3 has no Electron build at ${path.relative(ROOT, nativeBuild)}: run \`node scripts/native-electron.mjs\` (part of \`npm start\`).`
    : null;

// Said on the console too, so a CI log shows why the Electron run was skipped.
if (missing) console.log(`[electron] skipped: ${missing}`);

test.describe('Electron app', () => {
  test.skip(missing !== null, missing ?? '');

  test('opens the locked-down window and adds a UMKM', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: [ROOT],
      env: { ...process.env, KEMITRAAN_DATA_DIR: dataDir },
    });
    try {
      const page = await app.firstWindow();
      // First start: the administrator's account, then the app.
      await expect(page.getByRole('heading', { name: messages.auth.ui.setupTitle })).toBeVisible();
      await page.locator('#field-fullName').fill('Admin Dinas');
      await page.locator('#field-username').fill('admin');
      await page.locator('#field-password').fill('admin-electron-1');
      await page.locator('#field-passwordRepeat').fill('admin-electron-1');
      await page.getByRole('button', { name: messages.auth.ui.setupSubmit }).click();
      await expect(page.getByRole('heading', { name: messages.dashboard.title })).toBeVisible();

      // What the page can reach: no Node, and from the preload only the contract's channels.
      const reach = await page.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        api: Object.keys((globalThis as { kemitraan?: object }).kemitraan ?? {}).sort(),
      }));
      expect(reach).toEqual({ require: 'undefined', process: 'undefined', api: [...CHANNELS].sort() });
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

      await page.getByRole('menuitem', { name: messages.nav.addUmkm }).click();
      await page.locator('#field-businessName').fill('Amplang Kepiting Bu Sari');
      await page.locator('#field-ownerName').fill('Sari Rahmawati');
      await page.locator('#field-nik').fill('6471054506880001');
      await page.locator('#field-address').fill('Jl. Marsma R. Iswahyudi No. 12');
      await page.locator('[data-field="kecamatan"] .ant-select').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Balikpapan Selatan' }).click();
      await page.locator('[data-field="kelurahan"] .ant-select').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Sepinggan Baru' }).click();
      await page.locator('[data-field="sector"] .ant-select').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Kuliner' }).click();
      await page.locator('#field-annualSales').fill('350000000');
      await page.getByRole('button', { name: messages.form.save }).click();
      await expect(page.getByRole('heading', { name: 'Amplang Kepiting Bu Sari' })).toBeVisible();
      await expect(page.getByTestId('class-basis')).toContainText(messages.enums.classBasis.penjualan);
    } finally {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
