import type { z } from 'zod';
import { MitraInput, MitraListQuery, type Mitra, type MitraData, type MitraListItem, type Page } from '../../../shared/contract';
import type { UmkmClass } from '../../../shared/domain/classification';
import type { MitraKind, MitraStatus, SupportKind } from '../../../shared/domain/partnership';
import { kecamatanName } from '../../../shared/domain/regions';
import type { Sector } from '../../../shared/domain/sectors';
import { fill, messages } from '../../../shared/i18n';
import { AppError } from '../errors';
import { jsonIds, likeSubstring, notFoundError, nowIso, withoutNulls, type Raw } from './sqlHelpers';
import { parseOrThrow } from './validate';

export interface MitraDbRow {
  id: number;
  name: string;
  kind: MitraKind;
  sector: string | null;
  address: string | null;
  kecamatan: string | null;
  contactName: string | null;
  phone: string | null;
  email: string | null;
  nib: string | null;
  npwp: string | null;
  status: MitraStatus;
  interestSectors: string;
  offers: string;
  targetClasses: string;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export const MITRA_COLUMNS = `m.id AS id, m.name AS name, m.kind AS kind, m.sector AS sector, m.address AS address, m.kecamatan AS kecamatan,
  m.contact_name AS contactName, m.phone AS phone, m.email AS email, m.nib AS nib, m.npwp AS npwp, m.status AS status,
  m.interest_sectors AS interestSectors, m.offers AS offers, m.target_classes AS targetClasses, m.notes AS notes,
  m.created_at AS createdAt, m.updated_at AS updatedAt`;
export const SELECT_MITRA = `SELECT ${MITRA_COLUMNS} FROM mitra m`;

const parseList = <T>(text: string): T[] => {
  const v: unknown = JSON.parse(text);
  return Array.isArray(v) ? (v as T[]) : [];
};

export function rowToMitra(r: MitraDbRow): Mitra {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    sector: r.sector,
    address: r.address,
    kecamatan: r.kecamatan,
    kecamatanName: r.kecamatan ? kecamatanName(r.kecamatan) : null,
    contactName: r.contactName,
    phone: r.phone,
    email: r.email,
    nib: r.nib,
    npwp: r.npwp,
    status: r.status,
    interestSectors: parseList<Sector>(r.interestSectors),
    offers: parseList<SupportKind>(r.offers),
    targetClasses: parseList<UmkmClass>(r.targetClasses),
    notes: r.notes,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

function columns(d: MitraData): unknown[] {
  return [
    d.name,
    d.kind,
    d.sector ?? null,
    d.address ?? null,
    d.kecamatan ?? null,
    d.contactName ?? null,
    d.phone ?? null,
    d.email ?? null,
    d.nib ?? null,
    d.npwp ?? null,
    d.status,
    JSON.stringify(d.interestSectors),
    JSON.stringify(d.offers),
    JSON.stringify(d.targetClasses),
    d.notes ?? null,
  ];
}
const COLUMN_NAMES = [
  'name', 'kind', 'sector', 'address', 'kecamatan', 'contact_name', 'phone', 'email', 'nib', 'npwp', 'status', 'interest_sectors', 'offers', 'target_classes', 'notes',
];

/** The list's filters (alias m), shared by the page and the export. */
function mitraWhere(q: z.output<typeof MitraListQuery>): { whereSql: string; params: unknown[] } {
  const where = ['m.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (q.search) {
    where.push(`m.name LIKE ? ESCAPE '\\'`);
    params.push(likeSubstring(q.search));
  }
  if (q.kind) {
    where.push('m.kind = ?');
    params.push(q.kind);
  }
  if (q.status) {
    where.push('m.status = ?');
    params.push(q.status);
  }
  return { whereSql: where.join(' AND '), params };
}

export class MitraService {
  constructor(private readonly raw: Raw) {}

  get(id: number): Mitra {
    return rowToMitra(this.findRow(id));
  }

  /** The stored row of a live partner, or NOT_FOUND. */
  findRow(id: number): MitraDbRow {
    const row = this.raw.prepare(`${SELECT_MITRA} WHERE m.id = ? AND m.deleted_at IS NULL`).get(id) as MitraDbRow | undefined;
    if (!row) throw notFoundError(messages.kemitraanEntity.mitra, id);
    return row;
  }

  list(rawQuery: unknown): Page<MitraListItem> {
    const q = parseOrThrow(MitraListQuery, rawQuery ?? {});
    const { whereSql, params } = mitraWhere(q);
    const { total } = this.raw.prepare(`SELECT COUNT(*) AS total FROM mitra m WHERE ${whereSql}`).get(...params) as { total: number };
    const rows = this.raw
      .prepare(`${SELECT_MITRA} WHERE ${whereSql} ORDER BY m.name, m.id LIMIT ? OFFSET ?`)
      .all(...params, q.pageSize, (q.page - 1) * q.pageSize) as MitraDbRow[];
    return { items: this.toListItems(rows), total, page: q.page, pageSize: q.pageSize };
  }

  /** The whole list as filtered on screen (paging ignored), `chunk` partners at a time, with their counts. */
  *iterate(rawQuery: unknown, chunk = 1000): Generator<Array<Mitra & Pick<MitraListItem, 'activeAgreements' | 'fosteredUmkm'>>> {
    const q = parseOrThrow(MitraListQuery, rawQuery ?? {});
    const { whereSql, params } = mitraWhere(q);
    const page = this.raw.prepare(`${SELECT_MITRA} WHERE ${whereSql} ORDER BY m.name, m.id LIMIT ? OFFSET ?`);
    for (let offset = 0; ; offset += chunk) {
      const rows = page.all(...params, chunk, offset) as MitraDbRow[];
      if (rows.length === 0) return;
      const counts = this.counts(rows.map((r) => r.id));
      yield rows.map((r) => ({ ...rowToMitra(r), activeAgreements: 0, fosteredUmkm: 0, ...counts.get(r.id) }));
      if (rows.length < chunk) return;
    }
  }

  /** List items with their agreement counts, in the order of `rows`. */
  toListItems(rows: MitraDbRow[]): MitraListItem[] {
    const counts = this.counts(rows.map((r) => r.id));
    return rows.map((r) => {
      const m = rowToMitra(r);
      const c = counts.get(r.id);
      return {
        id: m.id,
        name: m.name,
        kind: m.kind,
        sector: m.sector,
        kecamatanName: m.kecamatanName,
        contactName: m.contactName,
        phone: m.phone,
        status: m.status,
        offers: m.offers,
        activeAgreements: c?.activeAgreements ?? 0,
        fosteredUmkm: c?.fosteredUmkm ?? 0,
      };
    });
  }

  create(input: unknown): Mitra {
    const data = parseOrThrow(MitraInput, input);
    const now = nowIso();
    const r = this.raw
      .prepare(`INSERT INTO mitra (${COLUMN_NAMES.join(', ')}, created_at, updated_at) VALUES (${COLUMN_NAMES.map(() => '?').join(', ')}, ?, ?)`)
      .run(...columns(data), now, now);
    return this.get(Number(r.lastInsertRowid));
  }

  /** Merges the changed fields over the stored partner and checks the result as a whole. */
  update(id: number, changes: Record<string, unknown>): Mitra {
    this.raw.transaction(() => {
      const m = rowToMitra(this.findRow(id));
      const { id: _id, kecamatanName: _k, createdAt: _c, updatedAt: _u, ...stored } = m;
      const data = parseOrThrow(MitraInput, { ...withoutNulls(stored), ...changes });
      this.raw
        .prepare(`UPDATE mitra SET ${COLUMN_NAMES.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`)
        .run(...columns(data), nowIso(), id);
    })();
    return this.get(id);
  }

  /** Soft delete, refused while the partner has proposed or active agreements. */
  remove(id: number): { id: number } {
    this.raw.transaction(() => {
      this.findRow(id);
      const { n } = this.raw
        .prepare(`SELECT COUNT(*) AS n FROM kemitraan WHERE mitra_id = ? AND status IN ('diusulkan', 'aktif') AND deleted_at IS NULL`)
        .get(id) as { n: number };
      if (n > 0) throw new AppError('CONFLICT', fill(messages.kemitraanValidation.partnerHasAgreements, { n }));
      const now = nowIso();
      this.raw.prepare(`UPDATE mitra SET deleted_at = ?, updated_at = ? WHERE id = ?`).run(now, now, id);
    })();
    return { id };
  }

  /**
   * Per partner: aktif agreements, and the distinct UMKM (still in the registry) they foster,
   * directly or as members of a community that is party to one.
   */
  private counts(ids: number[]): Map<number, { activeAgreements: number; fosteredUmkm: number }> {
    const out = new Map<number, { activeAgreements: number; fosteredUmkm: number }>();
    if (ids.length === 0) return out;
    const json = jsonIds(ids);
    const active = this.raw
      .prepare(
        `SELECT mitra_id AS id, COUNT(*) AS n FROM kemitraan WHERE status = 'aktif' AND deleted_at IS NULL AND mitra_id IN (SELECT value FROM json_each(?)) GROUP BY mitra_id`,
      )
      .all(json) as Array<{ id: number; n: number }>;
    const fostered = this.raw
      .prepare(
        `SELECT f.mitra_id AS id, COUNT(DISTINCT f.umkm_id) AS n FROM (
           SELECT k.mitra_id, k.umkm_id FROM kemitraan k
             WHERE k.status = 'aktif' AND k.deleted_at IS NULL AND k.umkm_id IS NOT NULL AND k.mitra_id IN (SELECT value FROM json_each(?))
           UNION
           SELECT k.mitra_id, a.umkm_id FROM kemitraan k JOIN komunitas_anggota a ON a.komunitas_id = k.komunitas_id
             WHERE k.status = 'aktif' AND k.deleted_at IS NULL AND k.mitra_id IN (SELECT value FROM json_each(?))
         ) f JOIN umkm u ON u.id = f.umkm_id AND u.deleted_at IS NULL GROUP BY f.mitra_id`,
      )
      .all(json, json) as Array<{ id: number; n: number }>;
    for (const id of ids) out.set(id, { activeAgreements: 0, fosteredUmkm: 0 });
    for (const r of active) out.get(r.id)!.activeAgreements = r.n;
    for (const r of fostered) out.get(r.id)!.fosteredUmkm = r.n;
    return out;
  }
}
