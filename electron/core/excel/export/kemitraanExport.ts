import type { z } from 'zod';
import type { Kemitraan, KemitraanListQuery } from '../../../../shared/contract';
import { kecamatanName } from '../../../../shared/domain/regions';
import { formatDate } from '../../../../shared/format/date';
import { fill, messages } from '../../../../shared/i18n';
import type { KemitraanService } from '../../services/kemitraanService';
import { writeListWorkbook, type ListColumn } from './listWorkbook';

const f = messages.kemitraanFields;
const e = messages.kemitraanEnums;
const t = messages.exportText;

/** The query as the contract parsed it (codes, not names). */
type Query = z.output<typeof KemitraanListQuery>;

export const KEMITRAAN_COLUMNS: Array<ListColumn<Kemitraan>> = [
  { header: f.number, width: 16, kind: 'text', value: (k) => k.number },
  { header: f.mitraId, width: 28, kind: 'text', value: (k) => k.partnerName },
  { header: t.colParty, width: 28, kind: 'text', value: (k) => k.umkmName ?? k.komunitasName },
  { header: messages.fields.kecamatan, width: 18, kind: 'text', value: (k) => (k.kecamatan ? kecamatanName(k.kecamatan) : null) },
  { header: f.pattern, width: 20, kind: 'text', value: (k) => e.pattern[k.pattern] },
  { header: t.colSupports, width: 40, kind: 'text', value: (k) => k.supports.map((s) => `${e.support[s.kind]}: ${s.description}`).join('; ') },
  { header: f.totalValue, width: 18, kind: 'money', value: (k) => k.totalValue },
  { header: f.signedAt, width: 12, kind: 'date', value: (k) => k.signedAt },
  { header: f.startDate, width: 12, kind: 'date', value: (k) => k.startDate },
  { header: f.endDate, width: 12, kind: 'date', value: (k) => k.endDate },
  { header: f.status, width: 12, kind: 'text', value: (k) => e.status[k.status] },
  { header: f.finishedAt, width: 12, kind: 'date', value: (k) => k.finishedAt },
  { header: f.dueForReview, width: 10, kind: 'text', value: (k) => (k.dueForReview ? t.yes : t.no) },
  { header: t.colEvent, width: 28, kind: 'text', value: (k) => k.eventName },
  { header: messages.monevFields.reviewMonths, width: 14, kind: 'text', value: (k) => messages.monevEnums.reviewMonths[k.reviewMonths ?? 'none'] },
  { header: messages.monevFields.outcome, width: 18, kind: 'text', value: (k) => (k.outcome ? messages.monevEnums.outcome[k.outcome] : null) },
  { header: messages.monevFields.outcomeNotes, width: 30, wrap: true, kind: 'text', value: (k) => k.outcomeNotes },
];

export function kemitraanFilterText(q: Query): string {
  const parts: string[] = [];
  if (q.status) parts.push(`${f.status} ${e.status[q.status]}`);
  if (q.mitraId !== undefined) parts.push(fill(t.mitraFilter, { id: q.mitraId }));
  if (q.umkmId !== undefined) parts.push(fill(t.umkmFilter, { id: q.umkmId }));
  if (q.komunitasId !== undefined) parts.push(fill(t.komunitasFilter, { id: q.komunitasId }));
  if (q.kegiatanId !== undefined) parts.push(fill(t.kegiatanFilter, { id: q.kegiatanId }));
  if (q.pattern) parts.push(`${f.pattern} ${e.pattern[q.pattern]}`);
  if (q.supportKind) parts.push(`${f.supportKind} ${e.support[q.supportKind]}`);
  if (q.kecamatan) parts.push(`${messages.fields.kecamatan} ${kecamatanName(q.kecamatan)}`);
  if (q.from || q.to) parts.push(fill(t.rangeFilter, { from: q.from ? formatDate(q.from) : '…', to: q.to ? formatDate(q.to) : '…' }));
  if (q.dueForReview === true) parts.push(t.dueFilter);
  if (q.dueForReview === false) parts.push(t.notDueFilter);
  return parts.join('; ');
}

export function exportKemitraanList(file: string, kemitraan: KemitraanService, query: Query, opts: { today?: string } = {}): Promise<number> {
  return writeListWorkbook(file, {
    sheetName: t.kemitraanSheet,
    title: t.kemitraanTitle,
    filters: kemitraanFilterText(query),
    columns: KEMITRAAN_COLUMNS,
    rows: () => kemitraan.iterate(query),
    today: opts.today,
  });
}
