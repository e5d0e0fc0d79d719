import { Brackets, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { z } from 'zod';
import type { ExpiringItem, ExpiringQuery, Page, ReadyItem, ReadyQuery, Sertifikat, SertifikatListQuery, SertifikatOptions, SertifikatPage } from '../../../../shared/contract';
import { kecamatanName } from '../../../../shared/domain/regions';
import { BPOM_WORDS, daysBetween, needsBpom, groupOf, SERTIFIKAT_GROUPS, WAITING, type SertifikatGroup, type SertifikatKind } from '../../../../shared/domain/sertifikat';
import { todayIso } from '../../../../shared/format/date';
import { SertifikatEntity, type SertifikatRow } from '../../db/entities/sertifikat';
import { UmkmEntity } from '../../db/entities/umkm';
import { AnggotaEntity } from '../../db/entities/anggota';
import { joinTarget } from '../partnershipQueries';
import { likeSubstring } from '../queryHelpers';

// The register's reads: the queue (grouped by status, with each application's age), the
// expiring list, the UMKM ready for curation, the names used before. Every list pages on the
// server over the indexes of migration 1765584000000; the same SQL runs on both engines.

type Filters = Partial<Omit<z.output<typeof SertifikatListQuery>, 'page' | 'pageSize' | 'group'>>;
type Qb = SelectQueryBuilder<SertifikatRow>;

/** The group's condition on the certificate `s` (kedaluwarsa derived from valid_until, never stored). */
function groupWhere(qb: Qb, group: SertifikatGroup, today: string): void {
  if (group === 'kedaluwarsa') qb.andWhere(`s.status = 'terbit' AND s.validUntil < :today`, { today });
  else if (group === 'terbit') qb.andWhere(`s.status = 'terbit' AND (s.validUntil IS NULL OR s.validUntil >= :today)`, { today });
  else qb.andWhere('s.status = :group', { group });
}

/** The live certificates of live UMKM, with the queue's filters. */
export function filtered(em: EntityManager, f: Filters): Qb {
  const qb = em.createQueryBuilder(SertifikatEntity, 's').innerJoin(joinTarget(UmkmEntity), 'u', 'u.id = s.umkmId AND u.deletedAt IS NULL').where('s.deletedAt IS NULL');
  if (f.umkmId !== undefined) qb.andWhere('s.umkmId = :umkmId', { umkmId: f.umkmId });
  if (f.kind) qb.andWhere('s.kind = :kind', { kind: f.kind });
  if (f.companion) qb.andWhere('s.companion = :companion', { companion: f.companion });
  if (f.programme) qb.andWhere('s.programme = :programme', { programme: f.programme });
  if (f.programmeYear !== undefined) qb.andWhere('s.programmeYear = :programmeYear', { programmeYear: f.programmeYear });
  if (f.kecamatan) qb.andWhere('u.kecamatan = :kecamatan', { kecamatan: f.kecamatan });
  if (f.komunitasId !== undefined) qb.andWhere(`s.umkmId IN ${membersOf(qb)}`, { komunitasId: f.komunitasId });
  if (f.search) {
    // LOWER on both sides: SQLite's LIKE ignores ASCII case, PostgreSQL's does not.
    qb.andWhere(
      new Brackets((w) =>
        w
          .where(`LOWER(u.businessName) LIKE LOWER(:search) ESCAPE '\\'`)
          .orWhere(`LOWER(u.ownerName) LIKE LOWER(:search) ESCAPE '\\'`)
          .orWhere(`u.nik LIKE :search ESCAPE '\\'`)
          .orWhere(`LOWER(s.number) LIKE LOWER(:search) ESCAPE '\\'`),
      ),
      { search: likeSubstring(f.search) },
    );
  }
  return qb;
}

const COLUMNS: Array<[string, string]> = [
  ['s.id', 'id'],
  ['s.umkmId', 'umkmId'],
  ['u.businessName', 'businessName'],
  ['u.ownerName', 'ownerName'],
  ['u.nik', 'nik'],
  ['u.kecamatan', 'kecamatan'],
  ['s.kind', 'kind'],
  ['s.kindOther', 'kindOther'],
  ['s.number', 'number'],
  ['s.issuer', 'issuer'],
  ['s.issuedAt', 'issuedAt'],
  ['s.validUntil', 'validUntil'],
  ['s.status', 'status'],
  ['s.submittedAt', 'submittedAt'],
  ['s.route', 'route'],
  ['s.programme', 'programme'],
  ['s.programmeYear', 'programmeYear'],
  ['s.companion', 'companion'],
  ['s.refusalReason', 'refusalReason'],
  ['s.notes', 'notes'],
  ['s.createdAt', 'createdAt'],
  ['s.updatedAt', 'updatedAt'],
  ['s.version', 'version'],
  ['s.updatedBy', 'updatedBy'],
];

function selected(qb: Qb): Qb {
  const [first, ...rest] = COLUMNS;
  qb.select(first![0], first![1]);
  for (const [expr, alias] of rest) qb.addSelect(expr, alias);
  return qb;
}

/** A raw row as the contract gives it, with its group and age on `today`. */
export function toSertifikat(r: Record<string, unknown>, today: string): Sertifikat {
  const text = (k: string) => (r[k] === null || r[k] === undefined ? null : String(r[k]));
  const s = {
    id: Number(r.id),
    umkmId: Number(r.umkmId),
    businessName: String(r.businessName),
    ownerName: String(r.ownerName),
    nik: String(r.nik),
    kecamatan: String(r.kecamatan),
    kecamatanName: kecamatanName(String(r.kecamatan)),
    kind: r.kind as Sertifikat['kind'],
    kindOther: text('kindOther'),
    number: text('number'),
    issuer: text('issuer'),
    issuedAt: text('issuedAt'),
    validUntil: text('validUntil'),
    status: r.status as Sertifikat['status'],
    submittedAt: text('submittedAt'),
    route: text('route') as Sertifikat['route'],
    programme: text('programme'),
    programmeYear: r.programmeYear === null || r.programmeYear === undefined ? null : Number(r.programmeYear),
    companion: text('companion'),
    refusalReason: text('refusalReason'),
    notes: text('notes'),
    createdAt: String(r.createdAt),
    updatedAt: String(r.updatedAt),
    version: Number(r.version),
    updatedBy: text('updatedBy'),
  };
  const waiting = WAITING.includes(s.status) && s.submittedAt !== null;
  return { ...s, group: groupOf(s, today), ageDays: waiting ? Math.max(0, daysBetween(s.submittedAt!, today)) : null };
}

/** One certificate, or undefined when it is not live (or its UMKM is deleted). */
export async function oneSertifikat(em: EntityManager, id: number): Promise<Sertifikat | undefined> {
  const row = await selected(filtered(em, {}).andWhere('s.id = :id', { id })).getRawOne<Record<string, unknown>>();
  return row ? toSertifikat(row, todayIso()) : undefined;
}

const GROUP_SQL = `CASE WHEN s.status = 'terbit' AND s.validUntil < :today THEN 'kedaluwarsa' ELSE s.status END`;

export async function listSertifikat(em: EntityManager, q: z.output<typeof SertifikatListQuery>, today = todayIso()): Promise<SertifikatPage> {
  const { page, pageSize, group, ...f } = q;
  const counted = await filtered(em, f).select(GROUP_SQL, 'g').addSelect('COUNT(*)', 'n').setParameter('today', today).groupBy(GROUP_SQL).getRawMany<{ g: string; n: number | string }>();
  const counts = Object.fromEntries(SERTIFIKAT_GROUPS.map((g) => [g, 0])) as Record<SertifikatGroup, number>;
  for (const c of counted) counts[c.g as SertifikatGroup] = Number(c.n);
  const total = group ? counts[group] : Object.values(counts).reduce((a, b) => a + b, 0);

  const qb = selected(filtered(em, f));
  if (group) groupWhere(qb, group, today);
  // Waiting applications first, oldest first (their age is what the queue is about), then the plans, then the rest.
  const rows = await qb
    .orderBy(`CASE s.status WHEN 'berkas_kurang' THEN 0 WHEN 'diajukan' THEN 1 WHEN 'rencana' THEN 2 ELSE 3 END`, 'ASC')
    .addOrderBy(`CASE WHEN s.submittedAt IS NULL THEN 1 ELSE 0 END`, 'ASC')
    .addOrderBy('s.submittedAt', 'ASC')
    .addOrderBy('s.id', 'ASC')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .getRawMany<Record<string, unknown>>();
  return { items: rows.map((r) => toSertifikat(r, today)), total, page, pageSize, counts };
}

/** Every row the filters find, in the queue's order, a chunk at a time (the export). */
export async function sertifikatChunk(em: EntityManager, q: Filters & { group?: SertifikatGroup }, afterId: number, size: number, today = todayIso()): Promise<Sertifikat[]> {
  const { group, ...f } = q;
  const qb = selected(filtered(em, f)).andWhere('s.id > :afterId', { afterId });
  if (group) groupWhere(qb, group, today);
  const rows = await qb.orderBy('s.id', 'ASC').limit(size).getRawMany<Record<string, unknown>>();
  return rows.map((r) => toSertifikat(r, today));
}

/** Issued certificates whose valid-until day falls within the next `days` days (today included), soonest first. */
export async function expiring(em: EntityManager, q: z.output<typeof ExpiringQuery>, today = todayIso()): Promise<Page<ExpiringItem>> {
  const { page, pageSize, days, ...f } = q;
  const until = addDays(today, days);
  const within = () => filtered(em, f).andWhere(`s.status = 'terbit' AND s.validUntil >= :today AND s.validUntil <= :until`, { today, until });
  const total = Number((await within().select('COUNT(*)', 'n').getRawOne<{ n: number | string }>())?.n ?? 0);
  const rows = await selected(within())
    .orderBy('s.validUntil', 'ASC')
    .addOrderBy('s.id', 'ASC')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .getRawMany<Record<string, unknown>>();
  return { items: rows.map((r) => ({ ...toSertifikat(r, today), daysLeft: daysBetween(today, String(r.validUntil)) })), total, page, pageSize };
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** The UMKM of community :komunitasId, as a subquery. */
function membersOf(qb: SelectQueryBuilder<ObjectLiteral>): string {
  return qb.subQuery().select('a.umkmId').from(AnggotaEntity, 'a').where('a.komunitasId = :komunitasId').getQuery();
}

/** The UMKM `u` holds one of `kinds` today: issued, issued by today, not past its valid-until day. */
function held(qb: SelectQueryBuilder<ObjectLiteral>, alias: string, kinds: SertifikatKind[]): string {
  qb.setParameter(`${alias}Kinds`, kinds);
  const sub = qb
    .subQuery()
    .select('1')
    .from(SertifikatEntity, alias)
    .where(`${alias}.umkmId = u.id`)
    .andWhere(`${alias}.kind IN (:...${alias}Kinds)`)
    .andWhere(`${alias}.status = 'terbit'`)
    .andWhere(`${alias}.deletedAt IS NULL`)
    .andWhere(`(${alias}.issuedAt IS NULL OR ${alias}.issuedAt <= :today)`)
    .andWhere(`(${alias}.validUntil IS NULL OR ${alias}.validUntil >= :today)`);
  return `EXISTS ${sub.getQuery()}`;
}

/** shared/domain/sertifikat.ts needsBpom in SQL: the sector, or a word of its products. */
const NEEDS_BPOM = `(u.sector = 'industri_pengolahan' OR ${BPOM_WORDS.map((w) => `LOWER(COALESCE(u.products, '')) LIKE '%${w}%'`).join(' OR ')})`;

/** Active UMKM holding NIB, PIRT and halal today, and BPOM MD/ML when their products need it. */
export async function ready(em: EntityManager, q: z.output<typeof ReadyQuery>, today = todayIso()): Promise<Page<ReadyItem>> {
  const base = () => {
    const qb = em
      .createQueryBuilder(UmkmEntity, 'u')
      .where(`u.deleted_at IS NULL AND u.status = 'aktif'`)
      .setParameter('today', today);
    qb.andWhere(`${held(qb, 'h1', ['nib'])} AND ${held(qb, 'h2', ['pirt'])} AND ${held(qb, 'h3', ['halal'])}`).andWhere(`(NOT ${NEEDS_BPOM} OR ${held(qb, 'h4', ['bpom_md', 'bpom_ml'])})`);
    if (q.kecamatan) qb.andWhere('u.kecamatan = :kecamatan', { kecamatan: q.kecamatan });
    if (q.komunitasId !== undefined) qb.andWhere(`u.id IN ${membersOf(qb)}`, { komunitasId: q.komunitasId });
    if (q.search) {
      qb.andWhere(new Brackets((w) => w.where(`LOWER(u.business_name) LIKE LOWER(:search) ESCAPE '\\'`).orWhere(`u.nik LIKE :search ESCAPE '\\'`)), { search: likeSubstring(q.search) });
    }
    return qb;
  };
  const total = Number((await base().select('COUNT(*)', 'n').getRawOne<{ n: number | string }>())?.n ?? 0);
  const rows = await base()
    .select('u.id', 'id')
    .addSelect('u.businessName', 'businessName')
    .addSelect('u.ownerName', 'ownerName')
    .addSelect('u.nik', 'nik')
    .addSelect('u.kecamatan', 'kecamatan')
    .addSelect('u.sector', 'sector')
    .addSelect('u.products', 'products')
    .orderBy('u.businessName', 'ASC')
    .addOrderBy('u.id', 'ASC')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .getRawMany<Record<string, unknown>>();
  const ids = rows.map((r) => Number(r.id));
  const certs = ids.length
    ? await em
        .createQueryBuilder(SertifikatEntity, 's')
        .where('s.umkmId IN (:...ids)', { ids })
        .andWhere(`s.deletedAt IS NULL AND s.status = 'terbit' AND s.kind IN ('nib', 'pirt', 'halal', 'bpom_md', 'bpom_ml')`)
        .andWhere('(s.issuedAt IS NULL OR s.issuedAt <= :today) AND (s.validUntil IS NULL OR s.validUntil >= :today)', { today })
        .orderBy('s.id', 'ASC')
        .getMany()
    : [];
  return {
    items: rows.map((r) => {
      const sector = String(r.sector);
      const products = r.products === null ? null : String(r.products);
      const mine = certs.filter((c) => c.umkmId === Number(r.id));
      const byKind = new Map<SertifikatKind, (typeof mine)[number]>();
      for (const c of mine) if (!byKind.has(c.kind)) byKind.set(c.kind, c);
      return {
        umkmId: Number(r.id),
        businessName: String(r.businessName),
        ownerName: String(r.ownerName),
        nik: String(r.nik),
        kecamatanName: kecamatanName(String(r.kecamatan)),
        sector,
        needsBpom: needsBpom({ sector, products }),
        held: [...byKind.values()].map((c) => ({ kind: c.kind, number: c.number, validUntil: c.validUntil })),
      };
    }),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** Companion names and programmes used before, most used first (the form's suggestions). */
export async function options(em: EntityManager): Promise<SertifikatOptions> {
  const used = async (column: 'companion' | 'programme') =>
    (
      await em
        .createQueryBuilder(SertifikatEntity, 's')
        .select(`s.${column}`, 'v')
        .addSelect('COUNT(*)', 'n')
        .where(`s.deletedAt IS NULL AND s.${column} IS NOT NULL`)
        .groupBy(`s.${column}`)
        .orderBy('n', 'DESC')
        .addOrderBy('v', 'ASC')
        .limit(200)
        .getRawMany<{ v: string }>()
    ).map((r) => r.v);
  return { companions: await used('companion'), programmes: await used('programme') };
}
