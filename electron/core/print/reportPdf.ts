// The PDF options of the printed report, for Electron's webContents.printToPDF (the desktop app) and
// Playwright's page.pdf (the tests) alike: one description of the sheet, two spellings of it.
// Electron-free, so the tests print with exactly what the shell prints with.
import { MARGIN_MM, PAPER_MM, type ReportPaper } from '../../../shared/domain/reportPrint';
import { fill, messages } from '../../../shared/i18n';

const MM_PER_INCH = 25.4;
const inches = (mm: number) => Math.round((mm / MM_PER_INCH) * 10_000) / 10_000;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The footer Chromium draws in the bottom margin of every page: the office on the left,
 * "Halaman n dari m" on the right (Chromium fills the pageNumber and totalPages spans). The
 * template has no stylesheet of its own and a zero font size unless it sets one.
 */
export function reportFooterTemplate(left: string): string {
  const page = fill(messages.reportPrint.footerPage, { page: '<span class="pageNumber"></span>', pages: '<span class="totalPages"></span>' });
  const box = `font-family: Arial, 'Liberation Sans', 'Nimbus Sans', 'DejaVu Sans', sans-serif; font-size: 8pt; color: #333; width: 100%; margin: 0 ${MARGIN_MM.right}mm 0 ${MARGIN_MM.left}mm; display: flex; justify-content: space-between; border-top: 0.5pt solid #999; padding-top: 1.5mm;`;
  return `<div style="${box}"><span>${escapeHtml(left)}</span><span>${page}</span></div>`;
}

/** An empty header: without one Chromium prints the date and the page title at the top. */
const EMPTY_HEADER = '<span></span>';

/** What the report's PDF is, independent of who prints it. */
export interface ReportPdfSpec {
  widthMm: number;
  heightMm: number;
  margin: { top: number; right: number; bottom: number; left: number };
  footerTemplate: string;
  headerTemplate: string;
}

export function reportPdfSpec(paper: ReportPaper, footerLeft: string): ReportPdfSpec {
  const size = PAPER_MM[paper];
  return { widthMm: size.width, heightMm: size.height, margin: { ...MARGIN_MM }, footerTemplate: reportFooterTemplate(footerLeft), headerTemplate: EMPTY_HEADER };
}

/** Electron's printToPDF options (sizes in inches; the sheet is given landscape already). */
export function electronPdfOptions(paper: ReportPaper, footerLeft: string) {
  const s = reportPdfSpec(paper, footerLeft);
  return {
    pageSize: { width: inches(s.widthMm), height: inches(s.heightMm) },
    landscape: false,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: s.headerTemplate,
    footerTemplate: s.footerTemplate,
    margins: { top: inches(s.margin.top), bottom: inches(s.margin.bottom), left: inches(s.margin.left), right: inches(s.margin.right) },
    preferCSSPageSize: false,
    generateDocumentOutline: false,
  };
}

/** Playwright's page.pdf options for the same sheet (what the e2e test prints with). */
export function playwrightPdfOptions(paper: ReportPaper, footerLeft: string) {
  const s = reportPdfSpec(paper, footerLeft);
  const mm = (n: number) => `${n}mm`;
  return {
    width: mm(s.widthMm),
    height: mm(s.heightMm),
    landscape: false,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: s.headerTemplate,
    footerTemplate: s.footerTemplate,
    margin: { top: mm(s.margin.top), bottom: mm(s.margin.bottom), left: mm(s.margin.left), right: mm(s.margin.right) },
    preferCSSPageSize: false,
  };
}
