import type { ImportError, ImportSummary } from '../../../../shared/contract/excel';
import type { AuditEntity } from '../../../../shared/contract/audit';
import { fill, messages } from '../../../../shared/i18n';
import { diff, type Snapshot } from '../../audit/diff';
import { SNAPSHOTS } from '../../audit/snapshots';
import type { Caller } from '../../auth/caller';
import type { Scope } from '../../scope';
import { Abandon } from '../../db/database';
import { AppError } from '../../errors';
import { columnLetter } from './columns';
import { evaluate, originalText, type Choices, type EvaluatedRow, type Evaluation } from './evaluate';
import type { ImportSession } from './sessions';

const m = messages.importEngine;
// Rows per event-loop turn: small enough for a smooth progress bar and a prompt cancel.
const CHUNK = 250;

const tick = () => new Promise<void>((r) => setImmediate(r));

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
 * Checks every row again, then stores the accepted ones in ONE transaction: all or nothing. The
 * transaction is the import:commit channel's own (a write: one TypeORM transaction under the
 * write lock), held across the chunks; between chunks the writer yields to the event loop, so
 * import:progress and import:cancel (read channels that touch no database) still answer. Updates
 * run before the inserts so the search index is only lifted for brand-new rows. A cancel throws
 * Abandon: the transaction rolls back and the clerk gets the summary of what it would have done.
 */
export async function commitImport(ctx: Scope, session: ImportSession, choices: Choices, dryRun: boolean, caller: Caller): Promise<ImportSummary> {
  if (session.progress.phase === 'writing' || session.progress.phase === 'checking') throw new AppError('CONFLICT', m.busy);
  session.cancelRequested = false;
  session.progress = { phase: 'checking', done: 0, total: session.workbook.sheets.find((s) => s.name === choices.sheet)?.rows.length ?? 0 };
  let ev: Evaluation;
  try {
    ev = await evaluate(ctx, session, choices, (done) => (session.progress.done = done));
  } catch (err) {
    session.progress = { ...session.progress, phase: err instanceof AppError && err.code === 'CANCELLED' ? 'cancelled' : 'failed' };
    throw err;
  }
  if (dryRun) {
    session.progress = { phase: 'done', done: 0, total: 0 };
    return summary(ev, choices, false, true, false);
  }
  const accepted = ev.rows.filter((r) => !r.dropped && (r.action === 'new' || r.action === 'update'));
  const updates = accepted.filter((r) => r.action === 'update');
  const news = accepted.filter((r) => r.action === 'new');
  session.progress = { phase: 'writing', done: 0, total: accepted.length };
  const { em, sql } = ctx.tx;
  // Every row and its audit go through the call's one manager, in its one transaction.
  try {
    const trail = rowTrail(ctx, caller, session);
    await writeAll(session, updates, async (r) => {
      const before = await trail.read(r.matchId!);
      await ev.lookup.update(r.matchId!, r.changes!);
      await trail.record('update', r, r.matchId!, before);
    });
    const indexNewRows = session.target === 'umkm' && news.length > 0 ? await sql.bulk.liftSearchIndex(em) : undefined;
    await writeAll(session, news, async (r) => {
      const id = await ev.lookup.create(r.parsed!);
      await trail.record('create', r, id, null);
    });
    await indexNewRows?.();
    await ctx.audit.record({
      caller,
      action: 'import',
      entity: AUDIT_ENTITY[session.target],
      summary: fill(m.auditSummary, { file: session.fileName, sheet: choices.sheet, new: news.length, update: updates.length, refused: ev.counts.refuse }),
    });
  } catch (err) {
    const cancelled = err instanceof AppError && err.code === 'CANCELLED';
    session.progress = { ...session.progress, phase: cancelled ? 'cancelled' : 'failed' };
    // Nothing of a cancelled import is kept; the clerk is told what it would have done.
    if (cancelled) throw new Abandon(summary(ev, choices, false, false, true));
    throw err;
  }
  session.progress = { phase: 'done', done: accepted.length, total: accepted.length };
  return summary(ev, choices, true, false, false);
}

async function writeAll(session: ImportSession, rows: EvaluatedRow[], write: (r: EvaluatedRow) => Promise<void>): Promise<void> {
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    try {
      await write(r);
    } catch (err) {
      // The row passed the check moments ago; name it so the clerk can find what changed.
      if (err instanceof AppError) throw new AppError(err.code, `${fill(m.rowFailed, { row: r.row })} ${err.message}`, err.fields);
      throw err;
    }
    session.progress.done++;
    if ((i + 1) % CHUNK === 0) {
      await tick();
      if (session.cancelRequested) throw new AppError('CANCELLED', m.cancelled);
    }
  }
}

const AUDIT_ENTITY: Record<ImportSession['target'], AuditEntity> = { umkm: 'umkm', mitra: 'mitra', komunitas: 'komunitas', progress: 'class_record' };

/**
 * One audit row per stored row (its fields before and after, as every other write records them),
 * inside the import's transaction, so the trail and the data never disagree.
 */
function rowTrail(ctx: Scope, caller: Caller, session: ImportSession) {
  const entity = AUDIT_ENTITY[session.target];
  const snap = SNAPSHOTS[entity];
  const read = async (id: number): Promise<Snapshot | null> => (snap ? await snap.read(ctx, id) : null);
  return {
    read,
    async record(action: 'create' | 'update', r: EvaluatedRow, id: number, before: Snapshot | null): Promise<void> {
      const changes = diff(before, await read(id));
      await ctx.audit.record({ caller, action, entity, entityId: id, summary: fill(m.auditRow, { file: session.fileName, row: r.row }), changes });
    },
  };
}
