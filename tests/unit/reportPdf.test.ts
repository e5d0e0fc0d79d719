// The printed report's PDF options (one description, spelt for Electron's printToPDF and for
// Playwright's page.pdf), its print route, and the wait for the page to be ready.
import { describe, expect, it } from 'vitest';
import { electronPdfOptions, playwrightPdfOptions, reportFooterTemplate, reportPdfSpec } from '../../electron/core/print/reportPdf';
import { waitForReady } from '../../electron/core/print/printReport';
import { MARGIN_MM, parseReportPrintQuery, reportFooterLabel, reportPeriodText, reportPrintRoute, reportPrintUrl } from '../../shared/domain/reportPrint';

const mmOf = (inches: number) => inches * 25.4;
const mmText = (s: string) => Number(/^([\d.]+)mm$/.exec(s)![1]);

describe('report PDF options', () => {
  it.each([
    ['A4', 297, 210],
    ['F4', 330, 215],
  ] as const)('%s landscape is %i × %i mm in both spellings, with the same margins', (paper, w, h) => {
    const el = electronPdfOptions(paper, 'Laporan');
    expect(mmOf(el.pageSize.width)).toBeCloseTo(w, 2);
    expect(mmOf(el.pageSize.height)).toBeCloseTo(h, 2);
    expect(el.landscape).toBe(false); // the size is given landscape already: no second rotation
    const pw = playwrightPdfOptions(paper, 'Laporan');
    expect([mmText(pw.width), mmText(pw.height)]).toEqual([w, h]);
    for (const side of ['top', 'right', 'bottom', 'left'] as const) {
      expect(mmOf(el.margins[side])).toBeCloseTo(MARGIN_MM[side], 2);
      expect(mmText(pw.margin[side])).toBe(MARGIN_MM[side]);
    }
    expect(el.footerTemplate).toBe(pw.footerTemplate);
    expect(el.displayHeaderFooter && pw.displayHeaderFooter).toBe(true);
    expect(el.printBackground && pw.printBackground).toBe(true);
  });

  it('the footer says "Halaman n dari m" with the spans Chromium fills, and escapes its label', () => {
    const footer = reportFooterTemplate('Laporan <Tahun> & "2026"');
    expect(footer).toContain('Halaman <span class="pageNumber"></span> dari <span class="totalPages"></span>');
    expect(footer).toContain('Laporan &#60;Tahun&#62; &#38; &#34;2026&#34;');
    expect(footer).toMatch(/font-size: 8pt/); // a template without a size prints at zero
    expect(reportPdfSpec('A4', 'x').headerTemplate).toBe('<span></span>');
  });

  it('names the period as the report does', () => {
    expect(reportPeriodText('2026-01-01', '2026-12-31')).toBe('Tahun 2026');
    expect(reportPeriodText('2026-01-01', '2026-06-30')).toBe('Periode 01/01/2026 s.d. 30/06/2026');
    expect(reportPeriodText('2024-01-01', '2026-12-31')).toBe('Periode 01/01/2024 s.d. 31/12/2026');
    expect(reportFooterLabel('2025-01-01', '2025-12-31')).toBe('Laporan Perkembangan UMKM dan Kemitraan Tahun 2025');
  });
});

describe('the print route', () => {
  it('builds the URL under an origin and reads it back', () => {
    const q = { from: '2026-01-01', to: '2026-12-31', paper: 'F4' as const };
    expect(reportPrintRoute(q)).toBe('/cetak/laporan?from=2026-01-01&to=2026-12-31&paper=F4');
    const url = reportPrintUrl('app://kemitraan/', q);
    expect(url).toBe('app://kemitraan/#/cetak/laporan?from=2026-01-01&to=2026-12-31&paper=F4');
    expect(parseReportPrintQuery(new URLSearchParams(url.split('?')[1]))).toEqual(q);
  });

  it('refuses a missing or malformed date and a backwards period; an unknown paper is A4', () => {
    const parse = (s: string) => parseReportPrintQuery(new URLSearchParams(s));
    expect(parse('from=2026-01-01')).toBeNull();
    expect(parse('from=2026-1-1&to=2026-12-31')).toBeNull();
    expect(parse('from=2026-12-31&to=2026-01-01')).toBeNull();
    expect(parse('from=2026-01-01&to=2026-12-31&paper=A3')).toEqual({ from: '2026-01-01', to: '2026-12-31', paper: 'A4' });
  });
});

describe('waiting for the print page', () => {
  const states = (...values: Array<string | undefined>) => {
    let i = 0;
    return async () => values[Math.min(i++, values.length - 1)];
  };

  it('returns once the page says ready', async () => {
    await expect(waitForReady(states(undefined, '', '1'), { intervalMs: 1 })).resolves.toBeUndefined();
  });

  it('fails when the page says it failed', async () => {
    await expect(waitForReady(states('', 'error'), { intervalMs: 1 })).rejects.toThrow('Laporan PDF tidak dapat dibuat.');
  });

  it('gives up after its time, saying how long it waited', async () => {
    let clock = 0;
    const read = async () => {
      clock += 1000;
      return '';
    };
    await expect(waitForReady(read, { timeoutMs: 5000, intervalMs: 1, now: () => clock })).rejects.toThrow('5 detik');
  });
});
