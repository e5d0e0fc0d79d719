import type { ImportError, ImportSummary } from '../../../../shared/contract/excel';
import type { AuditChanges, AuditEntity } from '../../../../shared/contract/audit';
import { fill, messages } from '../../../../shared/i18n';
import { ImportTrail } from '../../audit/importTrail';
import type { Caller } from '../../auth/caller';
import type { Scope } from '../../scope';
import { Abandon } from '../../db/database';
import { AppError } from '../../errors';
import { nowIso } from '../../services/queryHelpers';
import { columnLetter } from './columns';
import { choicesKey, evaluate, originalText, type Choices, type EvaluatedRow, type Evaluation } from './evaluate';
import { BatchSize } from './batchSize';
import { TARGET_OPS } from './ops';
import type { Refusal } from './ops/types';
import type { ImportSession } from './sessions';
import { nextTurn } from '../../turns';

const m = messages.importEngine;


/** Errors of the refused rows, one per cell, as the command line prints them. */
export function refusedErrors(sheet: string, ev: Evaluation, edits: Choices['edits']): ImportError[] {
  const mapping = ev.mapping;
  const out: ImportError[] = [];
  for (const r of ev.rows) {
    if (r.dropped || r.action !== 'refuse') continue;
    for (const i of r.issues) {
      if (i.level !== 'error') continue;
      const col = i.field !== null ? mapping[i.field] : undefined;
      out.push({
        sheet,
        row: r.row,
        column: col === undefined ? null : columnLetter(col),
        value: i.field !== null ? originalText(r, i.field, ev, edits) || null : null,
        message: i.field !== null && col !== undefined ? `${ev.headers[col] ?? i.field}: ${i.message}` : i.message,
      });
    }
  }
  return out;
}

function summary(ev: Evaluation, choices: Choices, stored: boolean, dryRun: boolean, cancelled: boolean): ImportSummary {
  const c = ev.counts;
  return {
    // A dry run reports what would be stored.
    imported: stored || dryRun ? c.new : 0,
    updated: stored || dryRun ? c.update : 0,
    skipped: c.duplicate + c.dropped + c.structural,
    refused: c.refuse,
    errors: refusedErrors(choices.sheet, ev, choices.edits),
    dryRun,
    cancelled,
  };
}

/**
 * Stores the accepted rows in ONE transaction: all or nothing. The transaction is the
 * import:commit channel's own (a write: one TypeORM transaction under the write lock), held
 * across the batches; between batches the writer yields to the event loop, so import:progress
 * and import:cancel (read channels that touch no database) still answer. The rows are those the
 * clerk's last preview checked, when what matching reads of the database is as it was then
 * (TargetOps.version); otherwise every row is checked again first. Updates run before the inserts
 * so the search index is only lifted for brand-new rows; new rows go in batches. A cancel throws
 * Abandon: the transaction rolls back and the clerk gets the summary of what it would have done.
 */
