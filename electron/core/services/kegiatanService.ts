import { AttendanceInput, KegiatanInput, type Kegiatan, type KegiatanData, type KegiatanFigures, type KegiatanListItem } from '../../../shared/contract';
import { messages } from '../../../shared/i18n';
import { MITRA_COLUMNS, type MitraDbRow, type MitraService } from './mitraService';
import { missingIds, notFoundError, nowIso, throwIfAny, toUmkmListItem, UMKM_LIST_SELECT, unknownIdsMessage, withoutNulls, type Raw, type UmkmListRow } from './sqlHelpers';
import { parseOrThrow } from './validate';

interface KegiatanDbRow {
  id: number;
  name: string;
  theme: string | null;
  date: string;
  venue: string;
  organizer: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

const SELECT_KEGIATAN = `SELECT id, name, theme, date, venue, organizer, notes, created_at AS createdAt, updated_at AS updatedAt FROM kegiatan`;

/** hadir as stored: 1 present, 0 absent, NULL not yet marked. */
const hadir = (v: number | null | undefined): boolean | null => (v === null || v === undefined ? null : v === 1);

export class KegiatanService {
  constructor(
    private readonly raw: Raw,
    private readonly mitra: MitraService,
  ) {}

  list(): KegiatanListItem[] {
    const rows = this.raw.prepare(`${SELECT_KEGIATAN} WHERE deleted_at IS NULL ORDER BY date DESC, id DESC`).all() as KegiatanDbRow[];
    return rows.map((r) => {
      const full = this.build(r);
      return { id: r.id, name: r.name, theme: r.theme, date: r.date, venue: r.venue, figures: full.figures };
    });
  }

  get(id: number): Kegiatan {
    return this.build(this.findRow(id));
  }

