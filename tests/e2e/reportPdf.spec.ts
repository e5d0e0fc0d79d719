// The printed report for the mayor's office as a real PDF: the print page opened in Chromium,
// printed with the very options the desktop shell gives printToPDF (electron/core/print/reportPdf),
// then read back with poppler (pdfinfo, pdftotext, pdfimages) and rendered page by page for a
// person to look at (test-results/screens/report-pdf-*.png).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/e2e';
import { makePng } from '../support/png';
import { saveScreen } from '../support/screens';
import type { Api } from '../support/api';
import { playwrightPdfOptions } from '../../electron/core/print/reportPdf';
import { reportFooterLabel, reportPrintRoute, type ReportPaper } from '../../shared/domain/reportPrint';
import { formatLongDate } from '../../shared/format/date';
import { fill, messages } from '../../shared/i18n';

const r = messages.reportPrint;
const t = messages.exportText;
const OUT = path.join('test-results', 'report-pdf');
const SCREENS = path.join('test-results', 'screens');

const OFFICE = {
  government: 'PEMERINTAH KOTA BALIKPAPAN',
  officeName: 'DINAS KOPERASI, USAHA MIKRO, KECIL DAN MENENGAH DAN PERINDUSTRIAN',
  addressLines: ['Jl. Jenderal Sudirman No. 1, Klandasan Ulu', 'Balikpapan 76114'],
  phone: '(0542) 421 234',
  email: 'dkumkmp@balikpapan.go.id',
  city: 'Balikpapan',
  emblem: { mime: 'image/png' as const, base64: makePng(96, 110, [180, 20, 30]).toString('base64') },
  signatoryPosition: 'Kepala Dinas Koperasi, UMKM dan Perindustrian Kota Balikpapan',
  signatoryName: 'Dr. H. Heruressandy Mainsyah, S.E., M.Si.',
  signatoryRank: 'Pembina Utama Muda (IV/c)',
  signatoryNip: '197001011995031001',
};

const sh = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
/** pdftotext's text of one page (1-based), with runs of white space made single spaces. */
const pageText = (file: string, n: number) => sh('pdftotext', ['-f', String(n), '-l', String(n), '-layout', file, '-']).replace(/\s+/g, ' ');

async function printReport(page: Page, api: Api, paper: ReportPaper, from: string, to: string) {
  await page.goto(`#${reportPrintRoute({ from, to, paper })}`);
  await expect(page.locator('body')).toHaveAttribute('data-ready', '1', { timeout: 30_000 });
  await saveScreen(page, `report-print-${paper}`);
  fs.mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `laporan-${paper}.pdf`);
  await page.emulateMedia({ media: 'print' });
  fs.writeFileSync(file, await page.pdf(playwrightPdfOptions(paper, reportFooterLabel(from, to))));
  const info = sh('pdfinfo', [file]);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  const texts = Array.from({ length: pages }, (_, i) => pageText(file, i + 1));
  // Renders of every page, for a person to look at.
  fs.mkdirSync(SCREENS, { recursive: true });
  for (const old of fs.readdirSync(SCREENS).filter((f) => f.startsWith(`report-pdf-${paper}-`))) fs.rmSync(path.join(SCREENS, old));
  sh('pdftoppm', ['-r', '60', '-png', file, path.join(SCREENS, `report-pdf-${paper}`)]);
  const summary = await api.call('report:summary', { from, to, paper });
  return { file, pages, width: Number(size[1]), height: Number(size[2]), texts, summary };
}

/** The (1-based) page whose text holds `needle`, first from `start`. */
const pageOf = (texts: string[], needle: string, start = 1) => texts.findIndex((x, i) => i + 1 >= start && x.includes(needle)) + 1;

