// A clerk's path through attachments: on a UMKM's page, tab "Lampiran", attach a real PNG (a
// product photo) and a real PDF (the NIB), see the photo's thumbnail, download the PDF (the browser
// preview stands in for the system viewer), have a renamed program refused with the reason, delete
// the photo and get it back from the recycle bin. Screens at 1366x768 and 1024x640.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/e2e';
import { fill, messages } from '../../shared/i18n';
import type { InputOf } from '../../shared/contract';
import { makePng } from '../support/png';
import { makePdf } from '../support/pdf';
import { SCREENS, saveScreen } from '../support/screens';

const t = messages.lampiran;
const tp = messages.trashPage;

const SARI: InputOf<'umkm:create'> = {
  businessName: 'Amplang Kepiting Bu Sari',
  ownerName: 'Sari Rahmawati',
  nik: '6471054506880001',
  address: 'Jl. Marsma R. Iswahyudi No. 12',
  kecamatan: '64.71.05',
  kelurahan: '64.71.05.1002',
  sector: 'kuliner',
  annualSales: 250_000_000,
};

const png = makePng(240, 180, [11, 110, 79]);
const pdf = makePdf('NIB 9120001234567');

const panel = (page: Page) => page.getByTestId('lampiran');
const rowOf = (page: Page, name: string) => panel(page).locator('tr.ant-table-row').filter({ hasText: name });

async function attach(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, category?: string, caption?: string, screen?: string) {
  const chooser = page.waitForEvent('filechooser');
  await panel(page).getByTestId('lampiran-add').click();
  await (await chooser).setFiles(file);
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('lampiran-chosen')).toContainText(file.name);
  if (category) {
    await dialog.getByTestId('lampiran-category').click();
    await page.locator('.ant-select-item-option').filter({ hasText: category }).click();
  }
  if (caption) await dialog.getByTestId('lampiran-caption').fill(caption);
  if (screen) await saveScreen(page, screen);
  await dialog.getByRole('button', { name: t.save }).click();
}

for (const screen of SCREENS) {
  test.describe(`at ${screen.width}x${screen.height}`, () => {
    test.use({ viewport: screen });

    test('a clerk attaches a photo and a PDF to a UMKM, sees the thumbnail, deletes and restores it', async ({ page, api }) => {
      const sari = await api.call('umkm:create', SARI);
      await page.goto(`#/umkm/${sari.id}`);
      const tabs = page.getByTestId('umkm-register-tabs');
      await tabs.getByRole('tab', { name: t.tab }).click();
      await expect(panel(page)).toContainText(t.empty);

      await attach(page, { name: 'foto amplang.png', mimeType: 'image/png', buffer: png }, t.categories.foto_produk, 'Kemasan baru di rak oleh-oleh', 'lampiran-add-dialog');
      await expect(page.getByText(t.added)).toBeVisible();
      const photo = rowOf(page, 'foto amplang.png');
      await expect(photo).toContainText(t.categories.foto_produk);
      await expect(photo).toContainText('Kemasan baru di rak oleh-oleh');
      // The thumbnail is the picture itself, drawn at its small size.
      const thumb = photo.getByTestId('lampiran-thumb').locator('img');
      await expect(thumb).toBeVisible();
      await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(240);

      await attach(page, { name: 'NIB Bu Sari.pdf', mimeType: 'application/pdf', buffer: pdf }, t.categories.nib);
      const letter = rowOf(page, 'NIB Bu Sari.pdf');
      await expect(letter).toContainText(t.categories.nib);
      await expect(letter.getByRole('img', { name: 'PDF', exact: true })).toBeVisible();

      // A program renamed to look like a photo is refused in the dialog, with the reason.
      await attach(page, { name: 'ktp.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('MZ\x90\x00 bukan gambar') });
      await expect(page.getByTestId('lampiran-error')).toHaveText(fill(t.errors.badType, { name: 'ktp.jpg' }));
      await page.getByRole('dialog').getByRole('button', { name: t.cancel }).click();
      await expect(panel(page).locator('tr.ant-table-row')).toHaveCount(2);

      await panel(page).scrollIntoViewIfNeeded();
      await saveScreen(page, 'lampiran-umkm-tab');

      // In the browser the PDF is downloaded (the desktop app opens it with the computer's viewer).
      const download = page.waitForEvent('download');
      await letter.getByRole('button', { name: `${t.download} NIB Bu Sari.pdf` }).click();
      const saved = await download;
      expect(saved.suggestedFilename()).toBe('NIB Bu Sari.pdf');
      expect(fs.readFileSync(await saved.path()).equals(pdf)).toBe(true);

      // Delete the photo: asked first, then it goes to the recycle bin.
      await photo.getByRole('button', { name: `${t.delete} foto amplang.png` }).click();
      const confirm = page.getByRole('dialog').filter({ hasText: fill(t.deleteConfirm, { name: 'foto amplang.png' }) });
      await confirm.getByRole('button', { name: t.delete }).click();
      await expect(page.getByText(t.deleted)).toBeVisible();
      await expect(rowOf(page, 'foto amplang.png')).toHaveCount(0);

      await page.goto('#/sampah?kind=lampiran');
      const binRow = page.getByTestId('trash-table').locator('tr.ant-table-row').filter({ hasText: 'foto amplang.png' });
      await expect(binRow).toContainText(t.categories.foto_produk);
      await page.evaluate(() => window.scrollTo(0, 0));
      await saveScreen(page, 'lampiran-trash');
      await binRow.getByRole('button', { name: tp.restore }).click();
      await expect(page.getByText(fill(tp.restored, { name: 'foto amplang.png' }))).toBeVisible();

      await page.goto(`#/umkm/${sari.id}`);
      await page.getByTestId('umkm-register-tabs').getByRole('tab', { name: t.tab }).click();
      await expect(rowOf(page, 'foto amplang.png').getByTestId('lampiran-thumb').locator('img')).toBeVisible();
      await expect(panel(page).locator('tr.ant-table-row')).toHaveCount(2);
    });
  });
}

test('attachments on a partner\'s page, with the limits said in the card', async ({ page, api }) => {
  const mitra = await api.call('mitra:create', { name: 'Hypermart Balikpapan Baru', kind: 'supermarket', offers: ['pemasaran'] });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`#/mitra/${mitra.id}`);
  await expect(panel(page)).toContainText(t.limits);
  await attach(page, { name: 'MoU Hypermart.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(rowOf(page, 'MoU Hypermart.pdf')).toContainText(t.categories.lainnya);
  await expect(panel(page)).toContainText(`${t.title} (1)`);
});
