import { contract, fieldErrors, isChannel, type Channel, type Result } from '../../../shared/contract';
import { fill, messages } from '../../../shared/i18n';
import { auditWrite } from '../audit/auditWrite';
import { authorize } from '../auth/guard';
import type { Caller } from '../auth/caller';
import type { SessionRef } from '../auth/sessions';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { isDiskFull, writeError } from '../backup/diskError';
import { appHandlers } from './appHandlers';
import { authHandlers } from './authHandlers';
import { backupHandlers } from './backupHandlers';
import { exportHandlers } from './exportHandlers';
import { importHandlers } from './importHandlers';
import { fileHandlers } from './fileHandlers';
import { kegiatanHandlers } from './kegiatanHandlers';
import { kemitraanHandlers } from './kemitraanHandlers';
import { komunitasHandlers } from './komunitasHandlers';
import { mitraHandlers } from './mitraHandlers';
import { progressHandlers } from './progressHandlers';
import type { HandlerMap } from './types';
import { umkmHandlers } from './umkmHandlers';

/** Every channel of the contract, answered. The compiler refuses a channel without a handler. */
export const handlers: HandlerMap<Channel> = {
  ...appHandlers,
  ...umkmHandlers,
  ...komunitasHandlers,
  ...mitraHandlers,
  ...kemitraanHandlers,
  ...kegiatanHandlers,
  ...progressHandlers,
  ...fileHandlers,
  ...importHandlers,
  ...exportHandlers,
  ...authHandlers,
  ...backupHandlers,
};

export type Logger = (message: string, err: unknown) => void;
const defaultLogger: Logger = (message, err) => console.error(message, err);

// One call at a time per database. better-sqlite3 is one connection and TypeORM shares one query
// runner over it, so a second call arriving while a transaction awaits would otherwise run its
// statements inside that transaction (and be rolled back with it).
const queues = new WeakMap<AppContext, Promise<unknown>>();
// These read or flag an import's in-memory state only, never the database, so they answer while
// a long import holds the queue (its writer yields between chunks).
const UNQUEUED = new Set<string>(['import:progress', 'import:cancel']);

/**
 * The one entry point of every adapter (Electron IPC, command line, loopback HTTP): the adapter
 * names its session, main decides who is calling and whether they may, the payload is unknown
 * until the contract's schema has parsed it, and every outcome is a Result value.
 */
export function dispatch(channel: unknown, payload: unknown, ctx: AppContext, session?: SessionRef, log: Logger = defaultLogger): Promise<Result<unknown>> {
  if (typeof channel === 'string' && UNQUEUED.has(channel)) return dispatchNow(channel, payload, ctx, session, log);
  const run = (queues.get(ctx) ?? Promise.resolve()).then(() => dispatchNow(channel, payload, ctx, session, log));
  queues.set(ctx, run);
  return run;
}

async function dispatchNow(channel: unknown, payload: unknown, ctx: AppContext, session: SessionRef | undefined, log: Logger): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: fill(messages.errors.unknownChannel, { channel: String(channel).slice(0, 80) }) } };
  }
  try {
    // Before the payload is even parsed: a caller without the right learns nothing from errors.
    const caller = authorize(channel, ctx.auth, session);
    const parsed = contract[channel].input.safeParse(payload);
    if (!parsed.success) {
      return { ok: false, error: { code: 'VALIDATION', message: messages.errors.validation, fields: fieldErrors(parsed.error) } };
    }
    const handler = handlers[channel] as (input: unknown, ctx: AppContext, caller: Caller) => Promise<unknown> | unknown;
    return { ok: true, value: await auditWrite(ctx, caller, channel, parsed.data, async () => handler(parsed.data, ctx, caller)) };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, error: err.toData() };
    // A full disk is the clerk's to fix, not an app fault: said as such (SQLite rolled the write back).
    if (isDiskFull(err)) return { ok: false, error: writeError(err, ctx.db.file).toData() };
    log(`[${channel}] unexpected error`, err);
    return { ok: false, error: { code: 'INTERNAL', message: messages.errors.internal } };
  }
}
