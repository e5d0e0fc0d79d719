import type { z } from 'zod';
import type { Sertifikat, SertifikatExportInput } from '../../../../shared/contract';
import { kecamatanName } from '../../../../shared/domain/regions';
import { fill, messages } from '../../../../shared/i18n';
import type { EntityManager } from 'typeorm';
import { sertifikatChunk } from '../../services/sertifikat/sertifikatQueries';
import { writeListWorkbook, type ListColumn } from './listWorkbook';

const f = messages.sertifikatFields;
const e = messages.sertifikatEnums;
const t = messages.exportText;
const x = messages.sertifikatExport;

type Query = z.output<typeof SertifikatExportInput>;

/** Rows read per chunk: the register can hold thousands; the workbook streams them. */
const CHUNK = 2000;

export const SERTIFIKAT_COLUMNS: Array<ListColumn<Sertifikat>> = [
  { header: f.nik, width: 19, kind: 'text', value: (s) => s.nik },
  { header: f.businessName, width: 30, kind: 'text', value: (s) => s.businessName },
  { header: x.owner, width: 24, kind: 'text', value: (s) => s.ownerName },
  { header: f.kecamatan, width: 18, kind: 'text', value: (s) => s.kecamatanName },
  { header: f.kind, width: 18, kind: 'text', value: (s) => (s.kind === 'lainnya' && s.kindOther ? s.kindOther : e.kind[s.kind]) },
  { header: f.status, width: 16, kind: 'text', value: (s) => e.group[s.group] },
  { header: f.number, width: 24, kind: 'text', value: (s) => s.number },
  { header: f.issuer, width: 22, kind: 'text', value: (s) => s.issuer },
  { header: f.submittedAt, width: 12, kind: 'date', value: (s) => s.submittedAt },
  { header: f.age, width: 10, kind: 'integer', value: (s) => s.ageDays },
  { header: f.issuedAt, width: 12, kind: 'date', value: (s) => s.issuedAt },
  { header: f.validUntil, width: 12, kind: 'date', value: (s) => s.validUntil },
  { header: f.route, width: 14, kind: 'text', value: (s) => (s.route ? e.route[s.route] : null) },
  { header: f.programme, width: 24, kind: 'text', wrap: true, value: (s) => s.programme },
  { header: f.programmeYear, width: 8, kind: 'integer', value: (s) => s.programmeYear },
  { header: f.companion, width: 22, kind: 'text', value: (s) => s.companion },
  { header: f.refusalReason, width: 28, kind: 'text', wrap: true, value: (s) => s.refusalReason },
  { header: f.notes, width: 30, kind: 'text', wrap: true, value: (s) => s.notes },
];

export function sertifikatFilterText(q: Partial<Query>): string {
  const parts: string[] = [];
  if (q.search?.trim()) parts.push(fill(t.search, { text: q.search.trim() }));
  if (q.group) parts.push(`${f.status} ${e.group[q.group]}`);
  if (q.kind) parts.push(`${f.kind} ${e.kind[q.kind]}`);
  if (q.companion) parts.push(`${f.companion} ${q.companion}`);
  if (q.programme) parts.push(`${f.programme} ${q.programme}`);
  if (q.programmeYear !== undefined) parts.push(`${f.programmeYear} ${q.programmeYear}`);
  if (q.kecamatan) parts.push(`${f.kecamatan} ${kecamatanName(q.kecamatan)}`);
  if (q.komunitasId !== undefined) parts.push(`${f.komunitas} #${q.komunitasId}`);
  if (q.umkmId !== undefined) parts.push(`${f.umkmId} #${q.umkmId}`);
  return parts.join('; ');
}

async function* chunks(em: EntityManager, q: Query): AsyncIterable<Sertifikat[]> {
  let after = 0;
  for (;;) {
    const rows = await sertifikatChunk(em, q, after, CHUNK);
    if (rows.length === 0) return;
    yield rows;
    after = rows.at(-1)!.id;
  }
}

/** The register as the page filters it (every page of it), one row per certificate. */
export function exportSertifikatList(file: string, em: EntityManager, query: Query, opts: { today?: string } = {}): Promise<number> {
  return writeListWorkbook(file, {
    sheetName: x.sheet,
    title: x.title,
    filters: sertifikatFilterText(query),
    columns: SERTIFIKAT_COLUMNS,
    rows: () => chunks(em, query),
    today: opts.today,
  });
}
