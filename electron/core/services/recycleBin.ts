import { TrashItemInput, TrashListQuery, TRASH_KINDS, type AuditChanges, type TrashDone, type TrashItem, type TrashKind, type TrashPage } from '../../../shared/contract';
import { fill, messages } from '../../../shared/i18n';
import type { AuditLog } from '../audit/auditLog';
import type { Caller } from '../auth/caller';
import { AppError } from '../errors';
import { likeSubstring, nowIso, type Raw } from './sqlHelpers';
import { parseOrThrow } from './validate';

const t = messages.trashErrors;
const s = messages.auditSummary;

interface KindSql {
  table: string;
  /** The column a clerk knows the row by, and the raw value under it (the page formats it by kind). */
  name: string;
  detail: string;
}

const KINDS: Record<TrashKind, KindSql> = {
  umkm: { table: 'umkm', name: 'business_name', detail: `x.nik || coalesce(' · ' || x.nib, '')` },
  mitra: { table: 'mitra', name: 'name', detail: 'x.kind' },
  kemitraan: { table: 'kemitraan', name: 'number', detail: 'x.start_date' },
  komunitas: { table: 'komunitas', name: 'name', detail: 'x.kecamatan' },
  kegiatan: { table: 'kegiatan', name: 'name', detail: 'x.date' },
};

/** Rows that depend on a purged row and go with it (ON DELETE CASCADE), counted for the record. */
const DEPENDANTS: Record<TrashKind, Array<{ field: string; sql: string }>> = {
  umkm: [
    { field: 'classRecords', sql: `SELECT COUNT(*) AS n FROM riwayat_kelas WHERE umkm_id = ?` },
    { field: 'memberships', sql: `SELECT COUNT(*) AS n FROM komunitas_anggota WHERE umkm_id = ?` },
    { field: 'attendance', sql: `SELECT COUNT(*) AS n FROM kegiatan_umkm WHERE umkm_id = ?` },
  ],
  mitra: [{ field: 'invitations', sql: `SELECT COUNT(*) AS n FROM kegiatan_mitra WHERE mitra_id = ?` }],
  kemitraan: [],
  komunitas: [
    { field: 'memberships', sql: `SELECT COUNT(*) AS n FROM komunitas_anggota WHERE komunitas_id = ?` },
    { field: 'invitations', sql: `SELECT COUNT(*) AS n FROM kegiatan_komunitas WHERE komunitas_id = ?` },
  ],
  kegiatan: [
    { field: 'invitations', sql: `SELECT (SELECT COUNT(*) FROM kegiatan_komunitas WHERE kegiatan_id = ?1) + (SELECT COUNT(*) FROM kegiatan_mitra WHERE kegiatan_id = ?1) AS n` },
    { field: 'attendance', sql: `SELECT COUNT(*) AS n FROM kegiatan_umkm WHERE kegiatan_id = ?` },
  ],
};

/** Agreements that hold a row through ON DELETE RESTRICT: it cannot go while they stay. */
const AGREEMENT_COLUMN: Partial<Record<TrashKind, string>> = { umkm: 'umkm_id', mitra: 'mitra_id', komunitas: 'komunitas_id' };

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The recycle bin: soft-deleted UMKM, partners, agreements, communities and meetings. An admin
 * restores a row (when nothing live has taken its NIK, NIB or number since) or purges it for good
 * with the rows that depend on it; both are written to the audit trail in the same transaction.
 */
export class RecycleBin {
  constructor(
    private readonly raw: Raw,
    private readonly audit: AuditLog,
  ) {}

  list(input: unknown): TrashPage {
    const q = parseOrThrow(TrashListQuery, input ?? {});
    const k = KINDS[q.kind];
    const where = ['x.deleted_at IS NOT NULL'];
    const params: unknown[] = [];
    if (q.search) {
      where.push(`x.${k.name} LIKE ? ESCAPE '\\'`);
      params.push(likeSubstring(q.search));
    }
    const whereSql = where.join(' AND ');
    const { total } = this.raw.prepare(`SELECT COUNT(*) AS total FROM ${k.table} x WHERE ${whereSql}`).get(...params) as { total: number };
    // Who deleted it is the trail's latest delete of the row (index on entity, entity_id, at).
    const rows = this.raw
      .prepare(
        `SELECT x.id AS id, x.${k.name} AS name, ${k.detail} AS detail, x.deleted_at AS deletedAt,
           (SELECT a.username FROM audit_log a WHERE a.entity = ? AND a.entity_id = x.id AND a.action = 'delete' ORDER BY a.at DESC, a.id DESC LIMIT 1) AS deletedBy
         FROM ${k.table} x WHERE ${whereSql} ORDER BY x.deleted_at DESC, x.id DESC LIMIT ? OFFSET ?`,
      )
      .all(q.kind, ...params, q.pageSize, (q.page - 1) * q.pageSize) as Array<Omit<TrashItem, 'kind'>>;
    const counts = Object.fromEntries(
      TRASH_KINDS.map((kind) => [kind, (this.raw.prepare(`SELECT COUNT(*) AS n FROM ${KINDS[kind].table} WHERE deleted_at IS NOT NULL`).get() as { n: number }).n]),
    ) as Record<TrashKind, number>;
    return { items: rows.map((r) => ({ kind: q.kind, ...r })), total, page: q.page, pageSize: q.pageSize, counts };
  }

