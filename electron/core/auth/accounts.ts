import type BetterSqlite3 from 'better-sqlite3';
import type { UserAccount } from '../../../shared/contract/auth';
import type { Role } from '../../../shared/domain/roles';
import { fill, messages } from '../../../shared/i18n';
import { AppError } from '../errors';
import { AccountStore, toAccount, type AccountRow } from './accountStore';
import { dummyHash, hashPassword, verifyPassword } from './password';
import { secondsLeft, waitAfter } from './throttle';

const m = messages.auth.errors;

function tooMany(seconds: number): AppError {
  return new AppError('TOO_MANY_ATTEMPTS', fill(m.tooManyAttempts, { seconds }), { retryAfterSeconds: String(seconds) });
}

/**
 * Local accounts: the first administrator, accounts an admin manages, and the password check with
 * its growing wait after wrong tries. Nothing here ever returns or logs a hash or a password.
 */
export class AccountsService {
  readonly store: AccountStore;
  // Names without an account have no row to count in; they wait the same way, until a restart.
  private readonly unknownNames = new Map<string, { failures: number; lockedUntil: string | null }>();

  constructor(
    db: BetterSqlite3.Database,
    private readonly now: () => number,
  ) {
    this.store = new AccountStore(db);
  }

  private iso(): string {
    return new Date(this.now()).toISOString();
  }

  needsSetup(): boolean {
    return this.store.count() === 0;
  }

  async setupFirstAdmin(input: { username: string; fullName: string; password: string }): Promise<UserAccount> {
    if (!this.needsSetup()) throw new AppError('CONFLICT', m.setupDone);
    const hash = await hashPassword(input.password);
    const id = this.store.insertFirstAdmin({ username: input.username, fullName: input.fullName, hash, now: this.iso() });
    if (id === 0) throw new AppError('CONFLICT', m.setupDone);
    return toAccount(this.store.byId(id)!);
  }

  list(): UserAccount[] {
    return this.store.list().map(toAccount);
  }

  get(id: number): AccountRow {
    const row = this.store.byId(id);
    if (!row) throw new AppError('NOT_FOUND', fill(m.userNotFound, { id }));
    return row;
  }

  async create(input: { username: string; fullName: string; role: Role; password: string }): Promise<UserAccount> {
    if (this.store.byUsername(input.username)) {
      throw new AppError('DUPLICATE', fill(m.duplicateUsername, { username: input.username }), { username: fill(m.duplicateUsername, { username: input.username }) });
    }
    const hash = await hashPassword(input.password);
    return toAccount(this.store.byId(this.store.insert({ ...input, hash, now: this.iso() }))!);
  }

  async update(id: number, changes: { fullName?: string; role?: Role; active?: boolean; password?: string }): Promise<UserAccount> {
    const row = this.get(id);
    const losesAdmin = row.role === 'admin' && row.active === 1 && ((changes.role && changes.role !== 'admin') || changes.active === false);
    if (losesAdmin && this.store.activeAdmins() <= 1) throw new AppError('CONFLICT', m.lastAdmin);
    const hash = changes.password === undefined ? undefined : await hashPassword(changes.password);
    this.store.update(id, { fullName: changes.fullName, role: changes.role, active: changes.active, hash }, this.iso());
    // A reset password also lifts the wait, or the new password could not be used at once.
    if (hash) this.store.clearFailures(id);
    return toAccount(this.get(id));
  }

  /**
   * The account behind a name and password, or a refusal: a wrong name and a wrong password read
   * the same; from the third wrong password in a row the name waits, longer each time.
   */
  async check(username: string, password: string): Promise<AccountRow> {
    const row = this.store.byUsername(username);
    if (!row) return this.refuseUnknown(username, password);
    const wait = secondsLeft(row.locked_until, this.now());
    if (wait > 0) throw tooMany(wait);
    if (!(await verifyPassword(password, row.password_hash))) {
      let seconds = 0;
      this.store.recordFailure(row.id, (failures) => {
        seconds = waitAfter(failures);
        return seconds > 0 ? new Date(this.now() + seconds * 1000).toISOString() : null;
      });
      throw seconds > 0 ? tooMany(seconds) : new AppError('UNAUTHENTICATED', m.wrongCredentials, { password: m.wrongCredentials });
    }
    if (row.active !== 1) throw new AppError('UNAUTHENTICATED', m.inactive);
    this.store.recordSuccess(row.id, this.iso());
    return row;
  }

  private async refuseUnknown(username: string, password: string): Promise<never> {
    const key = username.toLowerCase();
    const entry = this.unknownNames.get(key) ?? { failures: 0, lockedUntil: null };
    const wait = secondsLeft(entry.lockedUntil, this.now());
    if (wait > 0) throw tooMany(wait);
    await verifyPassword(password, await dummyHash());
    entry.failures += 1;
    const seconds = waitAfter(entry.failures);
    entry.lockedUntil = seconds > 0 ? new Date(this.now() + seconds * 1000).toISOString() : null;
    if (this.unknownNames.size > 1000) this.unknownNames.clear();
    this.unknownNames.set(key, entry);
    throw seconds > 0 ? tooMany(seconds) : new AppError('UNAUTHENTICATED', m.wrongCredentials, { password: m.wrongCredentials });
  }

  /** A signed-in user's own password, checked like a sign-in (wrong tries count). */
  async changeOwn(userId: number, oldPassword: string, newPassword: string): Promise<void> {
    const row = this.get(userId);
    try {
      await this.check(row.username, oldPassword);
    } catch (err) {
      if (err instanceof AppError && err.code === 'UNAUTHENTICATED') throw new AppError('VALIDATION', m.wrongPassword, { oldPassword: m.wrongPassword });
      throw err;
    }
    this.store.update(userId, { hash: await hashPassword(newPassword) }, this.iso());
  }
}
