import type { AuditChanges, Channel } from '../../../shared/contract';
import { fill, messages } from '../../../shared/i18n';
import type { Caller } from '../auth/caller';
import type { Scope } from '../scope';
import { AppError } from '../errors';
import { WRITE_AUDIT, type WriteAudit } from './channelAudit';
import { diff, type Snapshot } from './diff';
import { deletedAt, SNAPSHOTS } from './snapshots';

const s = messages.auditSummary;

/**
 * Runs one handler call and appends what it changed to the audit trail: who, when, which record,
 * each field before and after. Read channels and channels that record themselves just run. A call
 * that fails records nothing (a refused sign-in reaches the trail through the accounts' events).
 *
 * The record's state before, the write, its state after and the audit row go through the call's
 * one manager: inside a write channel's transaction a write is never committed without its row,
 * nor a row without its write (the exclusive backup:create has no transaction: its row follows).
 */
export async function auditWrite<T>(ctx: Scope, caller: Caller, channel: Channel, input: unknown, run: () => Promise<T>): Promise<T> {
  const spec = WRITE_AUDIT[channel];
  if (spec) return recorded(ctx, caller, spec, input, run);
  return run();
}

async function recorded<T>(ctx: Scope, caller: Caller, spec: WriteAudit, input: unknown, run: () => Promise<T>): Promise<T> {
  const snap = SNAPSHOTS[spec.entity];
  const idBefore = spec.idBefore?.(input, caller) ?? null;
  // A record gone before the call leaves the refusal to the service: a save on a version the clerk
  // saw is told who deleted it (EDIT_CONFLICT), other calls NOT_FOUND as before.
  const before: Snapshot | null = snap && idBefore !== null ? await snap.read(ctx, idBefore).catch(goneAsNull) : null;
  const result = await run();
  const id = idBefore ?? spec.idAfter?.(result) ?? null;
  let changes: AuditChanges;
  let name: string;
  if (spec.action === 'delete' && snap?.entity && id !== null) {
    changes = { deletedAt: [null, await deletedAt(ctx, snap.entity, id)] };
    name = before ? await snap.name(before, ctx) : String(id);
  } else {
    const after = snap && id !== null ? await snap.read(ctx, id) : null;
    changes = diff(before, after);
    name = snap && (after ?? before) ? await snap.name((after ?? before)!, ctx) : '';
  }
  Object.assign(changes, spec.extra?.(input) ?? {});
  await ctx.audit.record({ caller, action: spec.action, entity: spec.entity, entityId: id, summary: summaryOf(spec, input, result, name, changes), changes });
  return result;
}

function goneAsNull(err: unknown): null {
  if (err instanceof AppError && err.code === 'NOT_FOUND') return null;
  throw err;
}

function summaryOf(spec: WriteAudit, input: unknown, result: unknown, name: string, changes: AuditChanges): string {
  if (spec.summary) {
    const { key, n } = spec.summary(input, result);
    return fill(s[key], { n: n ?? '' });
  }
  const entity = messages.auditEntities[spec.entity];
  const template = spec.action === 'create' ? s.create : spec.action === 'delete' ? s.delete : s.update;
  return fill(template, { entity, name, n: Object.keys(changes).length });
}
