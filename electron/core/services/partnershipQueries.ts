import { In, IsNull, type EntityManager, type EntitySchema, type FindOptionsWhere, type ObjectLiteral, type QueryDeepPartialEntity, type SelectQueryBuilder } from 'typeorm';
import type { Page, UmkmListItem } from '../../../shared/contract';
import type { KemitraanStatus } from '../../../shared/domain/partnership';
import { AnggotaEntity, KemitraanEntity, UmkmEntity } from '../db/entities';
import type { UmkmRow } from '../db/entities/umkm';
import { likeSubstring, notFoundError } from './queryHelpers';
import { toUmkmListItem, UMKM_LIST_COLUMNS } from './umkmMapper';

// What the partnership services (komunitas, mitra, kemitraan, kegiatan, matchmaking) read and
// write alike, on the unit of work's manager: portable SQL only, so it runs on PostgreSQL too.

/**
 * An entity as a join's target. TypeORM's join methods are typed for an entity class or name, not
 * an EntitySchema; the schema's name finds the same metadata.
 */
export const joinTarget = (entity: EntitySchema<never> | EntitySchema<ObjectLiteral>): string => entity.options.name;

/** A row of a table whose records are soft-deleted (deleted_at set, the row kept). */
export interface SoftDeleted {
  id: number;
  deletedAt: string | null;
  updatedAt: string;
}

/** The live (not deleted) row with this id, or null. */
export function liveRow<R extends SoftDeleted>(em: EntityManager, entity: EntitySchema<R>, id: number): Promise<R | null> {
  return em.findOne(entity, { where: { id, deletedAt: IsNull() } as FindOptionsWhere<R> });
}

/** The live row with this id, or NOT_FOUND naming the record as the clerk knows it ("Mitra dengan ID 5 …"). */
export async function findLive<R extends SoftDeleted>(em: EntityManager, entity: EntitySchema<R>, id: number, label: string): Promise<R> {
  const row = await liveRow(em, entity, id);
  if (!row) throw notFoundError(label, id);
  return row;
}

/** The live rows of `alias`'s table; with `search`, those whose name contains it (any case, wildcards taken literally). */
export function whereLiveNamed<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, search: string | undefined): SelectQueryBuilder<T> {
  qb.where(`${alias}.deletedAt IS NULL`);
  // LOWER on both sides: SQLite's LIKE ignores ASCII case, PostgreSQL's does not.
  if (search) qb.andWhere(`LOWER(${alias}.name) LIKE LOWER(:nameLike) ESCAPE '\\'`, { nameLike: likeSubstring(search) });
  return qb;
}

/** One page of an ordered query with the total; `load` reads the page's rows into results. */
export async function pageOf<T extends ObjectLiteral, R>(
  qb: SelectQueryBuilder<T>,
  q: { page: number; pageSize: number },
  load: (page: SelectQueryBuilder<T>) => Promise<R[]>,
): Promise<Page<R>> {
  const total = await qb.getCount();
  const items = await load(qb.clone().limit(q.pageSize).offset((q.page - 1) * q.pageSize));
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** The whole ordered query, `chunk` rows at a time (exports): only one chunk is ever held. */
export async function* chunksOf<T extends ObjectLiteral, R>(qb: SelectQueryBuilder<T>, chunk: number, load: (page: SelectQueryBuilder<T>) => Promise<R[]>): AsyncGenerator<R[]> {
  for (let offset = 0; ; offset += chunk) {
    const rows = await load(qb.clone().limit(chunk).offset(offset));
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < chunk) return;
  }
}

/** Rows a statement at a time, well under every engine's limit on bound parameters. */
const INSERT_CHUNK = 500;

/**
 * Inserts link rows (members, invitations, marks, supports). `ignore`: a row whose key is already
 * there is left as it is; `update`: its listed columns take the new values.
 */
export async function insertRows<R extends ObjectLiteral>(
  em: EntityManager,
  entity: EntitySchema<R>,
  rows: Array<QueryDeepPartialEntity<R>>,
  onConflict?: 'ignore' | { update: string[]; key: string[] },
): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const insert = em.createQueryBuilder().insert().into(entity).values(rows.slice(i, i + INSERT_CHUNK)).updateEntity(false);
    if (onConflict === 'ignore') insert.orIgnore();
    else if (onConflict) insert.orUpdate(onConflict.update, onConflict.key);
    await insert.execute();
  }
}

