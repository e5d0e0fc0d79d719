import { dialectOf } from '../db/dialectOf';
import crypto from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AuditEntryRow } from '../db/entities/auditEntry';

// The audit trail as a hash chain: each line stores the hash of the line before it and a hash of
// that and its own content, so a line deleted, changed or put in between breaks every link after
// it. The triggers that refuse UPDATE and DELETE stop the app's own code; the chain shows what
// someone holding the file did around them (the triggers dropped, rows rewritten, the triggers put
// back). The newest link is also kept outside the database (chainHead.ts), so lines cut from the
// end are seen too.

/** The link before the first line. */
export const GENESIS = '0'.repeat(64);

/** What a line's hash covers, as stored: `changes` is its JSON text. */
export interface LinkContent {
  at: string;
  userId: number | null;
  username: string;
  role: string;
  via: string;
  action: string;
  entity: string | null;
  entityId: number | null;
  summary: string;
  changes: string;
  /** The computer it was written on; absent (null) on lines from before migration ConcurrentEdits. */
  workstation?: string | null;
}

/**
 * A line's hash. The workstation is covered when the line has one, so it cannot be changed or
 * added afterwards; a line without one (every line written before it was recorded) is hashed
 * exactly as it always was, so the links already stored still verify.
 */
export function linkHash(prev: string, c: LinkContent): string {
  const fields: unknown[] = [c.at, c.userId, c.username, c.role, c.via, c.action, c.entity, c.entityId, c.summary, c.changes];
  if (c.workstation !== null && c.workstation !== undefined) fields.push(c.workstation);
  return crypto.createHash('sha256').update(prev).update('\n').update(JSON.stringify(fields)).digest('hex');
}

/** A line as audit_log stores it (column names), for walking or linking lines already written. */
export interface StoredLine {
  at: string;
  user_id: number | null;
  username: string;
  role: string;
  via: string;
  action: string;
  entity: string | null;
  entity_id: number | null;
  summary: string;
  changes: string;
  /** Absent when read from a file without the column (before migration ConcurrentEdits). */
  workstation?: string | null;
}

export const storedLinkHash = (prev: string, l: StoredLine): string =>
  linkHash(prev, {
    at: l.at,
    userId: l.user_id,
    username: l.username,
    role: l.role,
    via: l.via,
    action: l.action,
    entity: l.entity,
    entityId: l.entity_id,
    summary: l.summary,
    changes: l.changes,
    workstation: l.workstation,
  });

/** The columns a walk or a copy of stored lines reads: with the workstation where the file has it. */
export const storedLineColumns = (hasWorkstation: boolean): string =>
  `id, at, user_id, username, role, via, action, entity, entity_id, summary, changes${hasWorkstation ? ', workstation' : ''}`;

type NewLine = Omit<AuditEntryRow, 'id' | 'prevHash' | 'hash'>;

/** The hash of the newest line of the trail, as the open unit of work sees it. */
async function lastHash(em: EntityManager): Promise<string> {
  const rows = (await em.query(`SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1`)) as Array<{ hash: string | null }>;
  return rows[0]?.hash ?? GENESIS;
}

/** New lines linked, in order, after the newest line of the trail (in the writer's transaction). */
export async function chained(em: EntityManager, lines: readonly NewLine[]): Promise<AuditEntryRow[]> {
  // Several PCs on one PostgreSQL registry: the next line's writer waits for this one's commit.
  await dialectOf(em).serializeAudit(em);
  let prev = await lastHash(em);
  return lines.map((l) => {
    const hash = linkHash(prev, { ...l, changes: JSON.stringify(l.changes) });
    const row = { ...l, prevHash: prev, hash } as AuditEntryRow;
    prev = hash;
    return row;
  });
}
