import { fill, messages } from '../../../../shared/i18n';
import { AppError, isBusy } from '../../errors';
import { isDiskFull } from '../../backup/diskError';
import { nextTurn } from '../../turns';
import { whereIs, type Database, type PostgresDb, type Tx } from '../database';
import { catalogOf } from './engineCatalog';
import { planCopy, tableLabel, type BaseTable, type CopyPlan } from './registryTables';
import { compareCounts, countRows, type TableCount } from './tableCounts';
import { copyTableRows } from './tableRows';
import { copyLampiranBytes } from './lampiranBytes';

// The one copier of a whole registry between two open databases, whichever engines they are
// (SQLite → PostgreSQL for a move, PostgreSQL → a fresh SQLite file for a backup, a checked backup
// → PostgreSQL for a restore): every base table, parents before children, in batches through
// TypeORM and the target's bulk writes (Dialect.bulk.load), ids kept; the summary tables filled by
// the target itself (SQLite's triggers row by row, PostgreSQL's load counting them afresh at the
// end); the id counters set past the copied ids; every table's rows (and each summary's total)
// compared before the target's one transaction commits. The source is read from one snapshot.

/** Where the copy goes: one transaction on the target, committed when `work` resolves, and its name for messages. */
export interface CopyTarget {
  name: string;
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
}

/** A write of its own on `db` (its write lock taken, as any write). */
export const writeOn = (db: Database): CopyTarget => ({ name: whereIs(db), write: (work) => db.write(work) });

/** A transaction on a PostgreSQL registry whose write lock the caller already holds (a restore run under Database.exclusive). */
export const transactionOn = (db: PostgresDb): CopyTarget => ({
  name: whereIs(db),
  write: (work) => db.dataSource.transaction((em) => work({ em, writing: true, sql: db.sql })),
});

export interface CopyProgress {
  /** The table being copied, and its rows copied so far of its total. */
  table: string;
  done: number;
  total: number;
  /** All base tables' rows copied so far, of all of them. */
  rowsDone: number;
  rowsTotal: number;
}

export interface CopyOptions {
  /** Rows read and written a batch (2,000). */
  batchRows?: number;
  onProgress?: (p: CopyProgress) => void;
  /** In the target's transaction, before any row: a check that it is empty, or emptying it. */
  prepare?: (dst: Tx) => Promise<void>;
  /** In the target's transaction, after the counts agree: the audit line of the copy. */
  finish?: (dst: Tx, counts: TableCount[], src: Tx) => Promise<void>;
}

export interface CopyReport {
  counts: TableCount[];
  /** Base rows copied. */
  rows: number;
}

const BATCH_ROWS = 2000;

/** A row the target refuses (a constraint, a type) is named with its table; other failures pass as they are. */
function refused(err: unknown, table: string): unknown {
  if (err instanceof AppError || isBusy(err) || isDiskFull(err)) return err;
  const e = err as { code?: unknown; driverError?: { code?: unknown }; message?: string };
  const code = String(e?.driverError?.code ?? e?.code ?? '');
  // PostgreSQL's data exceptions (22…) and constraint violations (23…); SQLite's constraint and type refusals.
  if (/^2[23]/.test(code) || /^SQLITE_(CONSTRAINT|MISMATCH|TOOBIG|RANGE)/.test(code)) {
    return new AppError('CONFLICT', fill(messages.transfer.errors.rowRefused, { table: tableLabel(table), reason: String(e?.message ?? err) }));
  }
  return err;
}

async function copyTables(src: Tx, dst: Tx, plan: CopyPlan, opts: CopyOptions): Promise<number> {
  const size = Math.max(1, opts.batchRows ?? BATCH_ROWS);
  const totals = new Map<string, number>();
  for (const t of plan.base) totals.set(t.table, await countRows(src, t.table));
  const rowsTotal = [...totals.values()].reduce((a, b) => a + b, 0);
  let rowsDone = 0;
  const copyOne = async (t: BaseTable) => {
    const total = totals.get(t.table)!;
    let done = 0;
    opts.onProgress?.({ table: t.table, done, total, rowsDone, rowsTotal });
    try {
      await copyTableRows(src, dst, t, size, async (n) => {
        done += n;
        rowsDone += n;
        opts.onProgress?.({ table: t.table, done, total, rowsDone, rowsTotal });
        // The core's other calls are answered between batches.
        await nextTurn();
      });
    } catch (err) {
      throw refused(err, t.table);
    }
  };
  const umkm = totals.get('umkm') ?? 0;
  // Empty tables filled in one go: their index upkeep is deferred to the end where the engine can,
  // and so is PostgreSQL's upkeep of the summaries (counted afresh once the rows are in: its row
  // triggers would update the same few summary rows thousands of times in one transaction).
  await dst.sql.bulk.load(dst.em, { entities: plan.base.map((t) => t.entity as never), rows: umkm }, async () => {
    for (const t of plan.base) await copyOne(t);
  });
  return rowsDone;
}

/** Each generated id's counter set past the ids copied, and past any the source handed out and lost since (a purged record). */
async function carryIdCounters(src: Tx, dst: Tx, plan: CopyPlan): Promise<void> {
  for (const t of plan.base) {
    if (!t.generatedId) continue;
    const mark = await catalogOf(src).idHighWater(src.em, t.table, t.generatedId);
    await catalogOf(dst).setIdHighWater(dst.em, t.table, t.generatedId, mark);
  }
}

/**
 * Copies the whole registry from `source` (one snapshot) into `target` (one transaction). The
 * target's tables must be empty when `prepare` has run. Any refusal rolls the target back whole.
 */
export async function copyRegistry(source: Database, target: CopyTarget, opts: CopyOptions = {}): Promise<CopyReport> {
  const names = { source: whereIs(source), target: target.name };
  return source.snapshot((src) =>
    target.write(async (dst) => {
      await opts.prepare?.(dst);
      const plan = await planCopy(src, dst, names);
      const rows = await copyTables(src, dst, plan, opts);
      await copyLampiranBytes(source, src, dst);
      await carryIdCounters(src, dst, plan);
      const counts = await compareCounts(src, dst, plan, names);
      await opts.finish?.(dst, counts, src);
      return { counts, rows };
    }),
  );
}
