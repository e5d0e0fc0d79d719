import type { Statement } from 'better-sqlite3';
import { AuditListQuery, type AuditAction, type AuditChanges, type AuditEntity, type AuditEntry, type AuditPage } from '../../../shared/contract';
import type { Caller } from '../auth/caller';
import { likeSubstring, nowIso, type Raw } from '../services/sqlHelpers';
import { parseOrThrow } from '../services/validate';
import { redact } from './redact';

/** Who acted: a handler's Caller, or a sign-in attempt for a name without an account (no role). */
export type AuditActor = Pick<Caller, 'userId' | 'username' | 'via'> & { role: string };

/** One line of the trail as a writer gives it; `at` defaults to now. */
export interface AuditRecordInput {
  caller: AuditActor;
  action: AuditAction;
  entity?: AuditEntity | null;
  entityId?: number | null;
  summary: string;
  changes?: AuditChanges;
  at?: string;
}

interface AuditDbRow {
  id: number;
  at: string;
  userId: number | null;
  username: string;
  role: string;
  via: AuditEntry['via'];
  action: AuditAction;
  entity: AuditEntity | null;
  entityId: number | null;
  summary: string;
  changes: string;
}

const COLUMNS = `id, at, user_id AS userId, username, role, via, action, entity, entity_id AS entityId, summary, changes`;
/** An entity's page shows this many of its latest lines; the audit page has the rest. */
const HISTORY_LIMIT = 500;

/** Local midnight of a calendar date, as the ISO instant the log stores. */
function startOfDay(date: string, plusDays = 0): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + plusDays).toISOString();
}

const toEntry = (r: AuditDbRow): AuditEntry => ({ ...r, changes: JSON.parse(r.changes) as AuditChanges });

/**
 * The audit trail: appended to by every write, never changed (the table's triggers refuse UPDATE
 * and DELETE). record() is one synchronous prepared insert, so it runs inside the caller's
 * better-sqlite3 transaction and is committed or rolled back with the write it describes.
 */
export class AuditLog {
  private readonly insert: Statement;

  constructor(private readonly raw: Raw) {
    this.insert = raw.prepare(
      `INSERT INTO audit_log (at, user_id, username, role, via, action, entity, entity_id, summary, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  record(e: AuditRecordInput): number {
    const r = this.insert.run(
      e.at ?? nowIso(),
      e.caller.userId,
      e.caller.username,
      e.caller.role,
      e.caller.via,
      e.action,
      e.entity ?? null,
      e.entityId ?? null,
      e.summary,
      JSON.stringify(redact(e.changes ?? {})),
    );
    return Number(r.lastInsertRowid);
  }

  /** Newest first, filtered; dates are the clerk's calendar days, both inclusive. */
  list(input: unknown): AuditPage {
    const q = parseOrThrow(AuditListQuery, input ?? {});
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, ...p: unknown[]) => {
      where.push(sql);
      params.push(...p);
    };
    if (q.from) add('at >= ?', startOfDay(q.from));
    if (q.to) add('at < ?', startOfDay(q.to, 1));
    if (q.username) add('username = ?', q.username);
    if (q.action) add('action = ?', q.action);
    if (q.entity) add('entity = ?', q.entity);
    if (q.entityId !== undefined) add('entity_id = ?', q.entityId);
    if (q.search) add(`(summary LIKE ? ESCAPE '\\' OR username LIKE ? ESCAPE '\\')`, likeSubstring(q.search), likeSubstring(q.search));
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const { total } = this.raw.prepare(`SELECT COUNT(*) AS total FROM audit_log ${whereSql}`).get(...params) as { total: number };
    const rows = this.raw
      .prepare(`SELECT ${COLUMNS} FROM audit_log ${whereSql} ORDER BY at DESC, id DESC LIMIT ? OFFSET ?`)
      .all(...params, q.pageSize, (q.page - 1) * q.pageSize) as AuditDbRow[];
    const usernames = (this.raw.prepare(`SELECT DISTINCT username FROM audit_log ORDER BY username`).all() as Array<{ username: string }>).map((r) => r.username);
    return { items: rows.map(toEntry), total, page: q.page, pageSize: q.pageSize, usernames };
  }

  /** One record's own history, newest first; a UMKM's includes its class records. */
  forEntity(entity: AuditEntity, id: number): AuditEntry[] {
    const rows =
      entity === 'umkm'
        ? this.raw
            .prepare(
              `SELECT ${COLUMNS} FROM audit_log WHERE entity = 'umkm' AND entity_id = ?
               UNION ALL
               SELECT ${COLUMNS} FROM audit_log WHERE entity = 'class_record' AND entity_id IN (SELECT id FROM riwayat_kelas WHERE umkm_id = ?)
               ORDER BY at DESC, id DESC LIMIT ?`,
            )
            .all(id, id, HISTORY_LIMIT)
        : this.raw.prepare(`SELECT ${COLUMNS} FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY at DESC, id DESC LIMIT ?`).all(entity, id, HISTORY_LIMIT);
    return (rows as AuditDbRow[]).map(toEntry);
  }

  /** Who deleted a record, and when, as the trail tells it (the latest delete). */
  lastDelete(entity: AuditEntity, id: number): { username: string; at: string } | undefined {
    return this.raw
      .prepare(`SELECT username, at FROM audit_log WHERE entity = ? AND entity_id = ? AND action = 'delete' ORDER BY at DESC, id DESC LIMIT 1`)
      .get(entity, id) as { username: string; at: string } | undefined;
  }
}
