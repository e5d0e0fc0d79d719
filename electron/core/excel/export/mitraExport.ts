import type { z } from 'zod';
import type { Mitra, MitraListItem, MitraListQuery } from '../../../../shared/contract';
import { formatNpwp } from '../../../../shared/domain/identifiers';
import { displayPhone } from '../../../../shared/domain/phone';
import { fill, messages } from '../../../../shared/i18n';
import type { MitraService } from '../../services/mitraService';
import { writeListWorkbook, type ListColumn } from './listWorkbook';

const f = messages.mitraFields;
const e = messages.kemitraanEnums;
const t = messages.exportText;

/** The query as the contract parsed it (codes, not names). */
type Query = z.output<typeof MitraListQuery>;

type Row = Mitra & Pick<MitraListItem, 'activeAgreements' | 'fosteredUmkm'>;

export const MITRA_COLUMNS: Array<ListColumn<Row>> = [
  { header: f.name, width: 32, kind: 'text', value: (m) => m.name },
  { header: f.kind, width: 20, kind: 'text', value: (m) => e.mitraKind[m.kind] },
  { header: f.sector, width: 20, kind: 'text', value: (m) => m.sector },
  { header: f.address, width: 32, kind: 'text', value: (m) => m.address },
  { header: f.kecamatan, width: 18, kind: 'text', value: (m) => m.kecamatanName },
  { header: f.contactName, width: 22, kind: 'text', value: (m) => m.contactName },
  { header: f.phone, width: 16, kind: 'text', value: (m) => (m.phone ? displayPhone(m.phone) : null) },
  { header: f.email, width: 24, kind: 'text', value: (m) => m.email },
  { header: f.nib, width: 16, kind: 'text', value: (m) => m.nib },
  { header: f.npwp, width: 22, kind: 'text', value: (m) => (m.npwp ? formatNpwp(m.npwp) : null) },
  { header: f.offers, width: 30, kind: 'text', value: (m) => m.offers.map((o) => e.support[o]).join(', ') },
  { header: t.colActiveAgreements, width: 11, kind: 'integer', value: (m) => m.activeAgreements },
  { header: t.colFostered, width: 11, kind: 'integer', value: (m) => m.fosteredUmkm },
  { header: f.status, width: 11, kind: 'text', value: (m) => e.mitraStatus[m.status] },
];

export function mitraFilterText(q: Query): string {
  const parts: string[] = [];
  if (q.search?.trim()) parts.push(fill(t.search, { text: q.search.trim() }));
  if (q.kind) parts.push(`${f.kind} ${e.mitraKind[q.kind]}`);
  if (q.status) parts.push(`${f.status} ${e.mitraStatus[q.status]}`);
  return parts.join('; ');
}

export function exportMitraList(file: string, mitra: MitraService, query: Query, opts: { today?: string } = {}): Promise<number> {
  return writeListWorkbook(file, {
    sheetName: t.mitraSheet,
    title: t.mitraTitle,
    filters: mitraFilterText(query),
    columns: MITRA_COLUMNS,
    rows: () => mitra.iterate(query),
    today: opts.today,
  });
}
