import type { z } from 'zod';
import type { Bantuan, BantuanListQuery } from '../../../../shared/contract';
import { kecamatanName } from '../../../../shared/domain/regions';
import { fill, messages } from '../../../../shared/i18n';
import type { BantuanService } from '../../services/bantuan/bantuanService';
import { warningsLine } from '../../services/bantuan/bantuanService';
import { writeListWorkbook, type ListColumn } from './listWorkbook';

const f = messages.bantuanFields;
const t = messages.exportText;
const x = messages.bantuanExport;

/** The query as the contract parsed it (codes, not names). */
type Query = z.output<typeof BantuanListQuery>;

export const BANTUAN_COLUMNS: Array<ListColumn<Bantuan>> = [
  { header: f.umkm, width: 30, kind: 'text', value: (b) => b.umkmName },
  { header: messages.bantuanExport.owner, width: 24, kind: 'text', value: (b) => b.umkmOwner },
  { header: f.kecamatan, width: 18, kind: 'text', value: (b) => b.kecamatanName },
  { header: f.kind, width: 14, kind: 'text', value: (b) => messages.bantuanKind[b.kind] },
  { header: f.item, width: 30, kind: 'text', wrap: true, value: (b) => b.item },
  { header: f.value, width: 16, kind: 'money', value: (b) => b.value },
  { header: f.fundSource, width: 16, kind: 'text', value: (b) => messages.fundSource[b.fundSource] },
  { header: f.programme, width: 26, kind: 'text', wrap: true, value: (b) => b.programme },
  { header: f.year, width: 8, kind: 'integer', value: (b) => b.year },
  { header: f.handedAt, width: 12, kind: 'date', value: (b) => b.handedAt },
  { header: f.handoverNumber, width: 24, kind: 'text', value: (b) => b.handoverNumber },
  { header: f.confirmedWarnings, width: 22, kind: 'text', value: (b) => (b.confirmedWarnings.length ? warningsLine(b.confirmedWarnings) : null) },
  { header: f.notes, width: 30, kind: 'text', wrap: true, value: (b) => b.notes },
];

export function bantuanFilterText(q: Partial<Query>): string {
  const parts: string[] = [];
  if (q.search?.trim()) parts.push(fill(t.search, { text: q.search.trim() }));
  if (q.kind) parts.push(`${f.kind} ${messages.bantuanKind[q.kind]}`);
  if (q.fundSource) parts.push(`${f.fundSource} ${messages.fundSource[q.fundSource]}`);
  if (q.year !== undefined) parts.push(`${f.year} ${q.year}`);
  if (q.kecamatan) parts.push(`${f.kecamatan} ${kecamatanName(q.kecamatan)}`);
  if (q.programme) parts.push(`${f.programme} ${q.programme}`);
  if (q.umkmId !== undefined) parts.push(`${f.umkm} #${q.umkmId}`);
  return parts.join('; ');
}

export function exportBantuanList(file: string, bantuan: BantuanService, query: Query, opts: { today?: string } = {}): Promise<number> {
  return writeListWorkbook(file, {
    sheetName: x.sheet,
    title: x.title,
    filters: bantuanFilterText(query),
    columns: BANTUAN_COLUMNS,
    rows: () => bantuan.iterate(query),
    today: opts.today,
  });
}
