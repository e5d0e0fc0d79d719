import type ExcelJS from 'exceljs';
import { PeriodListQuery, UmkmListQuery, type Kemitraan, type Support } from '../../../../../shared/contract';
import { messages } from '../../../../../shared/i18n';
import type { Scope } from '../../../scope';
import { KEMITRAAN_COLUMNS } from '../kemitraanExport';
import { writeListSheet, type ListColumn } from '../listWorkbook';
import type { Paper } from '../pageLayout';
import { PROGRESS_COLUMNS } from '../progressExport';
import { UMKM_COLUMNS } from '../umkmExport';
import { periodFilter, SUPPORT_STATUSES } from './reportData';
import { titleLines } from './titleBlock';

const t = messages.exportText;
const e = messages.kemitraanEnums;

type SupportRow = Support & { agreement: Kemitraan };

const SUPPORT_COLUMNS: Array<ListColumn<SupportRow>> = [
  { header: t.colNumber, width: 16, kind: 'text', value: (s) => s.agreement.number },
  { header: t.colPartner, width: 28, kind: 'text', value: (s) => s.agreement.partnerName },
  { header: t.colParty, width: 28, kind: 'text', value: (s) => s.agreement.umkmName ?? s.agreement.komunitasName },
  { header: messages.kemitraanFields.status, width: 12, kind: 'text', value: (s) => e.status[s.agreement.status] },
  { header: t.colSupportKind, width: 22, kind: 'text', value: (s) => e.support[s.kind] },
  { header: t.colDescription, width: 44, kind: 'text', value: (s) => s.description },
  { header: t.colSupportValue, width: 18, kind: 'money', value: (s) => s.value },
];

async function* supportRows(ctx: Scope, from: string, to: string): AsyncGenerator<SupportRow[]> {
  for await (const chunk of ctx.kemitraan.iterate(periodFilter(from, to))) {
    yield chunk.filter((k) => SUPPORT_STATUSES.includes(k.status)).flatMap((k) => k.supports.map((s) => ({ ...s, agreement: k })));
  }
}

/**
 * The lists behind the summary's figures, one sheet each, streamed chunk by chunk: the registry
 * (A), the UMKM that moved up and down (B), the agreements (C) and their support items (D).
 * Section E lists its meetings in full on the summary itself.
 */
export async function writeDetailSheets(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  ctx: Scope,
  opts: { from: string; to: string; today: string; paper: Paper },
): Promise<Record<'umkm' | 'naik' | 'turun' | 'kemitraan' | 'dukungan', number>> {
  const { from, to, today, paper } = opts;
  const lines = (title: string) => titleLines(title, from, to, today);
  const sheet = <T>(sheetName: string, title: string, columns: Array<ListColumn<T>>, rows: AsyncIterable<T[]> | Iterable<T[]>) =>
    writeListSheet(wb, { sheetName, title, titleLines: lines(title), filters: '', columns, rows, paper });
  const period = { from, to };
  return {
    umkm: await sheet(t.detailUmkm, t.detailUmkmTitle, UMKM_COLUMNS, ctx.umkm.iterate(UmkmListQuery.parse({ sort: 'kecamatan' }))),
    naik: await sheet(t.detailNaik, t.detailNaikTitle, PROGRESS_COLUMNS, ctx.progressReport.iterate(PeriodListQuery.parse({ period, outcome: 'naik' }))),
    turun: await sheet(t.detailTurun, t.detailTurunTitle, PROGRESS_COLUMNS, ctx.progressReport.iterate(PeriodListQuery.parse({ period, outcome: 'turun' }))),
    kemitraan: await sheet(t.detailKemitraan, t.detailKemitraanTitle, KEMITRAAN_COLUMNS, ctx.kemitraan.iterate(periodFilter(from, to))),
    dukungan: await sheet(t.detailSupport, t.detailSupportTitle, SUPPORT_COLUMNS, supportRows(ctx, from, to)),
  };
}
