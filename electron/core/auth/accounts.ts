import type { EntityManager } from 'typeorm';
import type { UserAccount } from '../../../shared/contract/auth';
import type { Role } from '../../../shared/domain/roles';
import { fill, messages } from '../../../shared/i18n';
import { AppError } from '../errors';
import { AccountStore, toAccount, type AccountRow } from './accountStore';
import { dummyHash, hashPassword, verifyPassword } from './password';
import { requireStrongPassword } from './passwordPolicy';
import type { Throttle } from './throttle';

const m = messages.auth.errors;

function tooMany(seconds: number): AppError {
  return new AppError('TOO_MANY_ATTEMPTS', fill(m.tooManyAttempts, { seconds }), { retryAfterSeconds: String(seconds) });
}

export const wrongCredentials = () => new AppError('UNAUTHENTICATED', m.wrongCredentials, { password: m.wrongCredentials });

/**
 * What a password check found, before anything is written: the caller writes it (settle) in one
 * transaction with its audit row. `counted`: a wrong password the name's count must take.
 */
export type Attempt =
  | { ok: true; row: AccountRow }
  | { ok: false; error: AppError; row: AccountRow | null; counted: boolean; lockedUntil: string | null; inactive: boolean };

/** Who makes a change: the caller's account (null for the offline admin) and the source it came from. */
export interface Actor {
  userId: number | null;
  username: string;
  via: 'app' | 'cli' | 'offline-admin' | 'system';
  source: string;
}

const liftedAt = (row: AccountRow) => Date.parse(row.updatedAt) || 0;

/**
 * Local accounts over one unit of work: the first administrator, accounts an admin manages, and
 * the password check with its growing wait after wrong tries (throttle.ts). Nothing here ever
 * returns or logs a hash or a password. Made per call by the AuthService, which keeps what
 * outlives a call (the clock, the throttle).
 */
export class AccountsService {
  private readonly store: AccountStore;

  constructor(
    em: EntityManager,
    private readonly now: () => number,
    private readonly throttle: Throttle,
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
    requireStrongPassword(input.password, input.username, 'password');
    const hash = await hashPassword(input.password);
    const id = await this.store.insertFirstAdmin({ username: input.username, fullName: input.fullName, hash, now: this.iso() });
    if (id === 0) throw new AppError('CONFLICT', m.setupDone);
    return this.get(id);
  }

  /** The account as the app shows it, with the latest wait any source sits out for its name. */
  show(row: AccountRow): UserAccount {
    const now = this.now();
    const inMemory = this.throttle.waitingUntil(row.username, now, liftedAt(row));
    const stored = row.lockedUntil ? Date.parse(row.lockedUntil) : 0;
    const latest = Math.max(inMemory ?? 0, stored > now ? stored : 0);
    return toAccount(row, latest > 0 ? latest : null);
  }

  async list(): Promise<UserAccount[]> {
    return (await this.store.list()).map((row) => this.show(row));
  }

  async get(id: number): Promise<AccountRow> {
    const row = await this.store.byId(id);
    if (!row) throw new AppError('NOT_FOUND', fill(m.userNotFound, { id }));
    return row;
  }

  /** The account with this name, whatever its case; null when there is none. */
  async find(username: string): Promise<UserAccount | null> {
    const row = await this.store.byUsername(username);
    return row ? this.show(row) : null;
  }

  async create(input: { username: string; fullName: string; role: Role; password: string }): Promise<UserAccount> {
    if (await this.store.byUsername(input.username)) {
      const message = fill(m.duplicateUsername, { username: input.username });
      throw new AppError('DUPLICATE', message, { username: message });
    }
    requireStrongPassword(input.password, input.username, 'password');
    const hash = await hashPassword(input.password);
    return this.show(await this.get(await this.store.insert({ ...input, hash, now: this.iso() })));
  }