  create(input: unknown): Kegiatan {
    const data = parseOrThrow(KegiatanInput, input);
    const id = this.raw.transaction(() => {
      this.checkInvited(data);
      const now = nowIso();
      const r = this.raw
        .prepare(`INSERT INTO kegiatan (name, theme, date, venue, organizer, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(data.name, data.theme ?? null, data.date, data.venue, data.organizer ?? null, data.notes ?? null, now, now);
      const newId = Number(r.lastInsertRowid);
      this.invite(newId, data);
      return newId;
    })();
    return this.get(id);
  }

  /**
   * Merges the changed fields over the stored meeting. komunitasIds / partnerIds, when given, are
   * the new invitation lists: a partner that stays invited keeps its attendance mark.
   */
  update(id: number, changes: Record<string, unknown>): Kegiatan {
    this.raw.transaction(() => {
      const row = this.findRow(id);
      const { id: _id, createdAt: _c, updatedAt: _u, ...stored } = row;
      const data = parseOrThrow(KegiatanInput, {
        ...withoutNulls(stored),
        komunitasIds: this.invitedKomunitas(id),
        partnerIds: this.invitedPartners(id),
        ...changes,
      });
      this.checkInvited(data);
      this.raw
        .prepare(`UPDATE kegiatan SET name = ?, theme = ?, date = ?, venue = ?, organizer = ?, notes = ?, updated_at = ? WHERE id = ?`)
        .run(data.name, data.theme ?? null, data.date, data.venue, data.organizer ?? null, data.notes ?? null, nowIso(), id);
      if ('komunitasIds' in changes) {
        this.raw
          .prepare(`DELETE FROM kegiatan_komunitas WHERE kegiatan_id = ? AND komunitas_id NOT IN (SELECT value FROM json_each(?))`)
          .run(id, JSON.stringify(data.komunitasIds));
      }
      if ('partnerIds' in changes) {
        this.raw
          .prepare(`DELETE FROM kegiatan_mitra WHERE kegiatan_id = ? AND mitra_id NOT IN (SELECT value FROM json_each(?))`)
          .run(id, JSON.stringify(data.partnerIds));
      }
      this.invite(id, data);
    })();
    return this.get(id);
  }

  /** Soft delete; the agreements that came from the meeting stay, no longer linked to it. */
  remove(id: number): { id: number } {
    this.raw.transaction(() => {
      this.findRow(id);
      const now = nowIso();
      this.raw.prepare(`UPDATE kemitraan SET kegiatan_id = NULL, updated_at = ? WHERE kegiatan_id = ?`).run(now, id);
      this.raw.prepare(`UPDATE kegiatan SET deleted_at = ?, updated_at = ? WHERE id = ?`).run(now, now, id);
    })();
    return { id };
  }

  /** Marks UMKM and partners present or absent; one not invited joins the meeting by its mark. */
  setAttendance(input: unknown): Kegiatan {
    const q = parseOrThrow(AttendanceInput, input);
    this.raw.transaction(() => {
      this.findRow(q.id);
      const fields: Record<string, string> = {};
      const missingUmkm = missingIds(this.raw, 'umkm', q.umkm.map((m) => m.umkmId));
      if (missingUmkm.length) fields.umkm = unknownIdsMessage(messages.entity.umkm, missingUmkm);
      const missingPartners = missingIds(this.raw, 'mitra', q.partners.map((m) => m.partnerId));
      if (missingPartners.length) fields.partners = unknownIdsMessage(messages.kemitraanEntity.mitra, missingPartners);
      throwIfAny(fields);
      const markUmkm = this.raw.prepare(
        `INSERT INTO kegiatan_umkm (kegiatan_id, umkm_id, hadir) VALUES (?, ?, ?) ON CONFLICT (kegiatan_id, umkm_id) DO UPDATE SET hadir = excluded.hadir`,
      );
      for (const m of q.umkm) markUmkm.run(q.id, m.umkmId, m.hadir ? 1 : 0);
      const markPartner = this.raw.prepare(
        `INSERT INTO kegiatan_mitra (kegiatan_id, mitra_id, hadir) VALUES (?, ?, ?) ON CONFLICT (kegiatan_id, mitra_id) DO UPDATE SET hadir = excluded.hadir`,
      );
      for (const m of q.partners) markPartner.run(q.id, m.partnerId, m.hadir ? 1 : 0);
      this.raw.prepare(`UPDATE kegiatan SET updated_at = ? WHERE id = ?`).run(nowIso(), q.id);
    })();
    return this.get(q.id);
  }

  private checkInvited(data: KegiatanData): void {
    const fields: Record<string, string> = {};
    const k = missingIds(this.raw, 'komunitas', data.komunitasIds);
    if (k.length) fields.komunitasIds = unknownIdsMessage(messages.kemitraanEntity.komunitas, k);
    const p = missingIds(this.raw, 'mitra', data.partnerIds);
    if (p.length) fields.partnerIds = unknownIdsMessage(messages.kemitraanEntity.mitra, p);
    throwIfAny(fields);
  }

  private invite(id: number, data: KegiatanData): void {
    const k = this.raw.prepare(`INSERT OR IGNORE INTO kegiatan_komunitas (kegiatan_id, komunitas_id) VALUES (?, ?)`);
    for (const c of new Set(data.komunitasIds)) k.run(id, c);
    const p = this.raw.prepare(`INSERT OR IGNORE INTO kegiatan_mitra (kegiatan_id, mitra_id, hadir) VALUES (?, ?, NULL)`);
    for (const m of new Set(data.partnerIds)) p.run(id, m);
  }

  private invitedKomunitas(id: number): number[] {
    return (
      this.raw
        .prepare(`SELECT kk.komunitas_id AS id FROM kegiatan_komunitas kk JOIN komunitas c ON c.id = kk.komunitas_id AND c.deleted_at IS NULL WHERE kk.kegiatan_id = ? ORDER BY kk.komunitas_id`)
        .all(id) as Array<{ id: number }>
    ).map((r) => r.id);
  }

  private invitedPartners(id: number): number[] {
    return (
      this.raw
        .prepare(`SELECT km.mitra_id AS id FROM kegiatan_mitra km JOIN mitra m ON m.id = km.mitra_id AND m.deleted_at IS NULL WHERE km.kegiatan_id = ? ORDER BY km.mitra_id`)
        .all(id) as Array<{ id: number }>
    ).map((r) => r.id);
  }

  /**
   * The meeting with its communities, UMKM and partners. Deleted communities, UMKM and partners
   * are left out of the lists and the figures.
   */
  private build(row: KegiatanDbRow): Kegiatan {
    const id = row.id;
    const komunitas = this.raw
      .prepare(
        `SELECT c.id AS id, c.name AS name,
           (SELECT COUNT(*) FROM komunitas_anggota a JOIN umkm u ON u.id = a.umkm_id AND u.deleted_at IS NULL WHERE a.komunitas_id = c.id) AS memberCount
         FROM kegiatan_komunitas kk JOIN komunitas c ON c.id = kk.komunitas_id AND c.deleted_at IS NULL
         WHERE kk.kegiatan_id = ? ORDER BY c.name, c.id`,
      )
      .all(id) as Array<{ id: number; name: string; memberCount: number }>;

    // Expected UMKM: members of the invited communities, plus any marked directly.
    const umkmRows = this.raw
      .prepare(
        `WITH ids AS (
           SELECT a.umkm_id AS id FROM kegiatan_komunitas kk
             JOIN komunitas c ON c.id = kk.komunitas_id AND c.deleted_at IS NULL
             JOIN komunitas_anggota a ON a.komunitas_id = kk.komunitas_id
             WHERE kk.kegiatan_id = ?
           UNION
           SELECT umkm_id FROM kegiatan_umkm WHERE kegiatan_id = ?
         )
         SELECT ${UMKM_LIST_SELECT}, ku.hadir AS hadir FROM ids JOIN umkm u ON u.id = ids.id AND u.deleted_at IS NULL
         LEFT JOIN kegiatan_umkm ku ON ku.kegiatan_id = ? AND ku.umkm_id = u.id
         ORDER BY u.business_name, u.id`,
      )
      .all(id, id, id) as Array<UmkmListRow & { hadir: number | null }>;
    const memberships = this.raw
      .prepare(
        `SELECT a.umkm_id AS umkmId, c.id AS komunitasId, c.name AS name FROM kegiatan_komunitas kk
           JOIN komunitas c ON c.id = kk.komunitas_id AND c.deleted_at IS NULL
           JOIN komunitas_anggota a ON a.komunitas_id = kk.komunitas_id
         WHERE kk.kegiatan_id = ? ORDER BY c.name, c.id`,
      )
      .all(id) as Array<{ umkmId: number; komunitasId: number; name: string }>;
    const byUmkm = new Map<number, Array<{ komunitasId: number; name: string }>>();
    for (const m of memberships) {
      const list = byUmkm.get(m.umkmId) ?? [];
      list.push(m);
      byUmkm.set(m.umkmId, list);
    }
    const umkm = umkmRows.map(({ hadir: h, ...u }) => ({
      ...toUmkmListItem(u),
      hadir: hadir(h),
      komunitasNames: (byUmkm.get(u.id) ?? []).map((m) => m.name),
    }));

    const partnerRows = this.raw
      .prepare(
        `SELECT ${MITRA_COLUMNS}, km.hadir AS hadir FROM kegiatan_mitra km JOIN mitra m ON m.id = km.mitra_id AND m.deleted_at IS NULL
         WHERE km.kegiatan_id = ? ORDER BY m.name, m.id`,
      )
      .all(id) as Array<MitraDbRow & { hadir: number | null }>;
    const items = this.mitra.toListItems(partnerRows);
    const partners = items.map((p, i) => ({ ...p, hadir: hadir(partnerRows[i]!.hadir) }));

    const presentKomunitas = new Set<number>();
    for (const u of umkm) if (u.hadir === true) for (const m of byUmkm.get(u.id) ?? []) presentKomunitas.add(m.komunitasId);
    const agreements = this.raw
      .prepare(
        `SELECT COUNT(*) AS proposed, COALESCE(SUM(CASE WHEN status IN ('aktif', 'selesai') THEN 1 ELSE 0 END), 0) AS signed
         FROM kemitraan WHERE kegiatan_id = ? AND deleted_at IS NULL`,
      )
      .get(id) as { proposed: number; signed: number };
    const figures: KegiatanFigures = {
      komunitasInvited: komunitas.length,
      komunitasPresent: presentKomunitas.size,
      umkmExpected: umkm.length,
      umkmPresent: umkm.filter((u) => u.hadir === true).length,
      partnersInvited: partners.length,
      partnersPresent: partners.filter((p) => p.hadir === true).length,
      agreementsProposed: agreements.proposed,
      agreementsSigned: agreements.signed,
    };
    return {
      id: row.id,
      name: row.name,
      theme: row.theme,
      date: row.date,
      venue: row.venue,
      organizer: row.organizer,
      notes: row.notes,
      komunitas,
      umkm,
      partners,
      figures,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }

  private findRow(id: number): KegiatanDbRow {
    const row = this.raw.prepare(`${SELECT_KEGIATAN} WHERE id = ? AND deleted_at IS NULL`).get(id) as KegiatanDbRow | undefined;
    if (!row) throw notFoundError(messages.kemitraanEntity.kegiatan, id);
    return row;
  }
}
