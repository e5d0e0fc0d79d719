import { MARGIN_MM, PAPER_MM, type ReportPaper } from '../../../../shared/domain/reportPrint';

/** The printable width inside the margins, in millimetres (the charts are sized from it). */
export const contentWidthMm = (paper: ReportPaper) => PAPER_MM[paper].width - MARGIN_MM.left - MARGIN_MM.right;

/** CSS pixels per millimetre, as Chromium lays out a printed page (96 dpi). */
export const PX_PER_MM = 96 / 25.4;

const FONT = "Arial, 'Liberation Sans', 'Nimbus Sans', 'DejaVu Sans', sans-serif";

/**
 * The printed report's stylesheet: the sheet (@page, the same size and margins the PDF options
 * give), where pages break, headers that repeat, and the screen preview around it.
 */
export function printCss(paper: ReportPaper): string {
  const { width, height } = PAPER_MM[paper];
  const m = MARGIN_MM;
  return `
@page { size: ${width}mm ${height}mm; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
html, body { margin: 0; background: #e9ecea; }
.rp { font-family: ${FONT}; font-size: 9pt; line-height: 1.3; color: #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.rp-sheet { width: ${contentWidthMm(paper)}mm; margin: 0 auto 16px; padding: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.2); }
.rp-toolbar { position: sticky; top: 0; z-index: 2; display: flex; gap: 12px; align-items: center; padding: 10px 16px; margin-bottom: 16px; background: #fff; border-bottom: 1px solid #d9d9d9; font-family: ${FONT}; }
@media print {
  html, body { background: #fff; }
  .rp-toolbar { display: none !important; }
  .rp-sheet { width: auto; margin: 0; padding: 0; box-shadow: none; }
}

/* Kop: the emblem beside the office's lines, a thick and a thin rule under them. */
.rp-kop { display: grid; grid-template-columns: 24mm 1fr 24mm; align-items: center; column-gap: 4mm; }
.rp-kop img { width: 21mm; height: 24mm; object-fit: contain; display: block; }
.rp-kop-lines { text-align: center; }
.rp-kop-gov { font-size: 13pt; font-weight: bold; text-transform: uppercase; letter-spacing: .02em; }
.rp-kop-office { font-size: 14.5pt; font-weight: bold; text-transform: uppercase; line-height: 1.15; }
.rp-kop-addr { font-size: 9pt; }
.rp-kop-rule { margin-top: 2mm; border-top: 2.25pt solid #000; border-bottom: .75pt solid #000; height: 1pt; }

.rp-title { text-align: center; margin: 4mm 0 2mm; }
.rp-title h1 { font-size: 12pt; margin: 0; font-weight: bold; }
.rp-title div { font-size: 10pt; }
.rp-title .rp-asof { font-size: 8.5pt; color: #333; }
.rp-part { font-size: 10pt; font-weight: bold; letter-spacing: .05em; margin: 3mm 0 1mm; border-bottom: .75pt solid #000; }

.rp h2 { font-size: 10pt; font-weight: bold; margin: 4mm 0 1.5mm; break-after: avoid; page-break-after: avoid; }
.rp-note { font-size: 8pt; font-style: italic; color: #333; margin: 0 0 1.5mm; break-after: avoid; }
.rp-block { break-inside: avoid; page-break-inside: avoid; }
.rp-row { display: flex; gap: 6mm; align-items: flex-start; }
.rp-row > * { flex: 1 1 0; min-width: 0; }
.rp-new-page { break-before: page; page-break-before: always; }
.rp-keep-with-previous { break-before: avoid; page-break-before: avoid; }

.rp table { width: 100%; border-collapse: collapse; font-size: 8.5pt; }
.rp th, .rp td { border: .5pt solid #555; padding: .8mm 1.4mm; vertical-align: top; }
.rp th { background: #e4eeea; font-weight: bold; text-align: center; vertical-align: middle; }
.rp thead { display: table-header-group; }
.rp tr { break-inside: avoid; page-break-inside: avoid; }
.rp td.num, .rp th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.rp td.date { white-space: nowrap; }
.rp tr.rp-total td { font-weight: bold; background: #f3f6f5; }
.rp th.rp-caption { text-align: left; background: #fff; border: none; padding: 0 0 1.5mm; font-size: 10pt; font-weight: bold; }
.rp-figures { font-size: 9pt; margin: 1.5mm 0; }
.rp-figures td { border: none; padding: .3mm 1.5mm .3mm 0; }
.rp-chart-title { font-size: 8.5pt; font-weight: bold; margin: 0 0 1mm; text-align: center; }
.rp-empty { font-style: italic; margin: 1mm 0 3mm; }
.rp-excel-note { margin: 4mm 0 0; font-size: 8.5pt; }

/* Sign-off: the right-hand block, its name bold and underlined. */
.rp-signoff { width: 100mm; margin: 8mm 0 0 auto; text-align: center; break-inside: avoid; page-break-inside: avoid; }
.rp-signoff .rp-sign-space { height: 22mm; }
.rp-signoff .rp-sign-name { font-weight: bold; text-decoration: underline; }
`;
}
