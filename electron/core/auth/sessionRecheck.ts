import type { Database, SqliteDb } from '../db/database';
import type { Role } from '../../../shared/domain/roles';
import { passwordStamp } from './password';
import type { AccountFacts, SessionStore } from './sessions';

const ACCOUNTS = 'SELECT id, username, full_name AS "fullName", role, active, password_hash AS hash FROM pengguna';

interface AccountRow {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  active: number;
  hash: string;
}

const factsOf = (rows: AccountRow[]): AccountFacts[] =>
  rows.map((r) => ({ id: Number(r.id), username: r.username, fullName: r.fullName, role: r.role, active: Number(r.active) === 1, passwordStamp: passwordStamp(r.hash) }));

/**
 * After a restore, before any call reaches the restored file: every open session is checked
 * against its accounts (sessions.recheck). Read at once over the file's own connection (a
 * synchronous read, so no call can slip in between the swap and the check). Returns the keys ended.
 */
export function recheckSessions(sessions: SessionStore, db: SqliteDb): string[] {
  return sessions.recheck(factsOf(db.raw.prepare(ACCOUNTS).all() as AccountRow[]));
}

/**
 * The same check on whichever engine, as the lock watch makes it every few seconds: on a shared
 * PostgreSQL registry an account reset or deactivated at another PC ends this PC's sessions too.
 */
export async function recheckSessionsNow(sessions: SessionStore, db: Database): Promise<string[]> {
  if (db.kind === 'sqlite') return recheckSessions(sessions, db);
  const rows = await db.read((tx) => tx.em.query(ACCOUNTS) as Promise<AccountRow[]>);
  return sessions.recheck(factsOf(rows));
}
