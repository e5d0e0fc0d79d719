import type { z } from 'zod';
import {
  KemitraanInput,
  KemitraanListQuery,
  KemitraanStatusInput,
  ProposeInput,
  type Kemitraan,
  type KemitraanData,
  type Page,
  type Support,
} from '../../../shared/contract';
import { canTransition, DEFAULT_PATTERN, isDueForReview, type KemitraanStatus, type PartnershipPattern, type SupportKind } from '../../../shared/domain/partnership';
import { todayIso } from '../../../shared/format/date';
import { fill, messages } from '../../../shared/i18n';
import type { MitraService } from './mitraService';
import { fieldsError, jsonIds, notFoundError, nowIso, throwIfAny, withoutNulls, type Raw } from './sqlHelpers';
import { parseOrThrow } from './validate';

const k = messages.kemitraanValidation;
const statusLabel = (s: KemitraanStatus) => messages.kemitraanEnums.status[s];

interface KemitraanDbRow {
  id: number;
  number: string;
  partnerId: number;
  partnerName: string;
  umkmId: number | null;
  umkmName: string | null;
  komunitasId: number | null;
  komunitasName: string | null;
  kecamatan: string | null;
  signedAt: string | null;
  startDate: string;
  endDate: string | null;
  pattern: PartnershipPattern;
  status: KemitraanStatus;
  eventId: number | null;
  eventName: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

// Agreements list whatever became of their parties: a UMKM moved out of the registry, or a
// community deleted, still names them here.
const KEMITRAAN_COLUMNS = `k.id AS id, k.number AS number, k.mitra_id AS partnerId, m.name AS partnerName,
  k.umkm_id AS umkmId, u.business_name AS umkmName, k.komunitas_id AS komunitasId, c.name AS komunitasName,
  COALESCE(u.kecamatan, c.kecamatan) AS kecamatan, k.signed_at AS signedAt, k.start_date AS startDate, k.end_date AS endDate,
  k.pattern AS pattern, k.status AS status, k.kegiatan_id AS eventId, e.name AS eventName, k.notes AS notes,
  k.created_at AS createdAt, k.updated_at AS updatedAt`;
const KEMITRAAN_FROM = `FROM kemitraan k
  JOIN mitra m ON m.id = k.mitra_id
  LEFT JOIN umkm u ON u.id = k.umkm_id
  LEFT JOIN komunitas c ON c.id = k.komunitas_id
  LEFT JOIN kegiatan e ON e.id = k.kegiatan_id`;
const SELECT_KEMITRAAN = `SELECT ${KEMITRAAN_COLUMNS} ${KEMITRAAN_FROM}`;

/** The list's filters (aliases of KEMITRAAN_FROM), shared by the page and the export. */
function kemitraanWhere(q: z.output<typeof KemitraanListQuery>, today: string): { whereSql: string; params: unknown[] } {
  const where = ['k.deleted_at IS NULL'];
  const params: unknown[] = [];
  const add = (sql: string, ...p: unknown[]) => {
    where.push(sql);
    params.push(...p);
  };
  if (q.status) add('k.status = ?', q.status);
  if (q.partnerId !== undefined) add('k.mitra_id = ?', q.partnerId);
  if (q.umkmId !== undefined) add('k.umkm_id = ?', q.umkmId);
  if (q.komunitasId !== undefined) add('k.komunitas_id = ?', q.komunitasId);
  if (q.eventId !== undefined) add('k.kegiatan_id = ?', q.eventId);
  if (q.pattern) add('k.pattern = ?', q.pattern);
  if (q.supportKind) add('EXISTS (SELECT 1 FROM kemitraan_dukungan d WHERE d.kemitraan_id = k.id AND d.kind = ?)', q.supportKind);
  if (q.kecamatan) add('COALESCE(u.kecamatan, c.kecamatan) = ?', q.kecamatan);
  // Running at some time within [from, to]: started by `to`, not ended before `from`.
  if (q.to) add('k.start_date <= ?', q.to);
  if (q.from) add('(k.end_date IS NULL OR k.end_date >= ?)', q.from);
  const due = `(k.status = 'aktif' AND k.end_date IS NOT NULL AND k.end_date < ?)`;
  if (q.dueForReview === true) add(due, today);
  if (q.dueForReview === false) add(`NOT ${due}`, today);
  return { whereSql: where.join(' AND '), params };
}

const NUMBER_PATTERN = /^KMT\/(\d{4})\/(\d+)$/;

export class KemitraanService {
  constructor(
    private readonly raw: Raw,
    private readonly mitra: MitraService,
  ) {}

