// A clerk at DKUMKMP opens one UMKM's "Riwayat pembinaan & fasilitasi": its certificates,
// trainings, assistance, partnership and monitoring visits in one dated list, narrowed by kind and
// exported to Excel; the naik kelas move on the same page names what the UMKM received between
// its two records; the dashboard shows last year's coaching figures. Data is arranged through the
// registers' own channels; every test runs on its own server and database.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/e2e';
import type { Api } from '../support/api';
import { fill, messages } from '../../shared/i18n';
import { todayIso } from '../../shared/format/date';
import { SCREENS, saveScreen } from '../support/screens';

const t = messages.riwayatText;
const f = messages.pembinaanFigures;
/** Last year on the clerk's clock: every record below is dated in it. */
const Y = Number(todayIso().slice(0, 4)) - 1;
const OUT = '/tmp/h15f/downloads';

/** Amplang Bu Sari: mikro in Y-1, kecil at Y-12-01; in between a halal certificate, a training, a sealer; an agreement with a visit. */
async function arrange(api: Api) {
  const u = await api.call('umkm:create', {
    businessName: 'Amplang Bu Sari',
    ownerName: 'Sari Rahmawati',
    nik: '6471054506880001',
    address: 'Jl. Marsma R. Iswahyudi No. 12',
    kecamatan: '64.71.05',
    kelurahan: '64.71.05.1002',
    sector: 'kuliner',
    annualSales: 900_000_000,
    capital: 50_000_000,
    registeredAt: `${Y - 1}-06-01`,
  });
  await api.call('progress:add', { umkmId: u.id, date: `${Y}-12-01`, annualSales: 2_600_000_000, source: 'survei' });
  await api.call('sertifikat:create', { umkmId: u.id, kind: 'halal', status: 'terbit', submittedAt: `${Y}-02-01`, issuedAt: `${Y}-04-10`, number: 'ID64110000123', validUntil: `${Y + 4}-04-10` });
  await api.call('sertifikat:create', { umkmId: u.id, kind: 'pirt', status: 'diajukan', submittedAt: `${Y}-09-01` });
  const k = await api.call('kegiatan:create', { name: 'Bimtek Pengemasan Produk', date: `${Y}-03-05`, endDate: `${Y}-03-06`, venue: 'Aula Dinas KUMKMP', kind: 'pelatihan', komunitasIds: [], mitraIds: [] });
  await api.call('kegiatan:addParticipants', { id: k.id, umkmIds: [u.id] });
  await api.call('kegiatan:attend', { id: k.id, day: `${Y}-03-05`, marks: [{ umkmId: u.id, status: 'hadir' }] });
  await api.call('bantuan:create', { umkmId: u.id, kind: 'peralatan', item: 'Mesin sealer', value: 5_000_000, fundSource: 'apbd', year: Y, handedAt: `${Y}-05-01`, handoverNumber: `BAST/05/${Y}`, confirm: ['repeat', 'not_umkm', 'inactive'] });
  const hotel = await api.call('mitra:create', { name: 'Hotel Platinum Balikpapan', kind: 'hotel', kecamatan: '64.71.06', interestSectors: ['kuliner'], offers: ['pemasaran'], targetClasses: ['mikro'] });
  const ag = await api.call('kemitraan:create', { mitraId: hotel.id, umkmId: u.id, startDate: `${Y}-01-15`, pattern: 'rantai_pasok', supports: [{ kind: 'pemasaran', description: 'Etalase di lobi', value: 2_000_000 }] });
  await api.call('kemitraan:setStatus', { id: ag.id, status: 'aktif', signedAt: `${Y}-01-10` });
  await api.call('monev:create', {
    kemitraanId: ag.id,
    date: `${Y}-11-20`,
    officer: 'Rudi Hartono',
    method: 'kunjungan_lapangan',
    nextStep: 'Tambah varian pedas',
    products: [
      { product: 'Amplang 250 g', sales: 'laku' },
      { product: 'Amplang pedas', sales: 'kurang_laku' },
    ],
  });
  return u;
}

const items = (page: Page) => page.getByTestId('riwayat-item');

async function openHistory(page: Page, umkmId: number) {
  await page.goto(`#/umkm/${umkmId}`);
  await page.getByTestId('umkm-register-tabs').getByRole('tab', { name: t.tab, exact: true }).click();
  await expect(page.getByTestId('umkm-riwayat')).toBeVisible();
}