export async function commitImport(ctx: Scope, session: ImportSession, choices: Choices, dryRun: boolean, caller: Caller, checked?: Evaluation): Promise<ImportSummary> {
  if (session.progress.phase === 'writing' || session.progress.phase === 'checking') throw new AppError('CONFLICT', m.busy);
  const ops = TARGET_OPS[session.target];
  session.cancelRequested = false;
  let ev: Evaluation;
  if (checked && checked.version === (await ops.version(ctx))) ev = checked;
  else {
    session.progress = { phase: 'checking', done: 0, total: session.workbook.sheets.find((s) => s.name === choices.sheet)?.rows.length ?? 0 };
    try {
      ev = await evaluate(ctx, session, choices, (done) => (session.progress = { ...session.progress, done }));
    } catch (err) {
      session.progress = { ...session.progress, phase: err instanceof AppError && err.code === 'CANCELLED' ? 'cancelled' : 'failed' };
      throw err;
    }
  }
  if (dryRun) {
    session.progress = { phase: 'done', done: 0, total: 0 };
    session.cached = { key: choicesKey(choices), evaluation: ev };
    return summary(ev, choices, false, true, false);
  }
  // On the shared PostgreSQL registry, the import takes the audit trail's turn (which every write
  // takes to chain its lines, until it commits) before its first row, not at its first lines: an
  // import holding new rows (and the counts they add to) while it waits for another PC's import
  // that waits for those rows would deadlock. Two imports thus write one after the other; a NIK the
  // first stored after the second's check is then refused by the unique index (TargetOps.create).
  // SQLite's write lock already lets one writer in at a time.
  await ctx.tx.sql.serializeAudit(ctx.tx.em);
  const accepted = ev.rows.filter((r) => !r.dropped && (r.action === 'new' || r.action === 'update'));
  const updates = accepted.filter((r) => r.action === 'update');
  const news = accepted.filter((r) => r.action === 'new');
  const total = accepted.length;
  let done = 0;
  session.progress = { phase: 'writing', done, total };
  const trail = new ImportTrail(ctx.tx, caller, AUDIT_ENTITY[session.target], { name: session.fileName, checksum: session.checksum, sheet: choices.sheet }, ctx.audit.workstation);
  // Batches of about 40 ms each (batchSize.ts): between them the core answers the window's calls,
  // the progress bar moves, and the clerk may stop the import.
  const size = new BatchSize();
  // The batch just written is counted, its rows' parsed data let go (the file of refused rows needs
  // only the refused ones; a failed or cancelled write drops the whole check), and the clerk may stop here.
  const batchDone = async (batch: EvaluatedRow[], started: number) => {
    await trail.flush();
    size.took(performance.now() - started, batch.length);
    for (const r of batch) r.parsed = r.changes = r.before = null;
    session.progress = { phase: 'writing', done: (done += batch.length), total };
    await nextTurn();
    if (session.cancelRequested) throw new AppError('CANCELLED', m.cancelled);
  };
  try {
    for (let i = 0; i < updates.length; ) {
      const started = performance.now();
      const batch = updates.slice(i, (i += size.rows));
      for (const r of batch) {
        await named(r, () => ops.update(ctx, r.matchId!, r.changes!));
        trail.updated(r.row, r.matchId!, changed(r), nowIso());
      }
      await batchDone(batch, started);
    }
    const createAll = async () => {
      for (let i = 0; i < news.length; ) {
        const started = performance.now();
        const batch = news.slice(i, (i += size.rows));
        // A target written row by row names the row that failed.
        const groups = ops.batched ? [batch] : batch.map((r) => [r]);
        const ids: Array<number | Refusal> = [];
        for (const g of groups) ids.push(...(await named(g.length === 1 ? g[0] : undefined, () => ops.create(ctx, g.map((r) => written(ev, r))))));
        const at = nowIso();
        batch.forEach((r, j) => {
          const id = ids[j]!;
          if (typeof id === 'number') trail.created(r.row, id, at);
          else refuseTaken(ev, r, id);
        });
        await batchDone(batch, started);
      }
    };
    if (news.length > 0) await (ops.creating ? ops.creating(ctx, news.length, createAll) : createAll());
    await trail.done({ new: ev.counts.new, update: updates.length, refused: ev.counts.refuse });
  } catch (err) {
    const cancelled = err instanceof AppError && err.code === 'CANCELLED';
    session.progress = { ...session.progress, phase: cancelled ? 'cancelled' : 'failed' };
    // Nothing of a cancelled import is kept; the clerk is told what it would have done.
    if (cancelled) throw new Abandon(summary(ev, choices, false, false, true));
    throw err;
  }
  session.progress = { phase: 'done', done: total, total };
  // The file of refused rows reads the same check; a preview checks again.
  session.cached = { key: choicesKey(choices), evaluation: ev, written: true };
  return summary(ev, choices, true, false, false);
}

/**
 * A new row the database refused because another writer stored its key first (TargetOps.create):
 * refused as if the check had found it, with why at its cell, so the summary, the audit line's
 * counts and the file of refused rows carry it.
 */
function refuseTaken(ev: Evaluation, r: EvaluatedRow, why: Refusal): void {
  r.action = 'refuse';
  r.issues.push({ field: why.field, level: 'error', message: why.message });
  ev.counts.new--;
  ev.counts.refuse++;
}

/** Runs one write; an error names the file's row it came from (when it is one row), so the clerk can find what changed. */
async function named<T>(r: EvaluatedRow | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (r && err instanceof AppError) throw new AppError(err.code, `${fill(m.rowFailed, { row: r.row })} ${err.message}`, err.fields);
    throw err;
  }
}

/** What a new row stores: the record its check accepted. */
function written(ev: Evaluation, r: EvaluatedRow): Record<string, unknown> {
  const data = ev.dataOf(r);
  // The same cells through the same pure steps: a row the check accepted is accepted again.
  if (!data) throw new Error(`Row ${r.row} no longer reads as it was checked.`);
  return data;
}

/** An update's changes as the trail records them: each field it changed, before and after. */
function changed(r: EvaluatedRow): AuditChanges {
  const out: AuditChanges = {};
  for (const [k, before] of Object.entries(r.before ?? {})) out[k] = [before, r.changes![k] ?? null];
  return out;
}

const AUDIT_ENTITY: Record<ImportSession['target'], AuditEntity> = { umkm: 'umkm', mitra: 'mitra', komunitas: 'komunitas', progress: 'class_record', monev: 'monev_kunjungan', bantuan: 'bantuan', sertifikat: 'sertifikat' };
