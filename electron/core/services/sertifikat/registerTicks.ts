import { In, IsNull, type EntityManager } from 'typeorm';
import { KIND_OF_TICK, ticksOn } from '../../../../shared/domain/sertifikat';
import type { Certification } from '../../../../shared/domain/sectors';
import { formatDate } from '../../../../shared/format/date';
import { fill, messages } from '../../../../shared/i18n';
import { SertifikatEntity, type SertifikatRow } from '../../db/entities/sertifikat';
import type { Edits } from '../edits';

// The yearly record's certification ticks come from the register (issue 15): a record shows the
// certificates its UMKM held on its date (issued, still valid), and a record that names ticks
// writes the ones not held yet into the register, issued on its date.

type Held = Pick<SertifikatRow, 'umkmId' | 'kind' | 'status' | 'issuedAt' | 'validUntil'>;

/** The issued certificates of these UMKM, by UMKM. */
export async function issuedOf(em: EntityManager, umkmIds: readonly number[]): Promise<Map<number, Held[]>> {
  const ids = [...new Set(umkmIds)];
  const by = new Map<number, Held[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return by;
  const rows = await em.find(SertifikatEntity, {
    select: { id: true, umkmId: true, kind: true, status: true, issuedAt: true, validUntil: true },
    where: { umkmId: In(ids), status: 'terbit', deletedAt: IsNull() },
  });
  for (const r of rows) by.get(r.umkmId)!.push(r);
  return by;
}

/** Records with their ticks read from the register on each one's date. */
export async function withTicks<R extends { umkmId: number; date: string; certifications: Certification[] }>(em: EntityManager, records: R[]): Promise<R[]> {
  if (records.length === 0) return records;
  const issued = await issuedOf(
    em,
    records.map((r) => r.umkmId),
  );
  return records.map((r) => ({ ...r, certifications: ticksOn(issued.get(r.umkmId) ?? [], r.date) }));
}

/** Each tick not held on `date` becomes an issued certificate, issued that day, with a note saying where it came from. */
export async function writeTicks(em: EntityManager, edits: Edits, umkmId: number, ticks: readonly Certification[], date: string, now: string): Promise<void> {
  if (ticks.length === 0) return;
  const held = new Set(ticksOn((await issuedOf(em, [umkmId])).get(umkmId) ?? [], date));
  const notes = fill(messages.sertifikatText.fromRecord, { date: formatDate(date) });
  const rows = [...new Set(ticks)]
    .filter((t) => !held.has(t))
    .map((t) => ({ umkmId, kind: KIND_OF_TICK[t], status: 'terbit' as const, issuedAt: date, notes, createdAt: now, ...edits.stamp(now) }));
  if (rows.length) await em.insert(SertifikatEntity, rows);
}
