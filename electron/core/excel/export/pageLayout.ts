import type ExcelJS from 'exceljs';
import { messages } from '../../../../shared/i18n';

export type Paper = 'A4' | 'F4';

// XlPaperSize: 9 is A4; 14 is Folio (8.5 x 13 in), the nearest Excel size to F4 (215 x 330 mm).
// exceljs's type lacks 14, hence the cast.
const PAPER_SIZE: Record<Paper, number> = { A4: 9, F4: 14 };

/**
 * Print-ready: landscape, every column on one page width (fitToHeight 0 lets the rows run on),
 * the header rows repeated on every page, centred, with page numbers in the footer.
 */
export function printLayout(paper: Paper, printTitlesRow: string | undefined): Partial<ExcelJS.AddWorksheetOptions> {
  const pageSetup: Partial<ExcelJS.PageSetup> = {
    paperSize: PAPER_SIZE[paper] as ExcelJS.PaperSize,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  if (printTitlesRow) pageSetup.printTitlesRow = printTitlesRow;
  return {
    pageSetup,
    headerFooter: { oddFooter: `&L${messages.exportText.footerDepartment}&R${messages.exportText.footerPage}` } as Partial<ExcelJS.HeaderFooter>,
  };
}

// The page in points (landscape) and the margins printLayout sets (0.5 in left and right, 0.6 in
// top and bottom; the header and footer sit inside the margins).
const PAGE_PT: Record<Paper, { width: number; height: number }> = { A4: { width: 842, height: 595 }, F4: { width: 936, height: 612 } };
const MARGIN_X_PT = 72;
const MARGIN_Y_PT = 86.4;

/** The printable width and height of a landscape page, in points at 100 %. */
export function printableArea(paper: Paper): { width: number; height: number } {
  const p = PAGE_PT[paper];
  return { width: p.width - MARGIN_X_PT, height: p.height - MARGIN_Y_PT };
}

/**
 * Points a column of `width` characters takes on paper at 100 %: Excel gives a character 7 px of
 * Calibri 11 plus 5 px of padding (at 96 dpi); LibreOffice takes Carlito's true digit width,
 * about 7.45 px, so the larger is used.
 */
export function columnPoints(width: number): number {
  return (width * 7.45 + 5) * 0.75;
}

/**
 * A layout at a fixed scale instead of fit-to-width: Excel ignores manual page breaks when a
 * sheet is fitted to pages, and a report whose sections must not split needs them. The scale is
 * the largest that still fits the columns on the page's width.
 */
export function fixedScaleLayout(paper: Paper, widths: number[]): { options: Partial<ExcelJS.AddWorksheetOptions>; scale: number } {
  const total = widths.reduce((s, w) => s + columnPoints(w), 0);
  const scale = Math.min(100, Math.floor((printableArea(paper).width / total) * 100));
  const { pageSetup, ...rest } = printLayout(paper, undefined);
  const { fitToWidth: _w, fitToHeight: _h, ...fixed } = pageSetup ?? {};
  return { options: { ...rest, pageSetup: { ...fixed, fitToPage: false, scale } }, scale };
}

/** Column letter of a 1-based column number (1 -> A, 27 -> AA). */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
