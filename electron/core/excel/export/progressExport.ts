import type { z } from 'zod';
import type { PeriodListItem, PeriodListQuery } from '../../../../shared/contract';
import { kecamatanName } from '../../../../shared/domain/regions';
import { formatDate } from '../../../../shared/format/date';
import { fill, messages } from '../../../../shared/i18n';
import { figuresAt } from '../../services/figuresAt';
import type { ProgressReportService } from '../../services/progressReport';
import type { UmkmService } from '../../services/umkmService';
import { writeListWorkbook, type ListColumn } from './listWorkbook';

const f = messages.fields;
const t = messages.exportText;

/** The query as the contract parsed it (codes, not names). */
type Query = z.output<typeof PeriodListQuery>;
const cls = (c: PeriodListItem['class'] | null) => (c ? messages.enums.class[c] : null);

/** The list behind a Naik Kelas figure: the UMKM with their class at each end of the period. */
export const PROGRESS_COLUMNS: Array<ListColumn<PeriodListItem>> = [
  { header: f.businessName, width: 30, kind: 'text', value: (u) => u.businessName },
  { header: f.ownerName, width: 24, kind: 'text', value: (u) => u.ownerName },
  { header: f.nik, width: 19, kind: 'text', value: (u) => u.nik },
  { header: f.kecamatan, width: 18, kind: 'text', value: (u) => u.kecamatanName },
  { header: f.kelurahan, width: 18, kind: 'text', value: (u) => u.kelurahanName },
  { header: f.sector, width: 16, kind: 'text', value: (u) => messages.enums.sector[u.sector] },
  { header: t.colFromClass, width: 13, kind: 'text', value: (u) => cls(u.fromClass) },
  { header: t.colToClass, width: 13, kind: 'text', value: (u) => cls(u.toClass) },
  { header: f.class, width: 11, kind: 'text', value: (u) => cls(u.class) },
  { header: f.annualSales, width: 18, kind: 'money', value: (u) => u.annualSales },
  { header: f.capital, width: 18, kind: 'money', value: (u) => u.capital },
  { header: t.colLastRecord, width: 12, kind: 'date', value: (u) => u.lastRecordDate },
];

export function progressFilterText(q: Query): string {
  const parts = [fill(t.periodLine, { from: formatDate(q.period.from), to: formatDate(q.period.to) })];
  if (q.transition) parts.push(fill(t.transitionFilter, { transition: q.transition }));
  if (q.period.kecamatan) parts.push(`${f.kecamatan} ${kecamatanName(q.period.kecamatan)}`);
  if (q.period.sector) parts.push(`${f.sector} ${messages.enums.sector[q.period.sector]}`);
  if (q.period.komunitasId !== undefined) parts.push(fill(t.komunitasFilter, { id: q.period.komunitasId }));
  if (q.figuresAt) parts.push(fill(t.figuresAtFilter, { date: formatDate(q.figuresAt) }));
  return parts.join('; ');
}

/** The list's rows, with the figures standing on `figuresAt` when the query names a day. */
async function* rowsOf(report: ProgressReportService, umkm: UmkmService, query: Query): AsyncGenerator<PeriodListItem[]> {
  for await (const chunk of report.iterate(query)) yield query.figuresAt ? await figuresAt(umkm, chunk, query.figuresAt) : chunk;
}

export function exportProgressList(file: string, report: ProgressReportService, umkm: UmkmService, query: Query, opts: { today?: string } = {}): Promise<number> {
  return writeListWorkbook(file, {
    sheetName: t.progressSheet,
    title: fill(t.progressTitle, { title: messages.naikKelas.listTitles[query.outcome].toUpperCase() }),
    filters: progressFilterText(query),
    columns: PROGRESS_COLUMNS,
    rows: () => rowsOf(report, umkm, query),
    today: opts.today,
  });
}
