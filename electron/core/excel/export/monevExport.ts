import type { z } from 'zod';
import type { MonevListQuery, MonevProduct, MonevVisit } from '../../../../shared/contract';
import { formatDate } from '../../../../shared/format/date';
import { fill, messages } from '../../../../shared/i18n';
import type { MonevService } from '../../services/monev/monevService';
import { writeListWorkbook, type ListColumn } from './listWorkbook';

const f = messages.monevFields;
const e = messages.monevEnums;
const t = messages.exportText;

type Query = z.output<typeof MonevListQuery>;
/** One line of the sheet: a visit with one of its products (or none: a visit without products has one line). */
type Line = { v: MonevVisit; p: MonevProduct | null };

export const MONEV_COLUMNS: Array<ListColumn<Line>> = [
  { header: f.date, width: 12, kind: 'date', value: (l) => l.v.date },
  { header: messages.kemitraanFields.number, width: 16, kind: 'text', value: (l) => l.v.kemitraanNumber },
  { header: f.partner, width: 26, kind: 'text', value: (l) => l.v.partnerName },
  { header: f.party, width: 26, kind: 'text', value: (l) => l.v.partyName },
  { header: f.method, width: 18, kind: 'text', value: (l) => e.method[l.v.method] },
  { header: f.officer, width: 20, kind: 'text', value: (l) => l.v.officer },
  { header: f.product, width: 26, kind: 'text', value: (l) => l.p?.product },
  { header: f.outlet, width: 20, kind: 'text', value: (l) => l.p?.outlet },
  { header: f.since, width: 12, kind: 'date', value: (l) => l.p?.since },
  { header: f.price, width: 14, kind: 'money', total: false, value: (l) => l.p?.price },
  { header: f.sales, width: 12, kind: 'text', value: (l) => (l.p ? e.sales[l.p.sales] : null) },
  { header: f.stockOut, width: 10, kind: 'text', value: (l) => (l.p ? (l.p.stockOut ? t.yes : t.no) : null) },
  { header: f.feedback, width: 30, wrap: true, kind: 'text', value: (l) => l.p?.feedback },
  { header: f.nextStep, width: 30, wrap: true, kind: 'text', value: (l) => l.v.nextStep },
];

export function monevFilterText(q: Partial<Query>): string {
  const parts: string[] = [];
  if (q.kemitraanId !== undefined) parts.push(fill(messages.monevExport.agreementFilter, { id: q.kemitraanId }));
  if (q.mitraId !== undefined) parts.push(fill(t.mitraFilter, { id: q.mitraId }));
  if (q.from || q.to) parts.push(fill(messages.monevExport.rangeFilter, { from: q.from ? formatDate(q.from) : '…', to: q.to ? formatDate(q.to) : '…' }));
  return parts.join('; ');
}

async function* lines(visits: AsyncGenerator<MonevVisit[]>): AsyncGenerator<Line[]> {
  for await (const chunk of visits) yield chunk.flatMap((v): Line[] => (v.products.length ? v.products.map((p) => ({ v, p })) : [{ v, p: null }]));
}

/** The visits as filtered, one line per product seen, the newest first. */
export function exportMonevList(file: string, monev: MonevService, query: Query, opts: { today?: string } = {}): Promise<number> {
  return writeListWorkbook(file, {
    sheetName: messages.monevExport.sheet,
    title: messages.monevExport.title,
    filters: monevFilterText(query),
    columns: MONEV_COLUMNS,
    rows: () => lines(monev.iterate(query)),
    today: opts.today,
  });
}