test.describe('the printed report (PDF)', () => {
  test.use({ seedDemo: 400 });
  test.setTimeout(180_000);

  test('A4 landscape: kop, summary pages, details with repeated headers, sign-off, Halaman n dari m', async ({ page, api }) => {
    await api.call('office:set', OFFICE);
    // Three years, so the list of UMKM that rose runs over several pages.
    const year = new Date().getFullYear();
    const [from, to] = [`${year - 2}-01-01`, `${year}-12-31`];
    const naik = await api.call('progress:reportList', { period: { from, to }, outcome: 'naik', pageSize: 500 });
    const agreements = await api.call('kemitraan:list', { from, to, pageSize: 500 });
    const pdf = await printReport(page, api, 'A4', from, to);
    const { texts, pages } = pdf;

    // A4 landscape: 842 × 595 pt.
    expect(Math.abs(pdf.width - 841.89)).toBeLessThan(1);
    expect(Math.abs(pdf.height - 595.28)).toBeLessThan(1);

    // Every page numbered "Halaman n dari m", with the report it belongs to.
    texts.forEach((text, i) => expect(text, `page ${i + 1}`).toContain(fill(r.footerPage, { page: i + 1, pages })));
    expect(texts[0]).toContain(reportFooterLabel(from, to));

    // Page 1: the kop (with the emblem as the PDF's one picture: the charts are vectors), the title, section A.
    for (const line of [OFFICE.government, OFFICE.officeName, ...OFFICE.addressLines, t.reportTitle, fill(r.periodLine, { from: `01/01/${year - 2}`, to: `31/12/${year}` }), t.sectionClass, r.chartClassTitle]) {
      expect(texts[0]).toContain(line);
    }
    const images = sh('pdfimages', ['-list', pdf.file]).trim().split('\n').slice(2);
    expect(images, 'one picture: the emblem').toHaveLength(1);
    expect(images[0]).toMatch(/^\s*1\s/);
    // The charts' text is real text (SVG), not pixels.
    expect(texts.join(' ')).toContain(r.chartNaik);

    // The summary on its own pages, the details after it, each section's heading with its table.
    const firstDetail = pageOf(texts, r.detailNaik);
    const summaryEnd = pageOf(texts, t.sectionMeetings);
    expect(summaryEnd).toBeGreaterThan(0);
    expect(firstDetail).toBeGreaterThan(summaryEnd);
    expect(texts[firstDetail - 1]).not.toContain(t.sectionMeetings);
    for (const heading of [t.sectionClass, t.sectionNaik, t.sectionNaikKecamatan, t.sectionKemitraan, t.sectionSupport]) {
      const p = pageOf(texts, heading);
      expect(p, heading).toBeGreaterThan(0);
      expect(p, heading).toBeLessThan(firstDetail);
      expect(texts[p - 1], `${heading}: its table on its page`).toContain(t.totalLabel);
    }
    // Rincian B.1 starts a page with its header and its first UMKM; the list runs on with the header repeated.
    expect(naik.total).toBeGreaterThan(25);
    expect(texts[firstDetail - 1]).toContain(messages.fields.businessName);
    expect(texts[firstDetail - 1]).toContain(naik.items[0]!.businessName);
    const naikLast = pageOf(texts, naik.items.at(-1)!.businessName, firstDetail);
    expect(naikLast, 'the list of naik runs over more than one page').toBeGreaterThan(firstDetail);
    for (let p = firstDetail; p <= naikLast; p++) {
      expect(texts[p - 1], `page ${p}: the header repeated`).toContain(r.colClassFrom);
      expect(texts[p - 1], `page ${p}: the list's title repeated`).toContain(r.detailNaik);
    }
    const kemitraanPage = pageOf(texts, r.detailKemitraan);
    expect(kemitraanPage).toBeGreaterThan(naikLast);
    expect(texts[kemitraanPage - 1]).toContain(agreements.items[0]!.number);

    // The last page: the end of the last list, the note on the registry, the sign-off.
    const last = texts[pages - 1]!;
    const registered = pdf.summary.classByKecamatan.reduce((s, k) => s + k.counts.mikro + k.counts.kecil + k.counts.menengah + k.counts.besar, 0);
    expect(last).toContain(fill(r.signedAt, { city: 'Balikpapan', date: formatLongDate(pdf.summary.today) }));
    for (const line of [OFFICE.signatoryPosition, OFFICE.signatoryName, OFFICE.signatoryRank, 'NIP 19700101 199503 1 001']) expect(last).toContain(line);
    expect(last).toContain(t.totalLabel);
    expect(last).toContain(r.colValue);
    expect(last).toContain(`(${registered.toLocaleString('de-DE')} UMKM)`);
    expect(pageOf(texts, OFFICE.signatoryName)).toBe(pages);
  });

  test('F4 landscape: 330 × 215 mm', async ({ page, api }) => {
    await api.call('office:set', OFFICE);
    const year = String(new Date().getFullYear() - 1);
    const pdf = await printReport(page, api, 'F4', `${year}-01-01`, `${year}-12-31`);
    // 330 × 215 mm = 935.4 × 609.4 pt.
    expect(Math.abs(pdf.width - 935.43)).toBeLessThan(1);
    expect(Math.abs(pdf.height - 609.45)).toBeLessThan(1);
    expect(pdf.texts[0]).toContain(fill(r.yearLine, { year }));
    expect(pdf.texts[0]).toContain(fill(r.footerPage, { page: 1, pages: pdf.pages }));
    expect(pdf.texts.at(-1)).toContain(fill(r.footerPage, { page: pdf.pages, pages: pdf.pages }));
    expect(pdf.texts.at(-1)).toContain(OFFICE.signatoryName);
  });

  test('in the browser preview the Laporan page opens the print page in a tab of its own, with Cetak', async ({ page, api }) => {
    await api.call('office:set', OFFICE);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('#/laporan');
    await page.getByText(messages.exportPages.paperF4).click();
    await expect(page.getByRole('button', { name: r.downloadPdf })).toHaveCount(0); // no printToPDF in a browser
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: r.openPrint }).click();
    const tab = await popup;
    const year = new Date().getFullYear();
    await expect(tab).toHaveURL(new RegExp(`#${reportPrintRoute({ from: `${year}-01-01`, to: `${year}-12-31`, paper: 'F4' }).replace(/[?]/g, '\\?')}$`));
    await expect(tab.locator('body')).toHaveAttribute('data-ready', '1', { timeout: 30_000 });
    await expect(tab.getByTestId('report-print')).toHaveAttribute('data-paper', 'F4');
    await expect(tab.getByTestId('report-kop')).toContainText(OFFICE.officeName);
    await expect(tab.getByRole('button', { name: r.print })).toBeVisible();
    await tab.setViewportSize({ width: 1366, height: 768 });
    await saveScreen(tab, 'report-print-tab');
  });
});