/**
 * UMKM still in the registry as list items, by name then id; `narrow` adds the conditions that
 * choose them (alias u, parameters named by the caller).
 */
export async function umkmListItems(em: EntityManager, narrow: (qb: SelectQueryBuilder<UmkmRow>) => SelectQueryBuilder<UmkmRow>): Promise<UmkmListItem[]> {
  const qb = em
    .createQueryBuilder(UmkmEntity, 'u')
    .select(UMKM_LIST_COLUMNS.map((c) => `u.${c}`))
    .where('u.deletedAt IS NULL');
  const rows = await narrow(qb).orderBy('u.businessName').addOrderBy('u.id').getMany();
  return rows.map(toUmkmListItem);
}

/** Members still in the registry, per community (communities without any are left out). */
export async function memberCounts(em: EntityManager, komunitasIds: readonly number[]): Promise<Map<number, number>> {
  if (komunitasIds.length === 0) return new Map();
  const rows = await em
    .createQueryBuilder(AnggotaEntity, 'a')
    .select('a.komunitasId', 'id')
    .addSelect('COUNT(*)', 'n')
    .innerJoin(joinTarget(UmkmEntity), 'u', 'u.id = a.umkmId AND u.deletedAt IS NULL')
    .where('a.komunitasId IN (:...komunitasIds)', { komunitasIds: [...new Set(komunitasIds)] })
    .groupBy('a.komunitasId')
    .getRawMany<{ id: number; n: number | string }>();
  // PostgreSQL hands COUNT back as text.
  return new Map(rows.map((r) => [Number(r.id), Number(r.n)]));
}

// Under -? an optional key's type loses its undefined, hence the test on the key itself.
type Nullable<T> = {
  [K in keyof T]-?: Exclude<T[K], undefined> | (Pick<T, K> extends Required<Pick<T, K>> ? (undefined extends T[K] ? null : never) : null);
};
type Optional<T> = { [K in keyof T]: Exclude<T[K], null> | (null extends T[K] ? undefined : never) };

/** A record's values as its columns: an absent optional value is NULL (an update skips undefined). */
export function asColumns<T extends object>(data: T): Nullable<T> {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v === undefined ? null : v])) as Nullable<T>;
}

/** A stored row's values as input data: NULL is an absent optional value, to merge changes over. */
export function fromColumns<T extends object>(row: T): Optional<T> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? undefined : v])) as Optional<T>;
}

/** The statuses of an agreement still open: proposed, or running. */
export const OPEN_STATUSES: readonly KemitraanStatus[] = ['diusulkan', 'aktif'];

/** Open agreements of a partner or a community (which keep it from deletion). */
export function openAgreements(em: EntityManager, party: { mitraId: number } | { komunitasId: number }): Promise<number> {
  return em.count(KemitraanEntity, { where: { ...party, status: In([...OPEN_STATUSES]), deletedAt: IsNull() } });
}

/** Which columns of a link table name the owner (a community, a meeting) and the record it ties to it. */
export interface LinkKeys<L> {
  owner: keyof L & string;
  linked: keyof L & string;
}

/**
 * The live records of `entity` a link table ties to one owner (alias t): a community's members,
 * a meeting's invited communities or partners.
 */
export function linkedTo<T extends SoftDeleted, L extends ObjectLiteral>(
  em: EntityManager,
  entity: EntitySchema<T>,
  link: EntitySchema<L>,
  keys: LinkKeys<L>,
  ownerId: number,
): SelectQueryBuilder<T> {
  return em
    .createQueryBuilder(entity, 't')
    .innerJoin(joinTarget(link), 'l', `l.${keys.linked} = t.id AND l.${keys.owner} = :ownerId`, { ownerId })
    .where('t.deletedAt IS NULL');
}

/** The ids of those records, in id order. */
export async function linkedIds<T extends SoftDeleted, L extends ObjectLiteral>(
  em: EntityManager,
  entity: EntitySchema<T>,
  link: EntitySchema<L>,
  keys: LinkKeys<L>,
  ownerId: number,
): Promise<number[]> {
  const rows = await linkedTo(em, entity, link, keys, ownerId).select('t.id', 'id').orderBy('t.id').getRawMany<{ id: number }>();
  return rows.map((r) => Number(r.id));
}
