import type { AuditEntry } from '../contract/audit';
import { formatDatesIn } from './date';

/**
 * A trail line's summary as the pages show it. Lines are never rewritten, and class records were
 * once named "2024-06-30 · UMKM #27": that name gives way to the one the listing looked up (the
 * day as 30/06/2024 and the business name), and any other ISO date reads as dd/mm/yyyy.
 */
export function auditSummary(e: Pick<AuditEntry, 'entity' | 'summary' | 'recordName'>): string {
  const text = e.entity === 'class_record' && e.recordName ? e.summary.replace(/\d{4}-\d{2}-\d{2} · UMKM #\d+/, e.recordName) : e.summary;
  return formatDatesIn(text);
}
