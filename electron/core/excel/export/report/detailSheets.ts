import type ExcelJS from 'exceljs';
import { PeriodListQuery, type Kemitraan, type OfficeSettings, type PeriodListItem, type Support } from '../../../../../shared/contract';
import { formatDate } from '../../../../../shared/format/date';
import { fill, messages } from '../../../../../shared/i18n';
import type { Scope } from '../../../scope';
import { figuresAt } from '../../../services/figuresAt';
import { registryBoundsAsOf } from '../figureBounds';
import { registryAsOf, type UmkmAt } from './registryAsOf';
import { writeListSheet, type ListBounds, type ListColumn } from '../listWorkbook';
import type { Paper } from '../pageLayout';
import { periodFilter, SUPPORT_STATUSES } from './reportData';
import { titleLines } from './titleBlock';

const t = messages.exportText;
const f = messages.fields;
const k = messages.kemitraanFields;
const e = messages.kemitraanEnums;
const cls = (c: PeriodListItem['class'] | null) => (c ? messages.enums.class[c] : null);

// The report's detail sheets print at a readable size on one page width (about 9 pt on A4): the
// columns a signed report needs, long names wrapped. The full lists stay in the list exports.

/** Rincian UMKM: the registry at the report's position (class, figures and record date then). */
const UMKM_REPORT_COLUMNS: Array<ListColumn<UmkmAt>> = [
  { header: f.businessName, width: 26, kind: 'text', wrap: true, value: (u) => u.businessName },
  { header: f.ownerName, width: 20, kind: 'text', wrap: true, value: (u) => u.ownerName },
  { header: f.nik, width: 19, kind: 'text', value: (u) => u.nik },
  { header: f.kecamatan, width: 16, kind: 'text', wrap: true, value: (u) => u.kecamatanName },
  { header: f.sector, width: 14, kind: 'text', wrap: true, value: (u) => messages.enums.sector[u.sector] },
  { header: f.class, width: 11, kind: 'text', wrap: true, value: (u) => messages.enums.class[u.class] },
  { header: f.annualSales, width: 14, kind: 'money', value: (u) => u.annualSales, figure: 'annualSales' },
  { header: f.capital, width: 14, kind: 'money', value: (u) => u.capital, figure: 'capital' },
  { header: t.colLastRecord, width: 12, kind: 'date', value: (u) => u.lastRecordDate },
];

/** Rincian Naik / Turun Kelas: the UMKM that moved, with both ends of the period and their figures at its end. */
const PROGRESS_REPORT_COLUMNS: Array<ListColumn<PeriodListItem>> = [
  { header: f.businessName, width: 26, kind: 'text', wrap: true, value: (u) => u.businessName },
  { header: f.ownerName, width: 20, kind: 'text', wrap: true, value: (u) => u.ownerName },
  { header: f.kecamatan, width: 16, kind: 'text', wrap: true, value: (u) => u.kecamatanName },
  { header: f.sector, width: 14, kind: 'text', wrap: true, value: (u) => messages.enums.sector[u.sector] },
  { header: t.colFromClass, width: 12, kind: 'text', wrap: true, value: (u) => cls(u.fromClass) },
  { header: t.colToClass, width: 12, kind: 'text', wrap: true, value: (u) => cls(u.toClass) },
  { header: f.annualSales, width: 14, kind: 'money', value: (u) => u.annualSales, figure: 'annualSales' },
  { header: f.capital, width: 14, kind: 'money', value: (u) => u.capital, figure: 'capital' },
  { header: t.colLastRecord, width: 12, kind: 'date', value: (u) => u.lastRecordDate },
];

const KEMITRAAN_REPORT_COLUMNS: Array<ListColumn<Kemitraan>> = [
  { header: k.number, width: 16, kind: 'text', wrap: true, value: (x) => x.number },
  { header: k.mitraId, width: 24, kind: 'text', wrap: true, value: (x) => x.partnerName },
  { header: t.colParty, width: 24, kind: 'text', wrap: true, value: (x) => x.umkmName ?? x.komunitasName },
  { header: k.pattern, width: 16, kind: 'text', wrap: true, value: (x) => e.pattern[x.pattern] },
  { header: k.totalValue, width: 14, kind: 'money', value: (x) => x.totalValue },
  { header: k.startDate, width: 12, kind: 'date', value: (x) => x.startDate },
  { header: k.endDate, width: 12, kind: 'date', value: (x) => x.endDate },
  { header: k.status, width: 11, kind: 'text', value: (x) => e.status[x.status] },
];

