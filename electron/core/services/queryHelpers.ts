import type { EntityManager, EntitySchema } from 'typeorm';
import type { ErrorCode } from '../../../shared/contract/errors';
import { fill, messages } from '../../../shared/i18n';
import { AppError } from '../errors';

// What every service's reads and writes share, on the unit of work's manager (no SQL dialect).

export const nowIso = (): string => new Date().toISOString();

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

/** "UMKM dengan ID 5, 9 tidak ditemukan." for a field naming unknown ids. */
export function unknownIdsMessage(entity: string, ids: readonly number[]): string {
  return fill(messages.errors.notFound, { entity, id: ids.join(', ') });
}

/**
 * LIKE pattern for a substring, with the wildcards in the text escaped (use with ESCAPE '\').
 * A NUL is dropped: PostgreSQL refuses it in any text (the search would fail), stores none, and
 * SQLite would read the pattern only up to it.
 */
export function likeSubstring(text: string): string {
  return `%${text.replaceAll('\u0000', '').replace(/[\\%_]/g, '\\$&')}%`;
}

/** Ids of `ids` that are not a live (non-deleted) row of the entity. */
export async function missingIds(em: EntityManager, entity: EntitySchema<{ id: number; deletedAt: string | null }>, ids: readonly number[]): Promise<number[]> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return [];
  const rows: Array<{ id: number }> = await em
    .createQueryBuilder(entity, 't')
    .select('t.id', 'id')
    .where('t.deletedAt IS NULL')
    .andWhere('t.id IN (:...ids)', { ids: wanted })
    .getRawMany();
  const found = new Set(rows.map((r) => Number(r.id)));
  return wanted.filter((id) => !found.has(id));
}

/** Drops null values, so a stored record can be merged with changes and checked as input again. */
export function withoutNulls<T extends Record<string, unknown>>(o: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
}