  /**
   * An admin's change to an account. Resetting an admin's password (another's or one's own) takes
   * the acting admin's own password, checked like a sign-in from the actor's source; the offline
   * admin of the command line has none and needs none.
   */
  async update(id: number, changes: { fullName?: string; role?: Role; active?: boolean; password?: string }, actor: Actor, adminPassword?: string): Promise<UserAccount> {
    const row = await this.get(id);
    const losesAdmin = row.role === 'admin' && row.active && ((changes.role && changes.role !== 'admin') || changes.active === false);
    if (losesAdmin && (await this.store.activeAdmins()) <= 1) throw new AppError('CONFLICT', m.lastAdmin);
    if (changes.password !== undefined) {
      requireStrongPassword(changes.password, row.username, 'password');
      if (row.role === 'admin' && actor.userId !== null) await this.confirmActor(actor, adminPassword);
    }
    const hash = changes.password === undefined ? undefined : await hashPassword(changes.password);
    await this.store.update(id, { fullName: changes.fullName, role: changes.role, active: changes.active, hash }, this.iso());
    return this.show(await this.get(id));
  }

  private async confirmActor(actor: Actor, password: string | undefined): Promise<void> {
    if (!password) throw new AppError('VALIDATION', m.adminPasswordNeeded, { adminPassword: m.adminPasswordNeeded });
    const attempt = await this.attempt(actor.username, password, actor.source);
    await this.settle(attempt, { signIn: false });
    if (attempt.ok) return;
    if (attempt.error.code === 'UNAUTHENTICATED') throw new AppError('VALIDATION', m.adminPasswordWrong, { adminPassword: m.adminPasswordWrong });
    throw attempt.error;
  }

  /** An admin lifts the waits on an account's name, here and (through updatedAt) in every other process. */
  async liftWaits(id: number): Promise<UserAccount> {
    const row = await this.get(id);
    await this.store.liftWaits(id, this.iso());
    this.throttle.lift(row.username);
    return this.show(await this.get(id));
  }

  /**
   * Checks a name and password from `source` without writing: a wrong name, a wrong password and
   * an inactive account answer alike; a source that failed the name too often waits (its try is
   * refused unchecked and uncounted); other sources do not. Settle the result to record it.
   */
  async attempt(username: string, password: string, source: string): Promise<Attempt> {
    const now = this.now();
    const row = await this.store.byUsername(username);
    const refused = (error: AppError, counted: boolean, seconds = 0, inactive = false): Attempt => ({
      ok: false,
      error,
      row,
      counted,
      lockedUntil: seconds > 0 ? new Date(now + seconds * 1000).toISOString() : null,
      inactive,
    });
    if (!row) {
      const wait = this.throttle.wait(source, username, now);
      if (wait > 0) return refused(tooMany(wait), false);
      // As slow as a wrong password for a real name.
      await verifyPassword(password, await dummyHash());
      const seconds = this.throttle.failUnknown(source, username, this.now());
      return refused(seconds > 0 ? tooMany(seconds) : wrongCredentials(), false, seconds);
    }
    const wait = this.throttle.wait(source, row.username, now, liftedAt(row));
    if (wait > 0) return refused(tooMany(wait), false);
    const right = await verifyPassword(password, row.passwordHash);
    if (right && row.active) {
      this.throttle.succeed(source, row.username);
      return { ok: true, row };
    }
    // An inactive account's right password is a wrong one: nothing tells a guesser it was right.
    const seconds = this.throttle.fail(source, row.username, this.now(), row.failedCount, liftedAt(row));
    return refused(seconds > 0 ? tooMany(seconds) : wrongCredentials(), true, seconds, right);
  }

  /** Writes what an attempt found: the name's count, or (right password) its reset and, for a sign-in, the time. */
  async settle(attempt: Attempt, opts: { signIn: boolean }): Promise<void> {
    if (attempt.ok) await this.store.recordSuccess(attempt.row.id, opts.signIn ? this.iso() : null);
    else if (attempt.counted && attempt.row) await this.store.recordFailure(attempt.row.id, attempt.lockedUntil);
  }

  /** A new own password: checked for strength against the account's name (the old one is the caller's to check). */
  async setOwnPassword(userId: number, newPassword: string): Promise<AccountRow> {
    const row = await this.get(userId);
    requireStrongPassword(newPassword, row.username, 'newPassword');
    await this.store.update(userId, { hash: await hashPassword(newPassword) }, this.iso());
    return this.get(userId);
  }
}