  get(id: number): Kemitraan {
    const row = this.raw.prepare(`${SELECT_KEMITRAAN} WHERE k.id = ? AND k.deleted_at IS NULL`).get(id) as KemitraanDbRow | undefined;
    if (!row) throw notFoundError(messages.kemitraanEntity.kemitraan, id);
    return this.toKemitraan([row])[0]!;
  }

  list(rawQuery: unknown): Page<Kemitraan> {
    const q = parseOrThrow(KemitraanListQuery, rawQuery ?? {});
    const today = todayIso();
    const { whereSql, params } = kemitraanWhere(q, today);
    const { total } = this.raw.prepare(`SELECT COUNT(*) AS total ${KEMITRAAN_FROM} WHERE ${whereSql}`).get(...params) as { total: number };
    const rows = this.raw
      .prepare(`${SELECT_KEMITRAAN} WHERE ${whereSql} ORDER BY k.start_date DESC, k.id DESC LIMIT ? OFFSET ?`)
      .all(...params, q.pageSize, (q.page - 1) * q.pageSize) as KemitraanDbRow[];
    return { items: this.toKemitraan(rows, today), total, page: q.page, pageSize: q.pageSize };
  }

  /** The whole list as filtered on screen (paging ignored), `chunk` agreements at a time with their supports. */
  *iterate(rawQuery: unknown, chunk = 1000): Generator<Kemitraan[]> {
    const q = parseOrThrow(KemitraanListQuery, rawQuery ?? {});
    const today = todayIso();
    const { whereSql, params } = kemitraanWhere(q, today);
    const page = this.raw.prepare(`${SELECT_KEMITRAAN} WHERE ${whereSql} ORDER BY k.start_date DESC, k.id DESC LIMIT ? OFFSET ?`);
    for (let offset = 0; ; offset += chunk) {
      const rows = page.all(...params, chunk, offset) as KemitraanDbRow[];
      if (rows.length === 0) return;
      yield this.toKemitraan(rows, today);
      if (rows.length < chunk) return;
    }
  }

  /** A new agreement, always as diusulkan; it moves on only through setStatus. */
  create(input: unknown): Kemitraan {
    const data = parseOrThrow(KemitraanInput, input);
    const id = this.raw.transaction(() => this.insert(data))();
    return this.get(id);
  }

  /** Merges the changed fields over the stored agreement; the status changes only through setStatus. */
  update(id: number, changes: Record<string, unknown>): Kemitraan {
    if ('status' in changes) throw fieldsError({ status: k.statusNotEditable });
    this.raw.transaction(() => {
      const stored = this.get(id);
      const input = withoutNulls({
        number: stored.number,
        partnerId: stored.partnerId,
        umkmId: stored.umkmId,
        komunitasId: stored.komunitasId,
        signedAt: stored.signedAt,
        startDate: stored.startDate,
        endDate: stored.endDate,
        pattern: stored.pattern,
        supports: stored.supports.map((s) => withoutNulls({ kind: s.kind, description: s.description, value: s.value })),
        eventId: stored.eventId,
        notes: stored.notes,
      });
      const data = parseOrThrow(KemitraanInput, { ...input, ...changes });
      // References are checked when they change: an agreement whose UMKM has since left the
      // registry can still have its notes edited.
      this.checkReferences(data, {
        partner: data.partnerId !== stored.partnerId,
        umkm: data.umkmId !== undefined && data.umkmId !== stored.umkmId,
        komunitas: data.komunitasId !== undefined && data.komunitasId !== stored.komunitasId,
        event: data.eventId !== undefined && data.eventId !== stored.eventId,
        number: data.number !== undefined && data.number !== stored.number ? id : null,
      });
      this.raw
        .prepare(
          `UPDATE kemitraan SET number = ?, mitra_id = ?, umkm_id = ?, komunitas_id = ?, signed_at = ?, start_date = ?, end_date = ?, pattern = ?,
             kegiatan_id = ?, notes = ?, updated_at = ? WHERE id = ?`,
        )
        .run(
          data.number ?? stored.number,
          data.partnerId,
          data.umkmId ?? null,
          data.komunitasId ?? null,
          data.signedAt ?? null,
          data.startDate,
          data.endDate ?? null,
          data.pattern,
          data.eventId ?? null,
          data.notes ?? null,
          nowIso(),
          id,
        );
      if ('supports' in changes) {
        this.raw.prepare(`DELETE FROM kemitraan_dukungan WHERE kemitraan_id = ?`).run(id);
        this.insertSupports(id, data.supports);
      }
    })();
    return this.get(id);
  }

