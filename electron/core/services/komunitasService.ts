import { KomunitasInput, KomunitasListQuery, MembershipInput, type Komunitas, type KomunitasData, type KomunitasListItem } from '../../../shared/contract';
import { kecamatanName } from '../../../shared/domain/regions';
import { fill, messages } from '../../../shared/i18n';
import { AppError } from '../errors';
import {
  jsonIds,
  likeSubstring,
  missingIds,
  notFoundError,
  nowIso,
  throwIfAny,
  toUmkmListItem,
  UMKM_LIST_SELECT,
  unknownIdsMessage,
  withoutNulls,
  type Raw,
  type UmkmListRow,
} from './sqlHelpers';
import { parseOrThrow } from './validate';

const k = messages.kemitraanValidation;

interface KomunitasDbRow {
  id: number;
  name: string;
  kecamatan: string | null;
  leaderUmkmId: number | null;
  leaderName: string | null;
  storedLeaderName: string | null;
  phone: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

// The leader's name follows the leader UMKM's owner (while that UMKM is in the registry), so an
// edit of the owner's name shows here too; otherwise it is the named contact.
const selectKomunitas = (extraColumns = '') => `SELECT c.id AS id, c.name AS name, c.kecamatan AS kecamatan, c.leader_umkm_id AS leaderUmkmId,
  COALESCE(l.owner_name, c.leader_name) AS leaderName, c.leader_name AS storedLeaderName, c.phone AS phone, c.notes AS notes,
  c.created_at AS createdAt, c.updated_at AS updatedAt${extraColumns}
  FROM komunitas c LEFT JOIN umkm l ON l.id = c.leader_umkm_id AND l.deleted_at IS NULL`;

/** Members counted and listed are UMKM still in the registry (not deleted). */
const MEMBER_COUNT = `(SELECT COUNT(*) FROM komunitas_anggota a JOIN umkm mu ON mu.id = a.umkm_id AND mu.deleted_at IS NULL WHERE a.komunitas_id = c.id)`;

export class KomunitasService {
  constructor(private readonly raw: Raw) {}

