import type { EntityMetadata, EntitySchema, ObjectLiteral } from 'typeorm';
import { fill, messages } from '../../../../shared/i18n';
import { AppError } from '../../errors';
import type { Tx } from '../database';
import { ENTITIES } from '../entities';
import { AuditEntryEntity } from '../entities/auditEntry';
import {
  PerpindahanTahunanEntity,
  RekapKelasTahunanEntity,
  RekapNaikKelasEntity,
  RekapPerpindahanEntity,
  RekapTercatatEntity,
  RekapUmkmEntity,
  RiwayatTahunanEntity,
} from '../entities/rekap';
import { catalogOf, type ForeignKey } from './engineCatalog';

// The app's tables as the copier sees them: the base tables it copies row by row, parents before
// children, and the summary tables the target's own triggers fill from those rows.

type AnyEntity = EntitySchema<ObjectLiteral>;
type ColumnMetadata = EntityMetadata['columns'][number];

/** Counts the triggers keep (rekap_*, riwayat_tahunan, perpindahan_tahunan): never copied, rebuilt. */
export const SUMMARY_ENTITIES: readonly AnyEntity[] = [
  RekapUmkmEntity,
  RekapKelasTahunanEntity,
  RekapTercatatEntity,
  RiwayatTahunanEntity,
  PerpindahanTahunanEntity,
  RekapNaikKelasEntity,
  RekapPerpindahanEntity,
] as AnyEntity[];

const SUMMARY = new Set<unknown>(SUMMARY_ENTITIES);

/** Every table the app keeps (base and summary), in the entities' order. */
export const APP_ENTITIES: readonly AnyEntity[] = ENTITIES as AnyEntity[];

export interface BaseTable {
  entity: AnyEntity;
  table: string;
  /** The primary key's columns, in order: the copy reads the table in this order, a batch after the last key. */
  key: ColumnMetadata[];
  /** The generated id column, whose counter is set past the copied ids afterwards. */
  generatedId: string | null;
  /**
   * Copied as stored, not through the entity: audit_log's `changes` is the JSON text its hash
   * covers, and the entity's transformer would write it anew (parsed and stringified again).
   */
  verbatim: boolean;
}

export interface SummaryTable {
  table: string;
  /** A count table keeps rows at n = 0 where a count went back to nothing; those are not compared. */
  counted: boolean;
}

export interface CopyPlan {
  base: BaseTable[];
  summary: SummaryTable[];
}

const tableOf = (tx: Tx, entity: AnyEntity): EntityMetadata => tx.em.connection.getMetadata(entity);

/** A table as a clerk reads it in a message ("Akun pengguna"), its own name where there is no word for it. */
export const tableLabel = (table: string): string => messages.transfer.tables[table] ?? table;

/**
 * The base tables in an order where every table comes after the tables it points at (the target's
 * and the source's foreign keys), otherwise in the entities' order.
 */
function parentsFirst(tables: BaseTable[], keys: ForeignKey[]): BaseTable[] {
  const names = new Set(tables.map((t) => t.table));
  const parents = new Map<string, Set<string>>(tables.map((t) => [t.table, new Set<string>()]));
  for (const k of keys) if (k.child !== k.parent && names.has(k.child) && names.has(k.parent)) parents.get(k.child)!.add(k.parent);
  const done = new Set<string>();
  const ordered: BaseTable[] = [];
  while (ordered.length < tables.length) {
    const next = tables.find((t) => !done.has(t.table) && [...parents.get(t.table)!].every((p) => done.has(p)));
    // A cycle of foreign keys (none in this schema): the rest in the entities' order.
    const take = next ?? tables.find((t) => !done.has(t.table))!;
    done.add(take.table);
    ordered.push(take);
  }
  return ordered;
}

/** A summary table of counts (its column n), rather than of rows (perpindahan_tahunan). */
export const isCountTable = (meta: EntityMetadata): boolean => meta.columns.some((c) => c.databaseName === 'n');

/** The table's columns in this database must be the entity's: a column the entity lacks would not be copied. */
async function sameColumns(tx: Tx, meta: EntityMetadata, where: string): Promise<void> {
  const have = new Set(await catalogOf(tx).columns(tx.em, meta.tableName));
  const want = new Set(meta.columns.map((c) => c.databaseName));
  const differ = [...have].filter((c) => !want.has(c)).concat([...want].filter((c) => !have.has(c)));
  if (differ.length > 0) throw new AppError('CONFLICT', fill(messages.transfer.errors.columnsDiffer, { table: tableLabel(meta.tableName), where, columns: differ.sort().join(', ') }));
}

/** What to copy from `src` to `dst`, checked against both databases' own tables. */
export async function planCopy(src: Tx, dst: Tx, names: { source: string; target: string }): Promise<CopyPlan> {
  const base: BaseTable[] = [];
  const summary: SummaryTable[] = [];
  for (const entity of APP_ENTITIES) {
    const meta = tableOf(dst, entity);
    await sameColumns(src, tableOf(src, entity), names.source);
    await sameColumns(dst, meta, names.target);
    if (SUMMARY.has(entity)) {
      summary.push({ table: meta.tableName, counted: isCountTable(meta) });
      continue;
    }
    base.push({
      entity,
      table: meta.tableName,
      key: meta.primaryColumns,
      generatedId: meta.primaryColumns.find((c) => c.isGenerated)?.databaseName ?? null,
      verbatim: entity === (AuditEntryEntity as unknown),
    });
  }
  const keys = [...(await catalogOf(dst).foreignKeys(dst.em)), ...(await catalogOf(src).foreignKeys(src.em))];
  return { base: parentsFirst(base, keys), summary };
}
