import type { EntityManager, Repository } from 'typeorm';
import type { UserAccount } from '../../../shared/contract/auth';
import type { Role } from '../../../shared/domain/roles';
import { AccountEntity, type AccountRow } from '../db/entities/account';

export type { AccountRow };

/**
 * The row as the app shows it: never the hash. `waitUntil` is the latest wait some source must
 * still sit out for this name (the throttle's, in memory), for the admin to lift.
 */
export function toAccount(row: AccountRow, waitUntil: number | null = null): UserAccount {
  return {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    role: row.role,
    active: row.active,
    lastLoginAt: row.lastLoginAt,
    createdAt: row.createdAt,
    failedAttempts: row.failedCount,
    waitUntil: waitUntil === null ? null : new Date(waitUntil).toISOString(),
  };
}

/**
 * The pengguna table over one unit of work's manager. Names compare without regard to case: by
 * lower() on both sides, on either engine (SQLite's column also collates NOCASE for its order;
 * PostgreSQL's unique index is on lower(username)). The table holds a few dozen rows.
 */
export class AccountStore {
  private readonly repo: Repository<AccountRow>;

  constructor(private readonly em: EntityManager) {
    this.repo = em.getRepository(AccountEntity);
  }

  async any(): Promise<boolean> {
    return this.repo.exists();
  }
  async activeAdmins(): Promise<number> {
    return this.repo.countBy({ role: 'admin', active: true });
  }
  async byId(id: number): Promise<AccountRow | null> {
    return this.repo.findOneBy({ id });
  }
  async byUsername(username: string): Promise<AccountRow | null> {
    return this.repo.createQueryBuilder('a').where('lower(a.username) = lower(:username)', { username }).getOne();
  }
  async list(): Promise<AccountRow[]> {
    return this.repo.find({ order: { active: 'DESC', username: 'ASC' } });
  }
  async insert(a: { username: string; fullName: string; role: Role; hash: string; now: string }): Promise<number> {
    const r = await this.repo.insert({ username: a.username, fullName: a.fullName, role: a.role, passwordHash: a.hash, createdAt: a.now, updatedAt: a.now });
    return Number(r.identifiers[0]!.id);
  }
  /**
   * The first administrator, only while the table is empty: the check and the insert share one
   * transaction (SQLite's are serialisable, so a second process cannot slip one in between).
   * 0 when an account already exists.
   */
  async insertFirstAdmin(a: { username: string; fullName: string; hash: string; now: string }): Promise<number> {
    return this.em.transaction(async (em) => {
      const store = new AccountStore(em);
      return (await store.any()) ? 0 : store.insert({ ...a, role: 'admin' });
    });
  }
  async update(id: number, c: { fullName?: string; role?: Role; active?: boolean; hash?: string }, now: string): Promise<void> {
    const set: Partial<AccountRow> = { updatedAt: now };
    if (c.fullName !== undefined) set.fullName = c.fullName;
    if (c.role !== undefined) set.role = c.role;
    if (c.active !== undefined) set.active = c.active;
    // A new password also lifts the wait, or it could not be used at once.
    if (c.hash !== undefined) Object.assign(set, { passwordHash: c.hash, failedCount: 0, lockedUntil: null });
    await this.repo.update({ id }, set);
  }
  /**
   * One more wrong password for the name (from any source), and the latest wait it brought (null:
   * none). Counted in SQL, so two processes failing at once both count.
   */
  async recordFailure(id: number, lockedUntil: string | null): Promise<void> {
    await this.repo.increment({ id }, 'failedCount', 1);
    if (lockedUntil) await this.repo.update({ id }, { lockedUntil });
  }
  /**
   * An admin lifts the waits: the count starts again, and `updatedAt` marks the moment, so the
   * waits a running app holds in memory from before it no longer hold (a lift from the command line).
   */
  async liftWaits(id: number, now: string): Promise<void> {
    await this.repo.update({ id }, { failedCount: 0, lockedUntil: null, updatedAt: now });
  }
  /** The right password: the name's count starts again; a sign-in (not an unlock) also records its time. */
  async recordSuccess(id: number, signedInAt: string | null): Promise<void> {
    await this.repo.update({ id }, signedInAt ? { failedCount: 0, lockedUntil: null, lastLoginAt: signedInAt } : { failedCount: 0, lockedUntil: null });
  }
}
