import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportInput, type InputOf } from '../../shared/contract';
import { DEFAULT_OFFICE } from '../../shared/contract/office';
import { messages } from '../../shared/i18n';
import { writeReport } from '../../electron/core/excel/export/report/reportWorkbook';
import { seedDemo } from '../../electron/core/services/demo/seedDemo';
import { PROJECT_ROOT } from '../support/cli';
import { call } from '../support/call';
import { queryRow, queryRows } from '../support/dbQuery';
import { pdfPages, pdfPageSizes, pdfPageToPng, pdfWordHeights, printToPdf, SKIP_WITHOUT_SOFFICE, needsLibreOffice } from '../support/libreoffice';
import { tempContext } from '../support/tempDb';

// The report and the lists as an office PC prints them: LibreOffice with Carlito (Calibri's
// metrics) prints every sheet to PDF, and the printed text is read back page by page. No figure
// may print as "###", each section's heading prints on the page of its table, the sign-off never
// stands alone, the detail sheets print at a readable size, and the pages are A4 or F4 landscape.

const t = messages.exportText;
const CARLITO = (() => {
  try {
    return /carlito/i.test(execFileSync('fc-list', { encoding: 'utf8' }));
  } catch {
    return false;
  }
})();
const SCREENS = path.join(PROJECT_ROOT, 'test-results', 'screens');
/** Carlito at 8 pt sets a word about 9.8 pt tall (ascent and descent): the smallest print a reader should get. */
const MIN_WORD_HEIGHT = 8 * 1.2;

let env: Awaited<ReturnType<typeof tempContext>>;

beforeAll(async () => {
  env = await tempContext();
  await seedDemo(env.ctx.db, 60);
  // Figures as big as a city's: a support item and a UMKM worth trillions, so a column sized by
  // a guess would print "###".
  const db = env.ctx.db;
  const support = (await queryRow<{ id: number }>(
    db,
    `SELECT d.id AS id FROM kemitraan_dukungan d JOIN kemitraan k ON k.id = d.kemitraan_id
     WHERE k.deleted_at IS NULL AND k.status IN ('aktif', 'selesai') AND k.start_date <= '2023-12-31' AND (k.end_date IS NULL OR k.end_date >= '2023-01-01') ORDER BY d.id LIMIT 1`,
  ))!;
  await queryRows(db, `UPDATE kemitraan_dukungan SET value = 987654321000 WHERE id = ?`, [support.id]);
  const big = (await queryRow<{ id: number }>(db, `SELECT id FROM umkm WHERE deleted_at IS NULL AND registered_at <= '2023-12-31' ORDER BY id LIMIT 1`))!;
  await queryRows(db, `UPDATE umkm SET annual_sales = 9876543210000, capital = 8765432100000, assets = 7654321000000 WHERE id = ?`, [big.id]);
  await queryRows(db, `UPDATE riwayat_kelas SET annual_sales = 9876543210000, capital = 8765432100000 WHERE umkm_id = ?`, [big.id]);
  await call(env.ctx, 'office:set', {
    ...DEFAULT_OFFICE,
    addressLines: ['Jalan Jenderal Sudirman No. 1, Balikpapan 76111'],
    phone: '(0542) 421234',
    email: 'dkumkmp@balikpapan.go.id',
    signatoryName: 'Dr. Ir. Heria Prisni, M.Si.',
    signatoryRank: 'Pembina Utama Muda (IV/c)',
    signatoryNip: '197001011995031001',
    emblem: { mime: 'image/png', base64: fs.readFileSync(path.join(PROJECT_ROOT, 'resources', 'icon.png')).toString('base64') },
  } as InputOf<'office:set'>);
}, 120_000);

afterAll(async () => {
  await env.cleanup();
});

/** A run of # where a value should print. */
const HASHES = /#{3,}/;

/** The summary's pages: from the first up to the one with the signatory's NIP. */
function summaryPages(pages: string[]): string[] {
  const last = pages.findIndex((p) => p.includes('NIP 19700101 199503 1 001'));
  expect(last, 'the sign-off is printed').toBeGreaterThanOrEqual(0);
  return pages.slice(0, last + 1);
}

/** Whether `heading` and, after it on the same page, the first words of its table's header print together. */
function onOnePage(pages: string[], heading: string, headerWords: string): boolean {
  const page = pages.find((p) => p.includes(heading));
  if (!page) return false;
  return page.indexOf(headerWords, page.indexOf(heading)) > 0;
}

