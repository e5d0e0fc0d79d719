import { followAuthEvents } from './audit/authTrail';
import { AuthService } from './auth/authService';
import { recheckSessions, recheckSessionsNow } from './auth/sessionRecheck';
import { DatabaseClosedError, type Database, type SqliteDb, type Tx } from './db/database';
import { ImportSessions } from './excel/import/sessions';
import type { Dialogs } from './files/dialogs';
import { FileStore } from './files/fileStore';
import type { PagePrinter } from './print/printReport';
import { CoreEvents } from './events';
import { Scope } from './scope';
import { tuneHeap } from './heapTuning';
import type { SecretSealer } from './db/connection/secretSealer';

// How often idle sessions are looked at, so a window locks on time without asking.
const LOCK_CHECK_MS = 10_000;

export type Logger = (message: string, err: unknown) => void;
const consoleLogger: Logger = (message, err) => console.error(message, err);

export interface CoreConfig {
  appVersion: string;
  /** The driver build the database was opened with (Electron's own); a restore reopens with it. */
  nativeBinding?: string;
  /** The clock sessions, lock times and sign-in waits are measured by. */
  now?: () => number;
  /** How often idle sessions are looked at (tests shorten it). */
  lockCheckMs?: number;
  /** Whether a database this core opens again (a restore) has its upkeep thread (openSqlite.ts). */
  upkeep?: 'thread';
  /** Seals the PostgreSQL password (the desktop app: Electron's safeStorage); without it, the key file (db/connection/fileSealer.ts). */
  sealer?: SecretSealer;
  /** Starts the app again (the desktop shell only): a saved connection takes effect at the next start. */
  relaunch?: () => Promise<void>;
  /** The computer every audit line names (audit_log.workstation); this one's host name when not given. */
  workstation?: string;
}

/**
 * The application without its windows: configuration, the open database and the services over
 * it, the signed-in sessions, the files the renderer names by id, the shell's dialogs and the log.
 * Every adapter (IPC, command line, loopback HTTP) holds one Core; a restore swaps the database in
 * it, and the next call's services are made over the new one.
 */
export class Core {
  private current: Database;
  private authService: AuthService;
  readonly files = new FileStore();
  /** News for the windows: an import's progress, a session locked for being idle. */
  readonly events = new CoreEvents();
  readonly imports = new ImportSessions((sessionId, progress) => this.events.emit('import:progress', { sessionId, progress }));
  private readonly lockWatch: ReturnType<typeof setInterval>;
  dialogs?: Dialogs;
  /** Prints a page of the app to PDF (the printed report); only the Electron shell provides it. */
  printer?: PagePrinter;

  constructor(
    db: Database,
    readonly config: CoreConfig,
    readonly log: Logger = consoleLogger,
  ) {
    // The core's process holds a whole workbook while an import runs (heapTuning.ts).
    tuneHeap();
    this.current = db;
    this.authService = authOver(db, config.now, config.workstation);
    this.lockWatch = setInterval(() => {
      for (const key of this.authService.sessions.lockIdle()) this.events.emit('auth:changed', { locked: true }, key);
      this.recheckAccounts();
    }, config.lockCheckMs ?? LOCK_CHECK_MS);
    this.lockWatch.unref();
  }

  get db(): Database {
    return this.current;
  }

  /**
   * Sessions follow their accounts as the database holds them now: a password reset or an account
   * deactivated by another process (the command-line tool) ends them within one lock check. The
   * read is one small synchronous query; a database being swapped (closed) is skipped.
   */
  private recheckAccounts(): void {
    if (this.current.closed) return;
    const db = this.current;
    recheckSessionsNow(this.authService.sessions, db).then(
      (ended) => {
        for (const key of ended) this.events.emit('auth:changed', { locked: false }, key);
      },
      (err: unknown) => {
        if (!db.closed) this.log('[auth] sessions could not be checked against their accounts', err);
      },
    );
  }

  /** Accounts and the adapters' sessions (sessions outlive a restore; accounts are the database's). */
  get auth(): AuthService {
    return this.authService;
  }

  get appVersion(): string {
    return this.config.appVersion;
  }

  /** The services of a unit of work, with the Core's own parts beside them. */
  scope(tx: Tx): Scope {
    return new Scope(this, tx);
  }

  read<T>(work: (s: Scope) => Promise<T> | T): Promise<T> {
    return this.onCurrent((db) => db.read((tx) => work(this.scope(tx))));
  }

  snapshot<T>(work: (s: Scope) => Promise<T> | T): Promise<T> {
    return this.onCurrent((db) => db.snapshot((tx) => work(this.scope(tx))));
  }

  write<T>(work: (s: Scope) => Promise<T> | T): Promise<T> {
    return this.onCurrent((db) => db.write((tx) => work(this.scope(tx))));
  }

  exclusive<T>(work: (s: Scope) => Promise<T> | T): Promise<T> {
    return this.onCurrent((db) => db.exclusive((tx) => work(this.scope(tx))));
  }

  /**
   * Points the Core at a newly opened database (a restore). The signed-in sessions stay while the
   * restored file still has their account as it was (the admin who restored stays signed in;
   * sessionRecheck.ts), and so do the held files and the dialogs.
   */
  replaceDatabase(db: SqliteDb): void {
    const sessions = this.authService.sessions;
    // Before any call reaches the restored file: a session whose account it lacks (or has inactive,
    // or with another password) ends.
    recheckSessions(sessions, db);
    const fresh = authOver(db, this.config.now, this.config.workstation);
    sessions.lockAfterMs = fresh.sessions.lockAfterMs;
    Object.defineProperty(fresh, 'sessions', { value: sessions });
    // So do the waits wrong passwords brought (a restore is no way around them).
    Object.defineProperty(fresh, 'throttle', { value: this.authService.throttle });
    this.current = db;
    this.authService = fresh;
  }

  async close(): Promise<void> {
    clearInterval(this.lockWatch);
    this.files.close();
    await this.current.close();
  }

  // A call that waited for the lock of a database a restore has closed runs on the restored one.
  private async onCurrent<T>(run: (db: Database) => Promise<T>): Promise<T> {
    for (;;) {
      const db = this.current;
      try {
        return await run(db);
      } catch (err) {
        if (err instanceof DatabaseClosedError && this.current !== db) continue;
        throw err;
      }
    }
  }
}

function authOver(db: Database, now?: () => number, workstation?: string): AuthService {
  const auth = new AuthService(now);
  // Sign-ins, failed ones included, reach the audit trail through the accounts' event hook, in the
  // unit of work of the call they happened in.
  followAuthEvents(auth, workstation);
  // The lock time is this database's setting (read again on every status; unreadable: the default).
  void db.read((tx) => auth.readLockTime(tx.em)).catch(() => undefined);
  return auth;
}
