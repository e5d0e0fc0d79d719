// The printed (PDF) report's paper and its route: one source for the page's CSS (@page), the PDF
// options of the desktop shell and of the tests, and the URL both load.
import { formatDate } from '../format/date';
import { fill, messages } from '../i18n';

export type ReportPaper = 'A4' | 'F4';
export const REPORT_PAPERS: readonly ReportPaper[] = ['A4', 'F4'];

/** Landscape sheets in millimetres: A4 297 × 210, F4 (Folio as Indonesian offices cut it) 330 × 215. */
export const PAPER_MM: Record<ReportPaper, { width: number; height: number }> = {
  A4: { width: 297, height: 210 },
  F4: { width: 330, height: 215 },
};

/** Page margins in millimetres; the bottom one holds the footer "Halaman n dari m". */
export const MARGIN_MM = { top: 12, right: 12, bottom: 16, left: 12 } as const;

/** The print page's route, outside the app's sidebar layout. */
export const REPORT_PRINT_PATH = '/cetak/laporan';

export interface ReportPrintQuery {
  from: string;
  to: string;
  paper: ReportPaper;
}

/** "/cetak/laporan?from=2026-01-01&to=2026-12-31&paper=A4": the hash route of the print page. */
export function reportPrintRoute(q: ReportPrintQuery): string {
  const params = ([['from', q.from], ['to', q.to], ['paper', q.paper]] as const).map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
  return `${REPORT_PRINT_PATH}?${params.join('&')}`;
}

/** The whole URL under an origin the renderer is served from ("app://kemitraan", "http://127.0.0.1:5173"). */
export function reportPrintUrl(origin: string, q: ReportPrintQuery): string {
  return `${origin.replace(/\/+$/, '')}/#${reportPrintRoute(q)}`;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the route's query back; null when a date is missing or malformed, or the period runs backwards. */
export function parseReportPrintQuery(search: { get(name: string): string | null }): ReportPrintQuery | null {
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  if (!ISO.test(from) || !ISO.test(to) || to < from) return null;
  const paper = search.get('paper') === 'F4' ? 'F4' : 'A4';
  return { from, to, paper };
}

/** The body's `data-ready` once the page is complete (data, fonts, pictures), or 'error' if it cannot be. */
export const PRINT_READY = '1';
export const PRINT_FAILED = 'error';

/** "Tahun 2026" for a calendar year, else "Periode 01/02/2026 s.d. 30/06/2026". */
export function reportPeriodText(from: string, to: string): string {
  const r = messages.reportPrint;
  const wholeYear = from.slice(0, 4) === to.slice(0, 4) && from.slice(5) === '01-01' && to.slice(5) === '12-31';
  return wholeYear ? fill(r.yearLine, { year: from.slice(0, 4) }) : fill(r.periodLine, { from: formatDate(from), to: formatDate(to) });
}

/** The footer's left side: which report this page belongs to. */
export const reportFooterLabel = (from: string, to: string) => fill(messages.reportPrint.documentTitle, { period: reportPeriodText(from, to) });
