import type { AuditChanges } from '../../../shared/contract';

/** A record as the audit trail compares it: plain field values, arrays and small objects. */
export type Snapshot = Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Field by field, what differs between two snapshots of one record. `null` before is a record
 * created, `null` after one gone: every field with a value is listed then.
 */
export function diff(before: Snapshot | null, after: Snapshot | null): AuditChanges {
  const out: AuditChanges = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const k of keys) {
    const b = before?.[k] ?? null;
    const a = after?.[k] ?? null;
    if (!same(b, a)) out[k] = [b, a];
  }
  return out;
}
