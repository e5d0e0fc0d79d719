// The printed report in the real desktop app: report:pdf prints the print page in a hidden
// window with webContents.printToPDF, and file:save writes it where the (stubbed) save dialog says.
// The PDF is read back with poppler. Skips, saying why, where Electron's binary or its build of
// better-sqlite3 is missing (as on machines that cannot download it), like app.spec.ts.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import type { Channel } from '../../shared/contract/channels';
import { fill, messages } from '../../shared/i18n';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const electronPkg = path.join(ROOT, 'node_modules', 'electron');

function electronBinary(): string | null {
  try {
    const bin = path.join(electronPkg, 'dist', fs.readFileSync(path.join(electronPkg, 'path.txt'), 'utf8').trim());
    return fs.existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}
const version = JSON.parse(fs.readFileSync(path.join(electronPkg, 'package.json'), 'utf8')).version as string;
const nativeBuild = path.join(ROOT, 'build', 'native', `electron-${version}`, 'better_sqlite3.node');
const binary = electronBinary();
const missing = !binary ? `Electron ${version} binary is not installed (node_modules/electron/dist).` : !fs.existsSync(nativeBuild) ? `better-sqlite3 has no Electron build at ${path.relative(ROOT, nativeBuild)}.` : null;
if (missing) console.log(`[electron] report PDF skipped: ${missing}`);

test.describe('Electron: the printed report', () => {
  test.skip(missing !== null, missing ?? '');
  test.setTimeout(180_000);

  test('report:pdf prints A4 landscape with "Halaman n dari m", then the save dialog writes it', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-electron-pdf-'));
    const target = path.join(dataDir, 'Laporan.pdf');
    const app = await electron.launch({ executablePath: binary!, args: [ROOT], env: { ...process.env, KEMITRAAN_DATA_DIR: dataDir } });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('heading', { name: messages.auth.ui.setupTitle })).toBeVisible();
      const call = (channel: Channel, payload: unknown) =>
        page.evaluate(async ([c, p]) => (window as unknown as { kemitraan: Record<string, (x: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>> }).kemitraan[c as string]!(p), [channel, payload] as const);
      expect((await call('auth:setup', { username: 'admin', fullName: 'Admin Dinas', password: 'admin-electron-1' })).ok).toBe(true);
      expect((await call('demo:seed', { umkm: 120 })).ok).toBe(true);
      const office = await call('office:get', {});
      expect((await call('office:set', { ...(office.value as object), signatoryName: 'Dr. H. Nama Kepala Dinas, S.E., M.Si.', signatoryNip: '197001011995031001' })).ok).toBe(true);

      const year = new Date().getFullYear();
      const printed = await call('report:pdf', { from: `${year}-01-01`, to: `${year}-12-31`, paper: 'A4' });
      expect(printed.ok, printed.error?.message).toBe(true);
      // The hidden window is gone once printed.
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

      await app.evaluate(({ dialog }, file) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog;
      }, target);
      const saved = await call('file:save', { fileId: (printed.value as { file: { fileId: string } }).file.fileId });
      expect(saved.value).toEqual({ saved: true, path: target });

      const info = execFileSync('pdfinfo', [target], { encoding: 'utf8' });
      const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
      expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts/);
      const text = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', target, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text(1)).toContain(fill(messages.reportPrint.footerPage, { page: 1, pages }));
      expect(text(1)).toContain(messages.exportText.reportTitle);
      expect(text(pages)).toContain(fill(messages.reportPrint.footerPage, { page: pages, pages }));
      expect(text(pages)).toContain('Dr. H. Nama Kepala Dinas, S.E., M.Si.');
      expect(text(pages)).toContain('NIP 19700101 199503 1 001');
    } finally {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
