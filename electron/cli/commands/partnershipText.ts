import type { Kemitraan, Suggestion } from '../../../shared/contract';
import type { MatchReason } from '../../../shared/domain/matchmaking';
import { formatDate } from '../../../shared/format/date';
import { formatRupiah } from '../../../shared/format/rupiah';
import { fill, messages } from '../../../shared/i18n';

const e = messages.kemitraanEnums;
const f = messages.kemitraanFields;
const t = messages.cli.text;

/** "x-y dari N <what>", the summary line every list ends with. */
export function pageSummary(p: { items: unknown[]; total: number; page: number; pageSize: number }, what: string, total: string | number = p.total): string {
  const from = (p.page - 1) * p.pageSize + 1;
  const range = p.items.length === 0 ? '0' : `${from}-${from + p.items.length - 1}`;
  return `${fill(t.pageSummary, { range, total, what })}\n`;
}

export function kemitraanText(k: Kemitraan): string {
  const rows: Array<[string, string]> = [
    [t.idLabel, String(k.id)],
    [f.number, k.number],
    [f.mitraId, fill(t.withId, { name: k.partnerName, id: k.mitraId })],
    k.umkmId !== null
      ? [f.umkmId, fill(t.withId, { name: k.umkmName ?? '–', id: k.umkmId })]
      : [f.komunitasId, fill(t.withId, { name: k.komunitasName ?? '–', id: String(k.komunitasId) })],
    [f.pattern, e.pattern[k.pattern]],
    [f.status, `${e.status[k.status]}${k.dueForReview ? ` – ${f.dueForReview.toLowerCase()}` : ''}`],
    [f.signedAt, formatDate(k.signedAt)],
    [f.startDate, formatDate(k.startDate)],
    [f.endDate, formatDate(k.endDate)],
    ...(k.status === 'selesai' ? [[f.finishedAt, formatDate(k.finishedAt)] as [string, string]] : []),
    [f.kegiatanId, k.eventName ?? '–'],
    [f.totalValue, formatRupiah(k.totalValue)],
    [messages.monevFields.reviewMonths, messages.monevEnums.reviewMonths[k.reviewMonths ?? 'none']],
    ...(k.outcome ? [[messages.monevFields.outcome, `${messages.monevEnums.outcome[k.outcome]}${k.outcomeNotes ? ` – ${k.outcomeNotes}` : ''}`] as [string, string]] : []),
  ];
  const supports = k.supports.map((s) => `  - ${e.support[s.kind]}: ${s.description}${s.value !== null ? ` (${formatRupiah(s.value)})` : ''}`);
  return `${rows.map(([a, b]) => `${a.padEnd(24)} ${b}`).join('\n')}\n${f.supports}:\n${supports.join('\n')}\n`;
}

export function reasonText(r: MatchReason, s: Suggestion): string {
  const m = messages.matchReason;
  switch (r.kind) {
    case 'sector':
      return fill(m.sector, { sector: messages.enums.sector[r.sector].toLowerCase() });
    case 'support':
      return fill(m.support, { support: e.support[r.support], class: messages.enums.class[s.umkm.class].toLowerCase() });
    case 'class':
      return fill(m.class, { class: messages.enums.class[r.class].toLowerCase() });
    case 'kecamatan':
      return m.kecamatan;
  }
}