  /**
   * Moves an agreement along STATUS_TRANSITIONS. Activation needs a signing date (given now or
   * already stored) and a UMKM (and partner) still active.
   */
  setStatus(input: unknown): Kemitraan {
    const q = parseOrThrow(KemitraanStatusInput, input);
    this.raw.transaction(() => {
      const stored = this.get(q.id);
      if (!canTransition(stored.status, q.status)) {
        throw fieldsError({ status: fill(k.transition, { from: statusLabel(stored.status), to: statusLabel(q.status) }) });
      }
      let signedAt = stored.signedAt;
      if (q.status === 'aktif') {
        signedAt = q.signedAt ?? stored.signedAt;
        const fields: Record<string, string> = {};
        if (!signedAt) fields.signedAt = k.signedAtRequired;
        else if (stored.endDate && signedAt > stored.endDate) fields.signedAt = k.signedAfterStart;
        if (stored.umkmId !== null) {
          const u = this.umkmRow(stored.umkmId);
          if (!u) fields.umkmId = fill(messages.errors.notFound, { entity: messages.entity.umkm, id: stored.umkmId });
          else if (u.status !== 'aktif') fields.umkmId = fill(k.umkmInactive, { name: u.name });
        }
        if (stored.komunitasId !== null && !this.komunitasRow(stored.komunitasId)) {
          fields.komunitasId = fill(k.komunitasGone, { name: stored.komunitasName ?? String(stored.komunitasId) });
        }
        const p = this.partnerRow(stored.partnerId);
        if (!p) fields.partnerId = fill(messages.errors.notFound, { entity: messages.kemitraanEntity.mitra, id: stored.partnerId });
        else if (p.status !== 'aktif') fields.partnerId = fill(k.partnerInactive, { name: p.name });
        throwIfAny(fields);
      }
      let notes = stored.notes;
      if (q.reason) {
        const line = fill(messages.kemitraanText.statusNote, { status: statusLabel(q.status), date: todayIso(), reason: q.reason });
        notes = notes ? `${notes}\n${line}` : line;
      }
      this.raw
        .prepare(`UPDATE kemitraan SET status = ?, signed_at = ?, notes = ?, updated_at = ? WHERE id = ?`)
        .run(q.status, signedAt, notes, nowIso(), q.id);
    })();
    return this.get(q.id);
  }