for (const size of SCREENS) {
  test.describe(`at ${size.width}x${size.height}`, () => {
    test.use({ viewport: size });

    test('a clerk reads, narrows and exports a UMKM history, and sees the support under its move', async ({ page, api }) => {
      const u = await arrange(api);
      await openHistory(page, u.id);

      // Newest first: the visit, the PIRT application, the sealer, the halal issue, the training, the halal application, the agreement.
      await expect(items(page)).toHaveCount(7);
      await expect(items(page).first()).toContainText(`20/11/${Y}`);
      await expect(items(page).first()).toContainText('Hotel Platinum Balikpapan');
      await expect(items(page).first()).toContainText('Amplang 250 g: Laku');
      const dates = await items(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-date') ?? ''));
      expect(dates).toEqual([...dates].sort().reverse());
      await expect(items(page).filter({ hasText: 'Mesin sealer' })).toContainText('Rp 5.000.000');
      await expect(items(page).filter({ hasText: 'Bimtek Pengemasan Produk' })).toContainText(`05/03/${Y} s.d. 06/03/${Y}`);
      await page.getByTestId('umkm-riwayat').scrollIntoViewIfNeeded();
      await saveScreen(page, 'riwayat-tab');
      // No part of the tab is wider than the screen.
      const overflow = await page.getByTestId('umkm-riwayat').evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBeLessThanOrEqual(1);

      // Only the certificates.
      await page.getByTestId('riwayat-filter').getByText(`${t.kinds.sertifikat} (3)`).click();
      await expect(items(page)).toHaveCount(3);
      for (const kind of await items(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))) expect(kind).toBe('sertifikat');
      await saveScreen(page, 'riwayat-tab-sertifikat');

      // The export writes the list as filtered.
      const download = page.waitForEvent('download');
      await page.getByTestId('umkm-riwayat').getByRole('button', { name: t.export }).click();
      const d = await download;
      fs.mkdirSync(OUT, { recursive: true });
      const file = path.join(OUT, `${size.width}-${d.suggestedFilename()}`);
      await d.saveAs(file);
      expect(d.suggestedFilename()).toMatch(new RegExp(`^Riwayat-${u.id}-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.worksheets[0]!;
      expect(ws.getCell('A1').text).toContain('Amplang Bu Sari');
      const kinds: string[] = [];
      ws.eachRow((row, n) => {
        // Below the header row (five title lines above it), the dated rows; the money total closes the list.
        if (n > 6 && row.getCell(2).value instanceof Date) kinds.push(row.getCell(3).text);
      });
      expect(kinds).toEqual(['Sertifikat', 'Sertifikat', 'Sertifikat']);

      // The move up to kecil names the halal certificate, the training and the sealer received before it.
      const support = page.getByTestId('progress-section').getByTestId('move-support');
      await expect(support).toContainText(t.moveSupport);
      await expect(support.locator('li')).toHaveCount(3);
      await expect(support).toContainText('Sertifikat halal terbit');
      await expect(support).toContainText('Pelatihan / bimtek: Bimtek Pengemasan Produk');
      await expect(support).toContainText('Bantuan Peralatan: Mesin sealer');
      await support.scrollIntoViewIfNeeded();
      await saveScreen(page, 'riwayat-move-support');
    });

    test("the dashboard shows last year's certificates, UMKM trained, assistance and monitoring", async ({ page, api }) => {
      await arrange(api);
      await page.goto('#/');
      const card = page.getByTestId('pembinaan-figures');
      await expect(card).toBeVisible();
      await card.getByText(fill(messages.yearShortcuts.lastYear, { year: Y })).click();
      await expect(card).toContainText(fill(f.title, { year: Y }));
      await expect(card.getByTestId('stat-cert-submitted')).toContainText('2');
      await expect(card.getByTestId('stat-cert-issued')).toContainText('1');
      await expect(card.getByTestId('stat-trained')).toContainText('1');
      await expect(card.getByTestId('stat-assistance')).toContainText('1');
      await expect(card.getByTestId('stat-assistance-value')).toContainText('Rp 5.000.000');
      await expect(card.getByTestId('stat-reviewed')).toContainText('1');
      await expect(card.getByTestId('products-selling').locator('[data-sales="laku"]')).toContainText('1');
      await expect(card.getByTestId('products-selling').locator('[data-sales="kurang_laku"]')).toContainText('1');
      await expect(card.getByTestId('assistance-by-source').getByRole('row', { name: /APBD Kota/ })).toContainText('Rp 5.000.000');
      await expect(card.getByTestId('cert-by-kind').getByRole('row', { name: /Sertifikat halal/ })).toContainText('1');
      await card.scrollIntoViewIfNeeded();
      await saveScreen(page, 'dashboard-pembinaan');
      const overflow = await card.evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBeLessThanOrEqual(1);

      // This year nothing has happened yet.
      await card.getByText(fill(messages.yearShortcuts.thisYear, { year: Y + 1 })).click();
      await expect(card.getByTestId('stat-cert-issued')).toContainText('0');
      await expect(card.getByTestId('stat-trained')).toContainText('0');
    });
  });
}

test.describe('the printed report', () => {
  test.use({ viewport: SCREENS[0] });

  test("states last year's certificates, training, monitoring and assistance in sections F, G and H", async ({ page, api }) => {
    await arrange(api);
    await page.goto(`#/cetak/laporan?from=${Y}-01-01&to=${Y}-12-31&paper=A4`);
    await expect(page.locator('body')).toHaveAttribute('data-ready', '1', { timeout: 30_000 });
    const cert = page.getByTestId('section-F');
    await expect(cert).toContainText(f.sectionCert);
    await expect(cert.getByRole('row', { name: /Sertifikat halal/ })).toContainText(`${Y}`);
    await expect(cert.locator('tfoot, tr').last()).toContainText('2');
    const g = page.getByTestId('section-G');
    await expect(g.getByRole('row', { name: new RegExp(f.rowReviewed) })).toContainText('1');
    await expect(g.getByRole('row', { name: /Produk laku/ })).toContainText('1');
    const h = page.getByTestId('section-H');
    await expect(h.getByRole('row', { name: /APBD Kota/ })).toContainText('Rp 5.000.000');
    await cert.scrollIntoViewIfNeeded();
    await saveScreen(page, 'report-print-pembinaan');
  });
});