  list(rawQuery: unknown): KomunitasListItem[] {
    const q = parseOrThrow(KomunitasListQuery, rawQuery ?? {});
    const where = ['c.deleted_at IS NULL'];
    const params: unknown[] = [];
    if (q.search) {
      where.push(`c.name LIKE ? ESCAPE '\\'`);
      params.push(likeSubstring(q.search));
    }
    if (q.kecamatan) {
      where.push('c.kecamatan = ?');
      params.push(q.kecamatan);
    }
    if (q.umkmId !== undefined) {
      where.push('c.id IN (SELECT komunitas_id FROM komunitas_anggota WHERE umkm_id = ?)');
      params.push(q.umkmId);
    }
    const rows = this.raw
      .prepare(`${selectKomunitas(`, ${MEMBER_COUNT} AS memberCount`)} WHERE ${where.join(' AND ')} ORDER BY c.name, c.id`)
      .all(...params) as Array<KomunitasDbRow & { memberCount: number }>;
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      kecamatan: r.kecamatan,
      kecamatanName: r.kecamatan ? kecamatanName(r.kecamatan) : null,
      leaderName: r.leaderName,
      memberCount: r.memberCount,
    }));
  }

  get(id: number): Komunitas {
    const row = this.findRow(id);
    const members = this.raw
      .prepare(
        `SELECT ${UMKM_LIST_SELECT} FROM komunitas_anggota a JOIN umkm u ON u.id = a.umkm_id AND u.deleted_at IS NULL
         WHERE a.komunitas_id = ? ORDER BY u.business_name, u.id`,
      )
      .all(id) as UmkmListRow[];
    return {
      id: row.id,
      name: row.name,
      kecamatan: row.kecamatan,
      kecamatanName: row.kecamatan ? kecamatanName(row.kecamatan) : null,
      leaderUmkmId: row.leaderUmkmId,
      leaderName: row.leaderName,
      phone: row.phone,
      notes: row.notes,
      members: members.map(toUmkmListItem),
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }

  create(input: unknown): Komunitas {
    const data = parseOrThrow(KomunitasInput, input);
    const id = this.raw.transaction(() => {
      const memberIds = [...new Set(data.memberIds)];
      this.checkMembers(data, memberIds, 'memberIds');
      const now = nowIso();
      const r = this.raw
        .prepare(
          `INSERT INTO komunitas (name, kecamatan, leader_umkm_id, leader_name, phone, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(data.name, data.kecamatan ?? null, data.leaderUmkmId ?? null, data.leaderName ?? null, data.phone ?? null, data.notes ?? null, now, now);
      const newId = Number(r.lastInsertRowid);
      this.insertMembers(newId, memberIds, now);
      return newId;
    })();
    return this.get(id);
  }

  /** Merges the changed fields over the stored community; memberIds, when given, is the new member list. */
  update(id: number, changes: Record<string, unknown>): Komunitas {
    this.raw.transaction(() => {
      const row = this.findRow(id);
      const current = this.memberIds(id);
      const stored = withoutNulls({
        name: row.name,
        kecamatan: row.kecamatan,
        leaderUmkmId: row.leaderUmkmId,
        leaderName: row.storedLeaderName,
        phone: row.phone,
        notes: row.notes,
      });
      const data = parseOrThrow(KomunitasInput, { ...stored, memberIds: current, ...changes });
      const memberIds = [...new Set(data.memberIds)];
      this.checkMembers(data, memberIds, 'memberIds');
      const now = nowIso();
      this.raw
        .prepare(`UPDATE komunitas SET name = ?, kecamatan = ?, leader_umkm_id = ?, leader_name = ?, phone = ?, notes = ?, updated_at = ? WHERE id = ?`)
        .run(data.name, data.kecamatan ?? null, data.leaderUmkmId ?? null, data.leaderName ?? null, data.phone ?? null, data.notes ?? null, now, id);
      if ('memberIds' in changes) {
        const keep = new Set(memberIds);
        this.deleteMembers(
          id,
          current.filter((m) => !keep.has(m)),
        );
        this.insertMembers(id, memberIds, now);
      }
    })();
    return this.get(id);
  }

  /** Soft delete; refused while the community is party to a proposed or active agreement. */
  remove(id: number): { id: number } {
    this.raw.transaction(() => {
      this.findRow(id);
      const { n } = this.raw
        .prepare(`SELECT COUNT(*) AS n FROM kemitraan WHERE komunitas_id = ? AND status IN ('diusulkan', 'aktif') AND deleted_at IS NULL`)
        .get(id) as { n: number };
      if (n > 0) throw new AppError('CONFLICT', fill(k.komunitasHasAgreements, { n }));
      this.raw.prepare(`UPDATE komunitas SET deleted_at = ?, updated_at = ? WHERE id = ?`).run(nowIso(), nowIso(), id);
    })();
    return { id };
  }

  addMembers(input: unknown): Komunitas {
    const q = parseOrThrow(MembershipInput, input);
    this.raw.transaction(() => {
      this.findRow(q.id);
      const ids = [...new Set(q.umkmIds)];
      const missing = missingIds(this.raw, 'umkm', ids);
      throwIfAny(missing.length ? { umkmIds: unknownIdsMessage(messages.entity.umkm, missing) } : {});
      const now = nowIso();
      this.insertMembers(q.id, ids, now);
      this.touch(q.id, now);
    })();
    return this.get(q.id);
  }

  /**
   * Removes members; their agreements (with the partner directly, or the community's own) stay as
   * they are. A removed leader leaves the community without a leader UMKM.
   */
  removeMembers(input: unknown): Komunitas {
    const q = parseOrThrow(MembershipInput, input);
    this.raw.transaction(() => {
      const row = this.findRow(q.id);
      const current = new Set(this.memberIds(q.id));
      const ids = [...new Set(q.umkmIds)];
      const notMembers = ids.filter((i) => !current.has(i));
      throwIfAny(notMembers.length ? { umkmIds: fill(k.notMember, { id: notMembers.join(', ') }) } : {});
      this.deleteMembers(q.id, ids);
      if (row.leaderUmkmId !== null && ids.includes(row.leaderUmkmId)) {
        this.raw.prepare(`UPDATE komunitas SET leader_umkm_id = NULL WHERE id = ?`).run(q.id);
      }
      this.touch(q.id, nowIso());
    })();
    return this.get(q.id);
  }

  private checkMembers(data: KomunitasData, memberIds: number[], field: string): void {
    const fields: Record<string, string> = {};
    const missing = missingIds(this.raw, 'umkm', memberIds);
    if (missing.length) fields[field] = unknownIdsMessage(messages.entity.umkm, missing);
    if (data.leaderUmkmId !== undefined && !memberIds.includes(data.leaderUmkmId)) fields.leaderUmkmId = k.leaderNotMember;
    throwIfAny(fields);
  }

  /** Live members only: rows of deleted UMKM are left alone (the registry keeps them). */
  private memberIds(id: number): number[] {
    return (
      this.raw
        .prepare(`SELECT a.umkm_id AS id FROM komunitas_anggota a JOIN umkm u ON u.id = a.umkm_id AND u.deleted_at IS NULL WHERE a.komunitas_id = ? ORDER BY a.umkm_id`)
        .all(id) as Array<{ id: number }>
    ).map((r) => r.id);
  }

  private insertMembers(id: number, umkmIds: number[], now: string): void {
    const insert = this.raw.prepare(`INSERT OR IGNORE INTO komunitas_anggota (komunitas_id, umkm_id, joined_at) VALUES (?, ?, ?)`);
    for (const u of umkmIds) insert.run(id, u, now);
  }

  private deleteMembers(id: number, umkmIds: number[]): void {
    if (umkmIds.length === 0) return;
    this.raw.prepare(`DELETE FROM komunitas_anggota WHERE komunitas_id = ? AND umkm_id IN (SELECT value FROM json_each(?))`).run(id, jsonIds(umkmIds));
  }

  private touch(id: number, now: string): void {
    this.raw.prepare(`UPDATE komunitas SET updated_at = ? WHERE id = ?`).run(now, id);
  }

  private findRow(id: number): KomunitasDbRow {
    const row = this.raw.prepare(`${selectKomunitas()} WHERE c.id = ? AND c.deleted_at IS NULL`).get(id) as KomunitasDbRow | undefined;
    if (!row) throw notFoundError(messages.kemitraanEntity.komunitas, id);
    return row;
  }
}
