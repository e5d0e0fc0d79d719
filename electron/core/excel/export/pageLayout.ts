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

/** Column letter of a 1-based column number (1 -> A, 27 -> AA). */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
