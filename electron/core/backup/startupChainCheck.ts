import BetterSqlite3 from 'better-sqlite3';
import { hardenConnection } from '../db/sqlite/hardenConnection';
import { SYSTEM_CALLER } from '../auth/caller';
import type { Core } from '../core';
import { checkChainInTurns, NOT_WALKED, type ChainCheck } from './chainCheck';
import { headOf, readHead } from './chainHead';
import { messages } from '../../../shared/i18n';

/**
 * The audit chain checked at every start of the app, after the window can be used: the head
 * beside the database is read at once (before the day's first write replaces it), the trail is
 * walked a page a turn on a read-only connection of its own. A break is written into the trail
 * itself as a system line (*Peringatan keutuhan*), where the admin sees it in Jejak audit.
 */
export function startupChainCheck(core: Core, nativeBinding?: string): () => Promise<ChainCheck> {
  // The head is kept beside a SQLite file; a shared PostgreSQL registry has no file here, and its
  // server's own roles decide who may write to it (README: Registri bersama).
  if (core.db.kind !== 'sqlite') return async () => NOT_WALKED;
  const file = core.db.file;
  const head = readHead(file);
  // The accounts are compared now, before the day's first write moves the head on.
  const opened = headOf(core.db.raw);
  const accountsChanged = head !== null && head.id === opened.id && head.hash === opened.hash && head.accounts !== opened.accounts;
  return async () => {
    const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true, nativeBinding });
    let result: ChainCheck;
    try {
      hardenConnection(db);
      result = await checkChainInTurns(db, head, false);
    } finally {
      db.close();
    }
    if (result.ok && accountsChanged) result = { ok: false, rows: result.rows, brokenAt: null, problem: messages.auditChain.accountsChanged };
    if (!result.ok && result.problem) {
      console.error(`[audit] ${result.problem}`);
      const problem = result.problem;
      await core.write((s) => s.audit.record({ caller: SYSTEM_CALLER, action: 'integrity_alert', entity: 'database', summary: problem, changes: { brokenAt: [null, result.brokenAt] } }));
    }
    return result;
  };
}
