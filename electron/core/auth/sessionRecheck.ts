import type { Database } from '../db/database';
import type { Role } from '../../../shared/domain/roles';
import { passwordStamp } from './password';
import type { AccountFacts, SessionStore } from './sessions';

/**
 * After a restore, before any call reaches the restored file: every open session is checked
 * against its accounts (sessions.recheck). Read at once over the file's own connection (a
 * synchronous read, so no call can slip in between the swap and the check). Returns the keys ended.
 */
export function recheckSessions(sessions: SessionStore, db: Database): string[] {
  const rows = db.raw.prepare('SELECT id, username, full_name AS fullName, role, active, password_hash AS hash FROM pengguna').all() as Array<{
    id: number;
    username: string;
    fullName: string;
    role: Role;
    active: number;
    hash: string;
  }>;
  const accounts: AccountFacts[] = rows.map((r) => ({ id: r.id, username: r.username, fullName: r.fullName, role: r.role, active: r.active === 1, passwordStamp: passwordStamp(r.hash) }));
  return sessions.recheck(accounts);
}
