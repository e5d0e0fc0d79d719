import { FUND_SOURCES } from '../../../../../shared/domain/funding';
import { MONEV_SALES } from '../../../../../shared/domain/monev';
import { fill, messages } from '../../../../../shared/i18n';
import { OFFICIAL_RUPIAH_FORMAT } from '../cellFormats';
import type { ReportData } from './reportData';
import type { SheetPlan } from './sheetPlan';
import { planSummaryTable } from './summaryTable';

const f = messages.pembinaanFigures;
/** A year as 2024, never 2.024. */
const YEAR_FORMAT = '0';

/** The summary sheet's own helpers (a section's heading, the line in place of an empty table). */
export interface SectionHelpers {
  section: (plan: SheetPlan, title: string, note?: string) => number;
  nothing: (plan: SheetPlan, text: string) => number;
}

/**
 * Sections F (certificates facilitated and issued, per year and kind), G (UMKM trained, agreements
 * reviewed, products selling) and H (assistance by source of funds) of the summary sheet, each
 * heading kept with its table. Returns the rows the sign-off must stay with: the whole of H.
 */
export function planPembinaanSections(plan: SheetPlan, data: Pick<ReportData, 'pembinaan'>, h: SectionHelpers): { first: number; last: number } {
  const p = data.pembinaan;
  const headF = h.section(plan, f.sectionCert, f.sectionCertNote);
  if (p.certificates.length === 0) plan.keep(headF, h.nothing(plan, f.noCert));
  else {
    const c = planSummaryTable(plan, {
      headers: [f.colCertKind, f.colYear, f.colSubmitted, f.colIssued],
      formats: [undefined, YEAR_FORMAT],
      rows: p.certificates.map((r) => [messages.sertifikatEnums.kind[r.certKind], r.year, r.submitted, r.issued]),
      totalRow: { label: messages.exportText.totalLabel, columns: ['none', 'none', 'sum', 'sum'] },
    });
    plan.keep(headF, Math.min(c.totalRow!, c.headerRow + 4));
  }

  const headG = h.section(plan, f.sectionPembinaan, f.sectionPembinaanNote);
  const g = planSummaryTable(plan, {
    headers: [f.colFigure, f.colCount],
    rows: [[f.rowTrained, p.trained], [f.rowReviewed, p.reviewed], ...MONEV_SALES.map((s) => [fill(f.rowProducts, { sales: messages.monevEnums.sales[s].toLocaleLowerCase('id-ID') }), p.products[s]])],
  });
  plan.keep(headG, g.lastRow);

  // H is short: it stays whole, and goes with the sign-off onto its page.
  const headH = h.section(plan, f.sectionAssistance, f.sectionAssistanceNote);
  const handed = FUND_SOURCES.reduce((s, k) => s + p.assistance[k].count, 0);
  if (handed === 0) {
    const line = h.nothing(plan, f.noAssistance);
    plan.keep(headH, line);
    return { first: headH, last: line };
  }
  const a = planSummaryTable(plan, {
    headers: [f.colSource, f.colCount, f.colValue],
    formats: [undefined, undefined, OFFICIAL_RUPIAH_FORMAT],
    wideLast: true,
    rows: FUND_SOURCES.map((k) => [messages.fundSource[k], p.assistance[k].count, p.assistance[k].value]),
    totalRow: { label: messages.exportText.totalLabel },
  });
  plan.keep(headH, a.totalRow!);
  return { first: headH, last: a.totalRow! };
}
