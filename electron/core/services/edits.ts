import { IsNull, type EntityManager, type EntitySchema, type FindOptionsWhere, type QueryDeepPartialEntity } from 'typeorm';
import type { EditConflict } from '../../../shared/contract';
import { formatMoment } from '../../../shared/format/date';
import { fill, messages } from '../../../shared/i18n';
import { AppError } from '../errors';
import { notFoundError } from './queryHelpers';

const m = messages.editConflict;

/** A row of a table several clerks edit: versioned (entities/define.ts), timestamped, soft-deleted. */
export interface VersionedRow {
  id: number;
  version: number;
  updatedBy: string | null;
  updatedAt: string;
  deletedAt: string | null;
}

type Versioned<R extends VersionedRow> = EntitySchema<R>;

/**
 * How a unit of work changes the records several clerks edit: each change names who made it
 * (updated_by) and, through the version column, counts the record's version up by one; a clerk's
 * save made on the version their form opened is written only while the record still has it.
 */
export class Edits {
  /** The username this unit of work changes records for (Services.actFor: the caller); null for the app's own work. */
  by: string | null = null;

  constructor(private readonly em: EntityManager) {}

  /** What every change of a versioned row sets besides its own columns: when, and who. */
  stamp(now: string): { updatedAt: string; updatedBy: string | null } {
    return { updatedAt: now, updatedBy: this.by };
  }

  /**
   * The live row a clerk's edit starts from. Given the version their form opened, a row changed or
   * deleted since is refused here already, before its changes are checked against the newer
   * record; the write itself (`write`) is what decides, in one statement.
   */
  async live<R extends VersionedRow>(entity: Versioned<R>, id: number, version: number | undefined, label: string): Promise<R> {
    const row = await this.em.findOne(entity, { where: { id, deletedAt: IsNull() } as FindOptionsWhere<R> });
    if (row && (version === undefined || row.version === version)) return row;
    throw await this.refusal(entity, id, version, label);
  }

  /**
   * One UPDATE of the live row `id`: `values` and the stamp, the version one up; given the version
   * the clerk's form opened, only while the row still has it (… WHERE id = :id AND version = :v AND
   * deleted_at IS NULL). No read decides, so of two clerks saving at once, on either engine, one
   * wins and the other is refused. A statement that touched no row is refused: EDIT_CONFLICT
   * naming who changed or deleted the record and when, or NOT_FOUND.
   */
  async write<R extends VersionedRow>(entity: Versioned<R>, id: number, values: QueryDeepPartialEntity<R>, version: number | undefined, label: string, now: string): Promise<void> {
    const where = { id, deletedAt: IsNull(), ...(version === undefined ? {} : { version }) } as FindOptionsWhere<R>;
    const set = { ...values, ...this.stamp(now) } as QueryDeepPartialEntity<R>;
    const { affected } = await this.em.createQueryBuilder().update(entity).set(set).where(where).execute();
    if (affected === 0) throw await this.refusal(entity, id, version, label);
  }

  /**
   * Why an edit of `id` cannot go on: without a version, the record is not there (NOT_FOUND, as
   * before versions); with one, it was changed or deleted since (by whom, when: the details carry
   * the record as it stands), or purged for good (NOT_FOUND).
   */
  private async refusal<R extends VersionedRow>(entity: Versioned<R>, id: number, version: number | undefined, label: string): Promise<AppError> {
    const row = version === undefined ? null : await this.em.findOne(entity, { where: { id } as FindOptionsWhere<R> });
    if (!row) return notFoundError(label, id);
    return editConflict(row);
  }
}

/** The refusal of a save made on an older version of `row`, in the clerk's words. */
export function editConflict(row: VersionedRow): AppError {
  const deleted = row.deletedAt !== null;
  const at = row.deletedAt ?? row.updatedAt;
  const details: EditConflict = { updatedBy: row.updatedBy, updatedAt: at, version: row.version, deleted };
  return new AppError('EDIT_CONFLICT', fill(deleted ? m.deleted : m.changed, { name: row.updatedBy ?? m.someone, at: formatMoment(at) }), undefined, details);
}