type SupportRow = Support & { agreement: Kemitraan };

const SUPPORT_COLUMNS: Array<ListColumn<SupportRow>> = [
  { header: t.colNumber, width: 16, kind: 'text', wrap: true, value: (s) => s.agreement.number },
  { header: t.colPartner, width: 22, kind: 'text', wrap: true, value: (s) => s.agreement.partnerName },
  { header: t.colParty, width: 22, kind: 'text', wrap: true, value: (s) => s.agreement.umkmName ?? s.agreement.komunitasName },
  { header: messages.kemitraanFields.status, width: 11, kind: 'text', value: (s) => e.status[s.agreement.status] },
  { header: t.colSupportKind, width: 16, kind: 'text', wrap: true, value: (s) => e.support[s.kind] },
  { header: t.colDescription, width: 30, kind: 'text', wrap: true, value: (s) => s.description },
  { header: t.colSupportValue, width: 14, kind: 'money', value: (s) => s.value },
];

async function* supportRows(ctx: Scope, from: string, to: string): AsyncGenerator<SupportRow[]> {
  for await (const chunk of ctx.kemitraan.iterate(periodFilter(from, to))) {
    yield chunk.filter((x) => SUPPORT_STATUSES.includes(x.status)).flatMap((x) => x.supports.map((s) => ({ ...s, agreement: x })));
  }
}

/** The moved UMKM with the figures and record date standing at `asOf` (nothing recorded later shows). */
async function* movedAt(ctx: Scope, rows: AsyncIterable<PeriodListItem[]>, asOf: string): AsyncGenerator<PeriodListItem[]> {
  for await (const chunk of rows) yield await figuresAt(ctx.umkm, chunk, asOf);
}

/**
 * The lists behind the summary's figures, one sheet each, streamed chunk by chunk: the registry
 * at the report's position (A), the UMKM that moved up and down (B), the agreements (C) and their
 * support items (D). Section E lists its meetings in full on the summary itself.
 */
export async function writeDetailSheets(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  ctx: Scope,
  opts: { from: string; to: string; today: string; asOf: string; paper: Paper; office: OfficeSettings },
): Promise<Record<'umkm' | 'naik' | 'turun' | 'kemitraan' | 'dukungan', number>> {
  const { from, to, today, asOf, paper, office } = opts;
  const lines = (title: string) => titleLines(title, from, to, today, office);
  const sheet = <T>(sheetName: string, title: string, columns: Array<ListColumn<T>>, rows: () => AsyncIterable<T[]> | Iterable<T[]>, bounds?: () => Promise<ListBounds>) =>
    writeListSheet(wb, { sheetName, title, titleLines: lines(title), filters: '', columns, rows, paper, bounds });
  const period = { from, to };
  const progress = (outcome: 'naik' | 'turun') => () => movedAt(ctx, ctx.progressReport.iterate(PeriodListQuery.parse({ period, outcome })), asOf);
  // The registry and the moved UMKM show figures of asOf: one query bounds all three lists, so
  // each is read once.
  let bounding: Promise<ListBounds> | undefined;
  const bounds = () => (bounding ??= registryBoundsAsOf(ctx.tx.em, asOf, ['annualSales', 'capital']));
  return {
    // The registry at the report's position, read once in one sorted pass, sized from its bounds.
    umkm: await sheet(
      t.detailUmkm,
      fill(t.detailUmkmTitle, { date: formatDate(asOf) }),
      UMKM_REPORT_COLUMNS,
      () => registryAsOf(ctx.tx.em, asOf),
      bounds,
    ),
    naik: await sheet(t.detailNaik, t.detailNaikTitle, PROGRESS_REPORT_COLUMNS, progress('naik'), bounds),
    turun: await sheet(t.detailTurun, t.detailTurunTitle, PROGRESS_REPORT_COLUMNS, progress('turun'), bounds),
    kemitraan: await sheet(t.detailKemitraan, t.detailKemitraanTitle, KEMITRAAN_REPORT_COLUMNS, () => ctx.kemitraan.iterate(periodFilter(from, to))),
    dukungan: await sheet(t.detailSupport, t.detailSupportTitle, SUPPORT_COLUMNS, () => supportRows(ctx, from, to)),
  };
}