  /**
   * From a suggestion to a proposed agreement in one step: the partner's usual pattern, one
   * support item per kind it offers, starting on the meeting's date (or today).
   */
  propose(input: unknown): Kemitraan {
    const q = parseOrThrow(ProposeInput, input);
    const id = this.raw.transaction(() => {
      const fields: Record<string, string> = {};
      const partner = this.partnerRow(q.partnerId);
      if (!partner) fields.partnerId = fill(messages.errors.notFound, { entity: messages.kemitraanEntity.mitra, id: q.partnerId });
      else if (partner.status !== 'aktif') fields.partnerId = fill(k.partnerInactive, { name: partner.name });
      const umkm = this.umkmRow(q.umkmId);
      if (!umkm) fields.umkmId = fill(messages.errors.notFound, { entity: messages.entity.umkm, id: q.umkmId });
      else if (umkm.status !== 'aktif') fields.umkmId = fill(k.umkmInactive, { name: umkm.name });
      const event = q.eventId !== undefined ? this.kegiatanRow(q.eventId) : undefined;
      if (q.eventId !== undefined && !event) fields.eventId = fill(messages.errors.notFound, { entity: messages.kemitraanEntity.kegiatan, id: q.eventId });
      throwIfAny(fields);
      const open = this.raw
        .prepare(
          `SELECT number, status FROM kemitraan WHERE mitra_id = ? AND umkm_id = ? AND status IN ('aktif', 'diusulkan') AND deleted_at IS NULL
           ORDER BY CASE status WHEN 'aktif' THEN 0 ELSE 1 END, id LIMIT 1`,
        )
        .get(q.partnerId, q.umkmId) as { number: string; status: KemitraanStatus } | undefined;
      if (open) {
        const message = open.status === 'aktif' ? k.alreadyActive : fill(k.alreadyProposed, { number: open.number });
        throw fieldsError({ umkmId: message }, 'CONFLICT');
      }
      const p = this.mitra.get(q.partnerId);
      const supports = p.offers.length
        ? p.offers.map((kind) => ({ kind, description: fill(messages.kemitraanText.proposedSupport, { support: messages.kemitraanEnums.support[kind], partner: p.name }) }))
        : [{ kind: 'lainnya' as SupportKind, description: fill(messages.kemitraanText.proposedSupportAny, { partner: p.name }) }];
      const data = parseOrThrow(KemitraanInput, {
        partnerId: q.partnerId,
        umkmId: q.umkmId,
        startDate: q.startDate ?? event?.date ?? todayIso(),
        pattern: q.pattern ?? DEFAULT_PATTERN[p.kind],
        supports,
        eventId: q.eventId,
      });
      return this.insert(data);
    })();
    return this.get(id);
  }

  /** Soft delete: the agreement leaves every list; its number may be given again. */
  remove(id: number): { id: number } {
    this.get(id);
    const now = nowIso();
    this.raw.prepare(`UPDATE kemitraan SET deleted_at = ?, updated_at = ? WHERE id = ?`).run(now, now, id);
    return { id };
  }

  /** Call inside a transaction. */
  private insert(data: KemitraanData): number {
    this.checkReferences(data, { partner: true, umkm: true, komunitas: true, event: true, number: data.number !== undefined ? 0 : null });
    const number = data.number ?? this.nextNumber(data.startDate.slice(0, 4));
    const now = nowIso();
    const r = this.raw
      .prepare(
        `INSERT INTO kemitraan (number, mitra_id, umkm_id, komunitas_id, signed_at, start_date, end_date, pattern, status, kegiatan_id, notes, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'diusulkan', ?, ?, ?, ?)`,
      )
      .run(
        number,
        data.partnerId,
        data.umkmId ?? null,
        data.komunitasId ?? null,
        data.signedAt ?? null,
        data.startDate,
        data.endDate ?? null,
        data.pattern,
        data.eventId ?? null,
        data.notes ?? null,
        now,
        now,
      );
    const id = Number(r.lastInsertRowid);
    this.insertSupports(id, data.supports);
    return id;
  }

  private insertSupports(id: number, supports: KemitraanData['supports']): void {
    const insert = this.raw.prepare(`INSERT INTO kemitraan_dukungan (kemitraan_id, kind, description, value) VALUES (?, ?, ?, ?)`);
    for (const s of supports) insert.run(id, s.kind, s.description, s.value ?? null);
  }

