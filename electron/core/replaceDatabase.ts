import { createContext, type AppContext } from './context';
import type { Database } from './db/openDatabase';

/**
 * Points an existing context at a newly opened database (a restore). The adapters (IPC binding,
 * loopback server, the handler queue keyed by context) hold this very object, so it must change
 * in place rather than be replaced: every service is rebuilt on the new connection with
 * Object.assign. What is not in the database stays: the files the renderer holds by id, the
 * shell's dialogs, and the signed-in sessions (in memory; the admin who restored stays signed in,
 * and the new accounts service still checks every later sign-in against the restored accounts).
 */
export function replaceDatabase(ctx: AppContext, db: Database): AppContext {
  const fresh = createContext(db, ctx.appVersion);
  const { files, dialogs } = ctx;
  const sessions = ctx.auth.sessions;
  sessions.lockAfterMs = fresh.auth.sessions.lockAfterMs;
  Object.defineProperty(fresh.auth, 'sessions', { value: sessions });
  fresh.files.close();
  return Object.assign(ctx, fresh, { files, dialogs });
}