describe.skipIf(SKIP_WITHOUT_SOFFICE)(needsLibreOffice('printed as an office PC prints it (LibreOffice, Carlito)'), () => {
  it('has Carlito, the font with Calibri’s widths', () => {
    // Without it LibreOffice sets Calibri in a wider font and the widths prove nothing.
    expect(CARLITO).toBe(true);
  });

  for (const paper of ['A4', 'F4'] as const) {
    describe(`the 2023 report on ${paper}`, () => {
      let pages: string[];
      let pdf: string;
      beforeAll(async () => {
        const file = path.join(env.dir, `laporan-${paper}.xlsx`);
        await writeReport(file, env.ctx, ReportInput.parse({ from: '2023-01-01', to: '2023-12-31', paper }), { today: '2026-12-07' });
        pdf = printToPdf(file, env.dir);
        pages = pdfPages(pdf);
      }, 180_000);

      it('prints on landscape pages of the paper asked for', () => {
        const want = paper === 'A4' ? { width: 842, height: 595 } : { width: 936, height: 612 };
        const sizes = pdfPageSizes(pdf);
        expect(sizes.length).toBe(pages.length);
        for (const s of sizes) expect([Math.round(s.width), Math.round(s.height)]).toEqual([want.width, want.height]);
      });

      it('prints every figure, none as ###', () => {
        pages.forEach((p, i) => expect(p, `page ${i + 1}`).not.toMatch(HASHES));
        // The big figures print whole (LibreOffice's en-US separators here; Excel uses the PC's).
        const all = pages.join('\n');
        expect(all).toContain('Rp987,654,321,000.00');
        expect(all).toContain('Rp 9,876,543,210,000');
      });

      it('keeps each section heading on the page of its table, the chart with section A, the sign-off with the last table', () => {
        const summary = summaryPages(pages);
        expect(onOnePage(summary, t.sectionClass, t.colKecamatan)).toBe(true);
        expect(onOnePage(summary, t.sectionNaik, 'Perpindahan')).toBe(true);
        expect(onOnePage(summary, t.sectionNaikKecamatan, t.colKecamatan)).toBe(true);
        expect(onOnePage(summary, t.sectionKemitraan, t.colPattern)).toBe(true);
        expect(onOnePage(summary, t.sectionSupport, 'Bentuk')).toBe(true);
        expect(onOnePage(summary, t.sectionMeetings, t.colMeeting)).toBe(true);
        // The chart's title prints beside section A's table, on its page.
        expect(onOnePage(summary, t.sectionClass, t.chartTitle.split(',')[0]!)).toBe(true);
        // The kop: office, address and contact on page 1; the sign-off's page has table rows too.
        expect(summary[0]).toContain(DEFAULT_OFFICE.government);
        expect(summary[0]).toContain('Telepon (0542) 421234, Pos-el dkumkmp@balikpapan.go.id');
        const signPage = summary.at(-1)!;
        expect(signPage).toContain('Balikpapan, 7 Desember 2026');
        expect(signPage).toContain('Dr. Ir. Heria Prisni, M.Si.');
        expect(signPage).toContain('Pembina Utama Muda (IV/c)');
        expect(signPage).toContain(t.totalLabel);
        // Each summary page starts with a section heading (or the kop), never in the middle of a table.
        for (const p of summary.slice(1)) expect(p.trimStart(), p.slice(0, 200)).toMatch(/^(A\.|B\.|B\.1|C\.|D\.|E\.|F\.|G\.|H\.) /);
      });

      it('prints the detail sheets at 8 pt or larger', () => {
        const heights = pdfWordHeights(pdf);
        const first = summaryPages(pages).length;
        expect(heights.length).toBe(pages.length);
        for (let i = first; i < heights.length; i++) {
          const words = [...heights[i]!].sort((a, b) => a - b);
          expect(words[Math.floor(words.length / 2)], `page ${i + 1}`).toBeGreaterThanOrEqual(MIN_WORD_HEIGHT);
        }
      });

      it('renders the summary’s first and last pages for a look', () => {
        const n = summaryPages(pages).length;
        for (const [page, name] of [
          [1, 'first'],
          [n, 'sign-off'],
        ] as const) {
          const png = path.join(SCREENS, `report-summary-${paper}-${name}.png`);
          pdfPageToPng(pdf, page, png, 60);
          expect(fs.statSync(png).size).toBeGreaterThan(5_000);
        }
      });
    });
  }

  it('prints every list export without ###, on A4 landscape', async () => {
    const lists: Array<InputOf<'export:list'>> = [
      { list: 'umkm', query: {} },
      { list: 'mitra', query: {} },
      { list: 'kemitraan', query: {} },
      { list: 'progress', query: { period: { from: '2019-01-01', to: '2026-12-31' }, outcome: 'naik' } },
    ];
    for (const input of lists) {
      const res = await call(env.ctx, 'export:list', input);
      const pdf = printToPdf(env.ctx.files.get(res.file.fileId).path, env.dir);
      const pages = pdfPages(pdf);
      pages.forEach((p, i) => expect(p, `${input.list} page ${i + 1}`).not.toMatch(HASHES));
      for (const s of pdfPageSizes(pdf)) expect([Math.round(s.width), Math.round(s.height)]).toEqual([842, 595]);
      if (input.list === 'umkm') expect(pages.join('\n')).toContain('Rp 9,876,543,210,000');
    }
  }, 240_000);
});
