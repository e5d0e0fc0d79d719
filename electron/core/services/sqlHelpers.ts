import type BetterSqlite3 from 'better-sqlite3';
import type { ErrorCode } from '../../../shared/contract/errors';
import type { UmkmListItem } from '../../../shared/contract';
import { fill, messages } from '../../../shared/i18n';
import type { UmkmRow } from '../db/entities/umkm';
import { AppError } from '../errors';
import { rowToUmkm } from './umkmMapper';

// The partnership services run on the driver's connection with synchronous prepared statements:
// a check and the write it guards happen in one better-sqlite3 transaction that no other call can
// interleave with (TypeORM's better-sqlite3 driver shares one query runner between callers, so two
// awaiting transactions would nest into each other's savepoints).

export type Raw = BetterSqlite3.Database;

export const nowIso = (): string => new Date().toISOString();

/** A list of ids as one bound parameter, for `IN (SELECT value FROM json_each(?))`. */
export const jsonIds = (ids: readonly number[]): string => JSON.stringify(ids);

export function notFoundError(entity: string, id: number | string): AppError {
  return new AppError('NOT_FOUND', fill(messages.errors.notFound, { entity, id }));
}

/**
 * Field errors as the contract's error: the message is the field's own when there is one field,
 * so the command line says exactly what was wrong.
 */
export function fieldsError(fields: Record<string, string>, code: ErrorCode = 'VALIDATION'): AppError {
  const values = Object.values(fields);
  const message = values.length === 1 ? values[0]! : messages.errors.validation;
  return new AppError(code, message, fields);
}

export function throwIfAny(fields: Record<string, string>, code: ErrorCode = 'VALIDATION'): void {
  if (Object.keys(fields).length > 0) throw fieldsError(fields, code);
}

/** Ids of `ids` that are not a live (non-deleted) row of `table`. */
export function missingIds(raw: Raw, table: 'umkm' | 'komunitas' | 'mitra' | 'kegiatan', ids: readonly number[]): number[] {
  if (ids.length === 0) return [];
  const found = new Set(
    (raw.prepare(`SELECT id FROM ${table} WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))`).all(jsonIds(ids)) as Array<{ id: number }>).map(
      (r) => r.id,
    ),
  );
  return [...new Set(ids)].filter((id) => !found.has(id));
}

/** "UMKM dengan ID 5, 9 tidak ditemukan." for a field naming unknown ids. */
export function unknownIdsMessage(entity: string, ids: readonly number[]): string {
  return fill(messages.errors.notFound, { entity, id: ids.join(', ') });
}

/** LIKE pattern for a substring, with the wildcards in the text escaped (use with ESCAPE '\'). */
export function likeSubstring(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}

/** The UMKM columns of UmkmListItem, aliased to the entity's property names. */
export const UMKM_LIST_SELECT = `u.id AS id, u.business_name AS businessName, u.owner_name AS ownerName, u.nik AS nik, u.nib AS nib,
  u.kecamatan AS kecamatan, u.kelurahan AS kelurahan, u.sector AS sector, u.class AS class, u.class_basis AS classBasis,
  u.annual_sales AS annualSales, u.capital AS capital, u.status AS status, u.registered_at AS registeredAt`;

export type UmkmListRow = Pick<UmkmRow, 'id' | 'businessName' | 'ownerName' | 'nik' | 'nib' | 'kecamatan' | 'kelurahan' | 'sector' | 'class' | 'classBasis' | 'annualSales' | 'capital' | 'status' | 'registeredAt'>;

export function toUmkmListItem(row: UmkmListRow): UmkmListItem {
  const u = rowToUmkm({ ...row } as UmkmRow);
  return {
    id: u.id,
    businessName: u.businessName,
    ownerName: u.ownerName,
    nik: u.nik,
    nib: u.nib,
    kecamatan: u.kecamatan,
    kecamatanName: u.kecamatanName,
    kelurahan: u.kelurahan,
    kelurahanName: u.kelurahanName,
    sector: u.sector,
    class: u.class,
    classBasis: u.classBasis,
    annualSales: u.annualSales,
    capital: u.capital,
    status: u.status,
    registeredAt: u.registeredAt,
  };
}

/** Drops null values, so a stored record can be merged with changes and parsed as input again. */
export function withoutNulls<T extends Record<string, unknown>>(o: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
}