  /**
   * The rules zod cannot see: parties and meeting exist (and are active where it matters), the
   * number is free, the signing date is not after the end.
   * `number`: null to skip, else the id of the agreement allowed to hold it (0 for none).
   */
  private checkReferences(
    data: KemitraanData,
    check: { partner: boolean; umkm: boolean; komunitas: boolean; event: boolean; number: number | null },
  ): void {
    const fields: Record<string, string> = {};
    if (check.partner) {
      const p = this.partnerRow(data.partnerId);
      if (!p) fields.partnerId = fill(messages.errors.notFound, { entity: messages.kemitraanEntity.mitra, id: data.partnerId });
      else if (p.status !== 'aktif') fields.partnerId = fill(k.partnerInactive, { name: p.name });
    }
    if (check.umkm && data.umkmId !== undefined) {
      const u = this.umkmRow(data.umkmId);
      if (!u) fields.umkmId = fill(messages.errors.notFound, { entity: messages.entity.umkm, id: data.umkmId });
      else if (u.status !== 'aktif') fields.umkmId = fill(k.umkmInactive, { name: u.name });
    }
    if (check.komunitas && data.komunitasId !== undefined && !this.komunitasRow(data.komunitasId)) {
      fields.komunitasId = fill(messages.errors.notFound, { entity: messages.kemitraanEntity.komunitas, id: data.komunitasId });
    }
    if (check.event && data.eventId !== undefined && !this.kegiatanRow(data.eventId)) {
      fields.eventId = fill(messages.errors.notFound, { entity: messages.kemitraanEntity.kegiatan, id: data.eventId });
    }
    if (data.signedAt && data.endDate && data.signedAt > data.endDate) fields.signedAt = k.signedAfterStart;
    throwIfAny(fields);
    if (check.number !== null && data.number !== undefined) {
      const holder = this.raw.prepare(`SELECT id FROM kemitraan WHERE number = ? AND deleted_at IS NULL AND id <> ?`).get(data.number, check.number);
      if (holder) throw fieldsError({ number: fill(k.numberTaken, { number: data.number }) }, 'DUPLICATE');
    }
  }

  /** KMT/<year>/<sequence>: one past the highest number of that year, deleted agreements included. */
  private nextNumber(year: string): string {
    const rows = this.raw.prepare(`SELECT number FROM kemitraan WHERE number LIKE ?`).all(`KMT/${year}/%`) as Array<{ number: string }>;
    let max = 0;
    for (const r of rows) {
      const m = NUMBER_PATTERN.exec(r.number);
      if (m && m[1] === year) max = Math.max(max, Number(m[2]));
    }
    return `KMT/${year}/${String(max + 1).padStart(4, '0')}`;
  }

  private toKemitraan(rows: KemitraanDbRow[], today = todayIso()): Kemitraan[] {
    const supports = new Map<number, Support[]>();
    if (rows.length) {
      const items = this.raw
        .prepare(
          `SELECT id, kemitraan_id AS kemitraanId, kind, description, value FROM kemitraan_dukungan WHERE kemitraan_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
        )
        .all(jsonIds(rows.map((r) => r.id))) as Array<Support & { kemitraanId: number }>;
      for (const { kemitraanId, ...s } of items) {
        const list = supports.get(kemitraanId) ?? [];
        list.push({ id: s.id, kind: s.kind, description: s.description, value: s.value === null ? null : Number(s.value) });
        supports.set(kemitraanId, list);
      }
    }
    return rows.map((r) => {
      const s = supports.get(r.id) ?? [];
      return {
        id: r.id,
        number: r.number,
        partnerId: r.partnerId,
        partnerName: r.partnerName,
        umkmId: r.umkmId,
        umkmName: r.umkmName,
        komunitasId: r.komunitasId,
        komunitasName: r.komunitasName,
        kecamatan: r.kecamatan,
        signedAt: r.signedAt,
        startDate: r.startDate,
        endDate: r.endDate,
        pattern: r.pattern,
        supports: s,
        totalValue: s.reduce((sum, x) => sum + (x.value ?? 0), 0),
        status: r.status,
        dueForReview: isDueForReview(r, today),
        eventId: r.eventId,
        eventName: r.eventName,
        notes: r.notes,
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
      };
    });
  }

  private partnerRow(id: number): { name: string; status: string } | undefined {
    return this.raw.prepare(`SELECT name, status FROM mitra WHERE id = ? AND deleted_at IS NULL`).get(id) as { name: string; status: string } | undefined;
  }

  private umkmRow(id: number): { name: string; status: string } | undefined {
    return this.raw.prepare(`SELECT business_name AS name, status FROM umkm WHERE id = ? AND deleted_at IS NULL`).get(id) as
      | { name: string; status: string }
      | undefined;
  }

  private komunitasRow(id: number): { name: string } | undefined {
    return this.raw.prepare(`SELECT name FROM komunitas WHERE id = ? AND deleted_at IS NULL`).get(id) as { name: string } | undefined;
  }

  private kegiatanRow(id: number): { name: string; date: string } | undefined {
    return this.raw.prepare(`SELECT name, date FROM kegiatan WHERE id = ? AND deleted_at IS NULL`).get(id) as { name: string; date: string } | undefined;
  }
}

