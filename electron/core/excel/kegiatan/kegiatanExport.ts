import type { z } from 'zod';
import type { KegiatanListItem, KegiatanListQuery, KegiatanParticipants, Participant } from '../../../../shared/contract';
import { dayCount } from '../../../../shared/domain/kegiatan';
import { displayPhone } from '../../../../shared/domain/phone';
import { formatDate, todayIso } from '../../../../shared/format/date';
import { fill, messages } from '../../../../shared/i18n';
import { writeListWorkbook, type ListColumn } from '../export/listWorkbook';

// The activity list and one activity's participants with their attendance per day, as workbooks.
// The participants' sheet is also the import's form: the same columns read back (kegiatanImport.ts).

const f = { ...messages.kegiatanFields, ...messages.kegiatanMoreFields };
const pf = messages.pesertaFields;
const x = messages.kegiatanExport;

type Query = NonNullable<z.output<typeof KegiatanListQuery>>;

const LIST_COLUMNS: Array<ListColumn<KegiatanListItem>> = [
  { header: f.name, width: 36, wrap: true, kind: 'text', value: (k) => k.name },
  { header: f.kind, width: 18, kind: 'text', value: (k) => messages.kegiatanKind[k.kind] },
  { header: f.date, width: 12, kind: 'date', value: (k) => k.date },
  { header: f.endDate, width: 12, kind: 'date', value: (k) => k.endDate },
  { header: f.days, width: 6, kind: 'integer', value: (k) => dayCount(k.date, k.endDate) },
  { header: f.venue, width: 28, wrap: true, kind: 'text', value: (k) => k.venue },
  { header: f.quota, width: 8, kind: 'integer', value: (k) => k.quota },
  { header: f.participants, width: 9, kind: 'integer', value: (k) => k.participants },
  { header: f.present, width: 8, kind: 'integer', value: (k) => k.participantsPresent },
  { header: f.fundSource, width: 16, kind: 'text', value: (k) => (k.fundSource ? messages.fundSource[k.fundSource] : null) },
  { header: f.budget, width: 16, kind: 'money', value: (k) => k.budget },
];

export function kegiatanFilterText(q: Query): string {
  const parts: string[] = [];
  if (q.kind) parts.push(`${f.kind} ${messages.kegiatanKind[q.kind]}`);
  if (q.from || q.to) parts.push(fill(messages.exportText.rangeFilter, { from: q.from ? formatDate(q.from) : '…', to: q.to ? formatDate(q.to) : '…' }));
  if (q.search) parts.push(`"${q.search}"`);
  return parts.join('; ');
}

export function exportKegiatanList(file: string, items: KegiatanListItem[], query: Query): Promise<number> {
  return writeListWorkbook(file, {
    sheetName: x.listSheet,
    title: messages.kegiatanList.title,
    filters: kegiatanFilterText(query),
    columns: LIST_COLUMNS,
    rows: () => [items],
  });
}

/** The day's header as a clerk writes it (23/05/2023): the import reads it back as that day. */
export const dayHeader = (day: string): string => formatDate(day);

export function exportParticipants(file: string, name: string, p: KegiatanParticipants): Promise<number> {
  const columns: Array<ListColumn<Participant>> = [
    { header: pf.kind, width: 16, kind: 'text', value: (r) => messages.pesertaKind[r.kind] },
    { header: pf.nik, width: 18, kind: 'text', value: (r) => r.nik },
    { header: pf.name, width: 26, wrap: true, kind: 'text', value: (r) => r.name },
    { header: pf.businessName, width: 26, wrap: true, kind: 'text', value: (r) => r.businessName ?? r.matchedName },
    { header: pf.phone, width: 16, kind: 'text', value: (r) => (r.phone ? displayPhone(r.phone) : null) },
    { header: pf.certificateNumber, width: 20, kind: 'text', value: (r) => r.certificateNumber },
    ...p.days.map(
      (day): ListColumn<Participant> => ({ header: dayHeader(day), width: 11, kind: 'text', value: (r) => (r.attendance[day] ? messages.attendanceShort[r.attendance[day]] : null) }),
    ),
    { header: x.presentDays, width: 9, kind: 'integer', value: (r) => r.presentDays },
  ];
  return writeListWorkbook(file, {
    sheetName: x.participantsSheet,
    title: fill(x.participantsTitle, { name }),
    filters: '',
    columns,
    rows: () => [p.participants],
    today: todayIso(),
  });
}
