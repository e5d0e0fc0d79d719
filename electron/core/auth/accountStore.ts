import type BetterSqlite3 from 'better-sqlite3';
import type { UserAccount } from '../../../shared/contract/auth';
import type { Role } from '../../../shared/domain/roles';

export interface AccountRow {
  id: number;
  username: string;
  full_name: string;
  role: Role;
  password_hash: string;
  active: number;
  failed_count: number;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
}

/** The row as the app shows it: the hash and the throttle counters stay in main. */
export function toAccount(row: AccountRow): UserAccount {
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    role: row.role,
    active: row.active === 1,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
  };
}

/** The pengguna table through prepared statements. */
export class AccountStore {
  private readonly s;
  constructor(db: BetterSqlite3.Database) {
    this.s = {
      count: db.prepare(`SELECT count(*) AS n FROM pengguna`),
      activeAdmins: db.prepare(`SELECT count(*) AS n FROM pengguna WHERE role = 'admin' AND active = 1`),
      byId: db.prepare(`SELECT * FROM pengguna WHERE id = ?`),
      byName: db.prepare(`SELECT * FROM pengguna WHERE username = ? COLLATE NOCASE`),
      list: db.prepare(`SELECT * FROM pengguna ORDER BY active DESC, username COLLATE NOCASE`),
      insert: db.prepare(
        `INSERT INTO pengguna (username, full_name, role, password_hash, created_at, updated_at) VALUES (@username, @fullName, @role, @hash, @now, @now)`,
      ),
      // The first administrator: only while the table is empty, decided inside the one statement.
      insertFirst: db.prepare(
        `INSERT INTO pengguna (username, full_name, role, password_hash, created_at, updated_at)
         SELECT @username, @fullName, 'admin', @hash, @now, @now WHERE NOT EXISTS (SELECT 1 FROM pengguna)`,
      ),
      update: db.prepare(
        `UPDATE pengguna SET full_name = coalesce(@fullName, full_name), role = coalesce(@role, role), active = coalesce(@active, active),
         password_hash = coalesce(@hash, password_hash), updated_at = @now WHERE id = @id`,
      ),
      failure: db.prepare(`UPDATE pengguna SET failed_count = failed_count + 1, locked_until = @lockedUntil WHERE id = @id RETURNING failed_count`),
      clear: db.prepare(`UPDATE pengguna SET failed_count = 0, locked_until = NULL WHERE id = ?`),
      success: db.prepare(`UPDATE pengguna SET failed_count = 0, locked_until = NULL, last_login_at = @now WHERE id = @id`),
    };
  }

  count(): number {
    return (this.s.count.get() as { n: number }).n;
  }
  activeAdmins(): number {
    return (this.s.activeAdmins.get() as { n: number }).n;
  }
  byId(id: number): AccountRow | undefined {
    return this.s.byId.get(id) as AccountRow | undefined;
  }
  byUsername(username: string): AccountRow | undefined {
    return this.s.byName.get(username) as AccountRow | undefined;
  }
  list(): AccountRow[] {
    return this.s.list.all() as AccountRow[];
  }
  insert(a: { username: string; fullName: string; role: Role; hash: string; now: string }): number {
    return Number(this.s.insert.run(a).lastInsertRowid);
  }
  /** 0 when an account already exists. */
  insertFirstAdmin(a: { username: string; fullName: string; hash: string; now: string }): number {
    const r = this.s.insertFirst.run(a);
    return r.changes === 1 ? Number(r.lastInsertRowid) : 0;
  }
  update(id: number, c: { fullName?: string; role?: Role; active?: boolean; hash?: string }, now: string): void {
    this.s.update.run({
      id,
      now,
      fullName: c.fullName ?? null,
      role: c.role ?? null,
      active: c.active === undefined ? null : c.active ? 1 : 0,
      hash: c.hash ?? null,
    });
  }
  /** The count after this failure; the wait is computed from the count before it is stored. */
  recordFailure(id: number, lockedUntil: (failures: number) => string | null): number {
    const row = this.byId(id);
    const next = (row?.failed_count ?? 0) + 1;
    return (this.s.failure.get({ id, lockedUntil: lockedUntil(next) }) as { failed_count: number }).failed_count;
  }
  clearFailures(id: number): void {
    this.s.clear.run(id);
  }
  recordSuccess(id: number, now: string): void {
    this.s.success.run({ id, now });
  }
}