  restore(input: unknown, caller: Caller): TrashDone {
    const { kind, id } = parseOrThrow(TrashItemInput, input);
    return this.raw.transaction(() => {
      const row = this.deletedRow(kind, id);
      this.checkRestorable(kind, row);
      const now = nowIso();
      this.raw.prepare(`UPDATE ${KINDS[kind].table} SET deleted_at = NULL, updated_at = ? WHERE id = ?`).run(now, id);
      const name = String(row[KINDS[kind].name]);
      this.audit.record({
        caller,
        action: 'restore',
        entity: kind,
        entityId: id,
        summary: fill(s.restore, { entity: messages.auditEntities[kind], name }),
        changes: { deletedAt: [row.deleted_at, null] },
        at: now,
      });
      return { kind, id, name };
    })();
  }

  /** Deletes the row for good with what depends on it; the trail keeps the whole row as it was. */
  purge(input: unknown, caller: Caller): TrashDone {
    const { kind, id } = parseOrThrow(TrashItemInput, input);
    return this.raw.transaction(() => {
      const row = this.deletedRow(kind, id);
      const column = AGREEMENT_COLUMN[kind];
      if (column) {
        const held = this.raw.prepare(`SELECT number FROM kemitraan WHERE ${column} = ? ORDER BY id LIMIT 6`).all(id) as Array<{ number: string }>;
        if (held.length) {
          const numbers = held.slice(0, 5).map((h) => h.number).join(', ') + (held.length > 5 ? ', …' : '');
          throw new AppError('CONFLICT', fill(t.purgeHasAgreements, { numbers }));
        }
      }
      const changes: AuditChanges = {};
      for (const [column, value] of Object.entries(row)) if (column !== 'id' && value !== null) changes[camel(column)] = [value, null];
      if (kind === 'kemitraan') {
        const supports = this.raw.prepare(`SELECT kind, description, value FROM kemitraan_dukungan WHERE kemitraan_id = ? ORDER BY id`).all(id);
        if (supports.length) changes.supports = [supports, null];
      }
      for (const d of DEPENDANTS[kind]) {
        const { n } = this.raw.prepare(d.sql).get(id) as { n: number };
        if (n > 0) changes[d.field] = [n, null];
      }
      this.raw.prepare(`DELETE FROM ${KINDS[kind].table} WHERE id = ?`).run(id);
      const name = String(row[KINDS[kind].name]);
      this.audit.record({ caller, action: 'purge', entity: kind, entityId: id, summary: fill(s.purge, { entity: messages.auditEntities[kind], name }), changes });
      return { kind, id, name };
    })();
  }

  private deletedRow(kind: TrashKind, id: number): Record<string, unknown> {
    const row = this.raw.prepare(`SELECT * FROM ${KINDS[kind].table} WHERE id = ? AND deleted_at IS NOT NULL`).get(id) as Record<string, unknown> | undefined;
    if (!row) throw new AppError('NOT_FOUND', fill(t.notInTrash, { entity: messages.auditEntities[kind], id }));
    return row;
  }

  /**
   * A UMKM comes back only if no active UMKM took its NIK or NIB meanwhile; an agreement only if
   * its number is still free and, while proposed or active, its partner and community are live
   * (deleting those is refused while such agreements stand, so restoring must not undo that).
   */
  private checkRestorable(kind: TrashKind, row: Record<string, unknown>): void {
    if (kind === 'umkm' && row.status === 'aktif') {
      const holder = (column: 'nik' | 'nib') =>
        this.raw
          .prepare(`SELECT id, business_name AS name FROM umkm WHERE ${column} = ? AND status = 'aktif' AND deleted_at IS NULL AND id <> ? ORDER BY id LIMIT 1`)
          .get(row[column], row.id) as { id: number; name: string } | undefined;
      const byNik = holder('nik');
      if (byNik) throw new AppError('DUPLICATE', fill(t.restoreNikTaken, { nik: String(row.nik), name: byNik.name, id: byNik.id }), { nik: fill(t.restoreNikTaken, { nik: String(row.nik), name: byNik.name, id: byNik.id }) });
      const byNib = row.nib ? holder('nib') : undefined;
      if (byNib) throw new AppError('DUPLICATE', fill(t.restoreNibTaken, { nib: String(row.nib), name: byNib.name, id: byNib.id }), { nib: fill(t.restoreNibTaken, { nib: String(row.nib), name: byNib.name, id: byNib.id }) });
    }
    if (kind === 'kemitraan') {
      const taken = this.raw.prepare(`SELECT id FROM kemitraan WHERE number = ? AND deleted_at IS NULL AND id <> ?`).get(row.number, row.id) as { id: number } | undefined;
      if (taken) throw new AppError('DUPLICATE', fill(t.restoreNumberTaken, { number: String(row.number), id: taken.id }), { number: fill(t.restoreNumberTaken, { number: String(row.number), id: taken.id }) });
      if (row.status === 'aktif' || row.status === 'diusulkan') {
        const partner = this.raw.prepare(`SELECT name, deleted_at AS deletedAt FROM mitra WHERE id = ?`).get(row.mitra_id) as { name: string; deletedAt: string | null };
        if (partner.deletedAt) throw new AppError('CONFLICT', fill(t.restorePartnerDeleted, { name: partner.name }));
        if (row.komunitas_id !== null) {
          const k = this.raw.prepare(`SELECT name, deleted_at AS deletedAt FROM komunitas WHERE id = ?`).get(row.komunitas_id) as { name: string; deletedAt: string | null };
          if (k.deletedAt) throw new AppError('CONFLICT', fill(t.restoreKomunitasDeleted, { name: k.name }));
        }
      }
    }
  }
}
