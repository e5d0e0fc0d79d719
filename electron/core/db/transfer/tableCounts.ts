import { fill, messages } from '../../../../shared/i18n';
import { AppError } from '../../errors';
import type { Tx } from '../database';
import { quoteName } from './engineCatalog';
import { tableLabel, type CopyPlan } from './registryTables';

/** How many rows one table holds, on each side of a copy. */
export interface TableCount {
  table: string;
  /** Base tables are copied; summary tables are rebuilt by the target's triggers. */
  kind: 'base' | 'summary';
  source: number;
  target: number;
}

/** Rows of a table; for a count table, its rows with a count (n = 0 is a count gone back to nothing). */
export async function countRows(tx: Tx, table: string, countedOnly = false): Promise<number> {
  const [row] = (await tx.em.query(`SELECT COUNT(*) AS n FROM ${quoteName(table)}${countedOnly ? ' WHERE n <> 0' : ''}`)) as Array<{ n: number | string }>;
  return Number(row?.n ?? 0);
}

/** What a count table counts in all: the sum of its n. */
async function total(tx: Tx, table: string): Promise<number> {
  const [row] = (await tx.em.query(`SELECT coalesce(SUM(n), 0) AS n FROM ${quoteName(table)}`)) as Array<{ n: number | string }>;
  return Number(row?.n ?? 0);
}

/**
 * Every table counted on both sides, in the plan's order (base tables, then the summaries); a
 * difference anywhere refuses the copy, naming the table and both counts, so the caller's
 * transaction rolls back whole.
 */
export async function compareCounts(src: Tx, dst: Tx, plan: CopyPlan, names: { source: string; target: string }): Promise<TableCount[]> {
  const counts: TableCount[] = [];
  for (const t of plan.base) counts.push({ table: t.table, kind: 'base', source: await countRows(src, t.table), target: await countRows(dst, t.table) });
  for (const t of plan.summary) counts.push({ table: t.table, kind: 'summary', source: await countRows(src, t.table, t.counted), target: await countRows(dst, t.table, t.counted) });
  const off = counts.find((c) => c.source !== c.target);
  if (off) throw new AppError('CONFLICT', fill(messages.transfer.errors.countsDiffer, { table: tableLabel(off.table), source: off.source, target: off.target, from: names.source, to: names.target }));
  // A summary's rows could agree while what they count does not: its total too.
  for (const t of plan.summary.filter((s) => s.counted)) {
    const [source, target] = [await total(src, t.table), await total(dst, t.table)];
    if (source !== target) throw new AppError('CONFLICT', fill(messages.transfer.errors.totalsDiffer, { table: tableLabel(t.table), source, target, from: names.source, to: names.target }));
  }
  return counts;
}
