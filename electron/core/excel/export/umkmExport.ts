import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { Umkm, UmkmListQuery } from '../../../../shared/contract';
import { displayPhone } from '../../../../shared/domain/phone';
import { kecamatanName, kelurahanName } from '../../../../shared/domain/regions';
import { fill, messages } from '../../../../shared/i18n';
import type { UmkmService } from '../../services/umkmService';
import { registryBounds } from './figureBounds';
import type { ListColumn } from './listWorkbook';
import { writeListWorkbook } from './listWorkbook';

const f = messages.fields;
const t = messages.exportText;

/** The query as the contract parsed it (codes, not names). */
type Query = z.output<typeof UmkmListQuery>;

/** Every field of the registry a clerk reads on the detail page; NIK, NIB and phone as text. */
export const UMKM_COLUMNS: Array<ListColumn<Umkm>> = [
  { header: f.businessName, width: 30, kind: 'text', value: (u) => u.businessName },
  { header: f.ownerName, width: 24, kind: 'text', value: (u) => u.ownerName },
  { header: f.nik, width: 19, kind: 'text', value: (u) => u.nik },
  { header: f.nib, width: 16, kind: 'text', value: (u) => u.nib },
  { header: f.npwp, width: 18, kind: 'text', value: (u) => u.npwp },
  { header: f.address, width: 32, kind: 'text', value: (u) => u.address },
  { header: f.kecamatan, width: 18, kind: 'text', value: (u) => u.kecamatanName },
  { header: f.kelurahan, width: 18, kind: 'text', value: (u) => u.kelurahanName },
  { header: f.sector, width: 16, kind: 'text', value: (u) => messages.enums.sector[u.sector] },
  { header: t.colKbli, width: 8, kind: 'text', value: (u) => u.kbli },
  { header: f.phone, width: 16, kind: 'text', value: (u) => (u.phone ? displayPhone(u.phone) : null) },
  { header: f.employees, width: 10, kind: 'integer', value: (u) => u.employees, figure: 'employees' },
  { header: f.capital, width: 18, kind: 'money', value: (u) => u.capital, figure: 'capital' },
  { header: f.annualSales, width: 18, kind: 'money', value: (u) => u.annualSales, figure: 'annualSales' },
  { header: f.assets, width: 18, kind: 'money', value: (u) => u.assets, figure: 'assets' },
  { header: f.class, width: 11, kind: 'text', value: (u) => messages.enums.class[u.class] },
  { header: f.classBasis, width: 16, kind: 'text', value: (u) => messages.enums.classBasis[u.classBasis] },
  { header: f.marketReach, width: 14, kind: 'text', value: (u) => messages.enums.marketReach[u.marketReach] },
  { header: f.status, width: 10, kind: 'text', value: (u) => messages.enums.status[u.status] },
  { header: f.registeredAt, width: 12, kind: 'date', value: (u) => u.registeredAt },
];

/** The registry's filters in words, as the clerk set them. */
export function umkmFilterText(q: Query): string {
  const parts: string[] = [];
  if (q.search?.trim()) parts.push(fill(t.search, { text: q.search.trim() }));
  if (q.kecamatan) parts.push(`${f.kecamatan} ${kecamatanName(q.kecamatan)}`);
  if (q.kelurahan) parts.push(`${f.kelurahan} ${kelurahanName(q.kelurahan)}`);
  if (q.sector) parts.push(`${f.sector} ${messages.enums.sector[q.sector]}`);
  if (q.class) parts.push(`${f.class} ${messages.enums.class[q.class]}`);
  if (q.status) parts.push(`${f.status} ${messages.enums.status[q.status]}`);
  return parts.join('; ');
}

/**
 * The registry exactly as filtered and sorted on screen, every page of it, read once: the columns
 * are sized from the registry's bounds (figureBounds.ts), in the same read snapshot.
 */
export function exportUmkmList(file: string, em: EntityManager, umkm: UmkmService, query: Query, opts: { today?: string } = {}): Promise<number> {
  return writeListWorkbook(file, {
    sheetName: t.umkmSheet,
    title: t.umkmTitle,
    filters: umkmFilterText(query),
    columns: UMKM_COLUMNS,
    rows: () => umkm.iterate(query),
    bounds: () => registryBounds(em, ['employees', 'capital', 'annualSales', 'assets']),
    today: opts.today,
  });
}
