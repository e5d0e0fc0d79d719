import type { AuditEntity } from '../../../../shared/contract';
import { kecamatanName, kelurahanName } from '../../../../shared/domain/regions';
import { formatDate, formatDatesIn, formatDateTime, ISO_DATE } from '../../../../shared/format/date';
import { formatRupiah } from '../../../../shared/format/rupiah';
import { messages } from '../../../../shared/i18n';

// How the audit trail's field names and stored values read on screen: each entity's own field
// labels, enum codes as their Indonesian names, money as rupiah, dates as DD/MM/YYYY.

const m = messages;
const LABELS: Partial<Record<AuditEntity, Record<string, string>>> = {
  umkm: m.fields,
  mitra: m.mitraFields,
  kemitraan: m.kemitraanFields,
  komunitas: m.komunitasFields,
  kegiatan: m.kegiatanFields,
  class_record: m.progressFields,
  sertifikat: m.sertifikatFields,
  // The office's settings and the database connection (issue 14): their field names do not overlap.
  database: { ...m.office.fields, ...m.connection.fields },
};

/**
 * The trail is append-only: entries written before 0.2 name these id fields by their old English
 * nouns (issue 10). They keep their label for good, unlike the contract's one-release input alias.
 */
const NAMED_BEFORE_0_2: Record<string, string> = { partnerId: 'mitraId', partnerIds: 'mitraIds', eventId: 'kegiatanId' };

export function fieldLabel(entity: AuditEntity | null, stored: string): string {
  const field = NAMED_BEFORE_0_2[stored] ?? stored;
  const own = entity ? LABELS[entity]?.[field] : undefined;
  return own ?? (m.auditFields as Record<string, string>)[field] ?? (m.fields as Record<string, string>)[field] ?? field;
}

type Enum = Record<string, string>;
const e = m.enums;
const k = m.kemitraanEnums;
const p = m.progressEnums;
const ENUMS: Record<string, Enum> = {
  sector: e.sector,
  interestSectors: e.sector,
  marketReach: e.marketReach,
  class: e.class,
  targetClasses: e.class,
  classBasis: e.classBasis,
  kind: k.mitraKind,
  pattern: k.pattern,
  offers: k.support,
  certifications: p.certification,
  channels: p.channel,
  source: p.source,
  role: m.auth.roles,
  engine: m.connection.engineShort,
};
const MONEY = new Set(['annualSales', 'capital', 'assets', 'value', 'totalValue']);
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function enumOf(entity: AuditEntity | null, field: string): Enum | undefined {
  if (entity === 'sertifikat' && (field === 'status' || field === 'kind' || field === 'route')) return m.sertifikatEnums[field];
  if (field === 'status') return entity === 'kemitraan' ? k.status : entity === 'mitra' ? k.mitraStatus : e.status;
  // A mitra's sector is free text; a UMKM's is a code.
  if (field === 'sector' && entity === 'mitra') return undefined;
  return ENUMS[field];
}

/** A stored value as the page shows it. */
export function formatValue(entity: AuditEntity | null, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? m.common.yes : m.common.no;
  if (Array.isArray(value)) {
    if (value.length === 0) return '–';
    return value.map((v) => (v && typeof v === 'object' ? formatSupport(v as Record<string, unknown>) : formatValue(entity, field, v))).join(', ');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'number') return MONEY.has(field) ? formatRupiah(value) : value.toLocaleString('id-ID');
  const text = String(value);
  const names = enumOf(entity, field);
  if (names && text in names) return names[text]!;
  if (field === 'kecamatan' && /^\d{2}\.\d{2}\.\d{2}$/.test(text)) return kecamatanName(text);
  if (field === 'kelurahan' && /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(text)) return kelurahanName(text);
  if (ISO_INSTANT.test(text)) return formatDateTime(text);
  if (ISO_DATE.test(text)) return formatDate(text);
  return formatDatesIn(text);
}

function formatSupport(s: Record<string, unknown>): string {
  const kind = typeof s.kind === 'string' ? ((k.support as Enum)[s.kind] ?? s.kind) : '';
  const value = typeof s.value === 'number' ? ` (${formatRupiah(s.value)})` : '';
  return `${kind}: ${String(s.description ?? '')}${value}`;
}

/** Where a record's own page is, for a link from the trail (none for the deleted or the abstract). */
export function entityPath(entity: AuditEntity | null, id: number | null): string | null {
  if (id === null) return null;
  const base: Partial<Record<AuditEntity, string>> = { umkm: '/umkm', mitra: '/mitra', kemitraan: '/kemitraan', komunitas: '/komunitas', kegiatan: '/kegiatan' };
  const b = entity ? base[entity] : undefined;
  return b ? `${b}/${id}` : null;
}
