import type { EntityManager } from 'typeorm';
import type { UserAccount } from '../../../shared/contract/auth';
import type { Role } from '../../../shared/domain/roles';
import { fill, messages } from '../../../shared/i18n';
import { AppError } from '../errors';
import { AccountStore, toAccount, type AccountRow } from './accountStore';
import { dummyHash, hashPassword, verifyPassword } from './password';
import { secondsLeft, waitAfter, type UnknownNames } from './throttle';

const m = messages.auth.errors;

function tooMany(seconds: number): AppError {
  return new AppError('TOO_MANY_ATTEMPTS', fill(m.tooManyAttempts, { seconds }), { retryAfterSeconds: String(seconds) });
}

const wrongCredentials = () => new AppError('UNAUTHENTICATED', m.wrongCredentials, { password: m.wrongCredentials });

/**
 * Local accounts over one unit of work: the first administrator, accounts an admin manages, and
 * the password check with its growing wait after wrong tries. Nothing here ever returns or logs a
 * hash or a password. Made per call by the AuthService, which keeps what outlives a call (the
 * clock, the count for names without an account).
 */
export class AccountsService {
  private readonly store: AccountStore;

  constructor(
    em: EntityManager,
    private readonly now: () => number,
    private readonly unknownNames: UnknownNames,
  ) {
    this.store = new AccountStore(em);
  }

  private iso(): string {
    return new Date(this.now()).toISOString();
  }

  async needsSetup(): Promise<boolean> {
    return !(await this.store.any());
  }

  async setupFirstAdmin(input: { username: string; fullName: string; password: string }): Promise<AccountRow> {
    if (!(await this.needsSetup())) throw new AppError('CONFLICT', m.setupDone);
    const hash = await hashPassword(input.password);
    const id = await this.store.insertFirstAdmin({ username: input.username, fullName: input.fullName, hash, now: this.iso() });
    if (id === 0) throw new AppError('CONFLICT', m.setupDone);
    return this.get(id);
  }

  async list(): Promise<UserAccount[]> {
    return (await this.store.list()).map(toAccount);
  }

  async get(id: number): Promise<AccountRow> {
    const row = await this.store.byId(id);
    if (!row) throw new AppError('NOT_FOUND', fill(m.userNotFound, { id }));
    return row;
  }

  /** The account with this name, whatever its case; null when there is none. */
  async find(username: string): Promise<UserAccount | null> {
    const row = await this.store.byUsername(username);
    return row ? toAccount(row) : null;
  }

  async create(input: { username: string; fullName: string; role: Role; password: string }): Promise<UserAccount> {
    if (await this.store.byUsername(input.username)) {
      const message = fill(m.duplicateUsername, { username: input.username });
      throw new AppError('DUPLICATE', message, { username: message });
    }
    const hash = await hashPassword(input.password);
    return toAccount(await this.get(await this.store.insert({ ...input, hash, now: this.iso() })));
  }

  async update(id: number, changes: { fullName?: string; role?: Role; active?: boolean; password?: string }): Promise<UserAccount> {
    const row = await this.get(id);
    const losesAdmin = row.role === 'admin' && row.active && ((changes.role && changes.role !== 'admin') || changes.active === false);
    if (losesAdmin && (await this.store.activeAdmins()) <= 1) throw new AppError('CONFLICT', m.lastAdmin);
    const hash = changes.password === undefined ? undefined : await hashPassword(changes.password);
    await this.store.update(id, { fullName: changes.fullName, role: changes.role, active: changes.active, hash }, this.iso());
    return toAccount(await this.get(id));
  }

  /**
   * The account behind a name and password, or a refusal: a wrong name and a wrong password read
   * the same; from the third wrong password in a row the name waits, longer each time. A refusal
   * is stored before it is thrown, so the caller's unit of work must not roll it back (the
   * sign-in channels run without a transaction).
   */
  async check(username: string, password: string): Promise<AccountRow> {
    const row = await this.store.byUsername(username);
    if (!row) return this.refuseUnknown(username, password);
    const wait = secondsLeft(row.lockedUntil, this.now());
    if (wait > 0) throw tooMany(wait);
    if (!(await verifyPassword(password, row.passwordHash))) {
      const seconds = waitAfter(row.failedCount + 1);
      await this.store.recordFailure(row, seconds > 0 ? new Date(this.now() + seconds * 1000).toISOString() : null);
      throw seconds > 0 ? tooMany(seconds) : wrongCredentials();
    }
    if (!row.active) throw new AppError('UNAUTHENTICATED', m.inactive);
    await this.store.recordSuccess(row.id, this.iso());
    return row;
  }

  private async refuseUnknown(username: string, password: string): Promise<never> {
    const wait = this.unknownNames.wait(username, this.now());
    if (wait > 0) throw tooMany(wait);
    // As slow as a wrong password for a real name.
    await verifyPassword(password, await dummyHash());
    const seconds = this.unknownNames.fail(username, this.now());
    throw seconds > 0 ? tooMany(seconds) : wrongCredentials();
  }

  /** A signed-in user's own password, checked like a sign-in (wrong tries count). */
  async changeOwn(userId: number, oldPassword: string, newPassword: string): Promise<void> {
    const row = await this.get(userId);
    try {
      await this.check(row.username, oldPassword);
    } catch (err) {
      if (err instanceof AppError && err.code === 'UNAUTHENTICATED') throw new AppError('VALIDATION', m.wrongPassword, { oldPassword: m.wrongPassword });
      throw err;
    }
    await this.store.update(userId, { hash: await hashPassword(newPassword) }, this.iso());
  }
}
