import type { ConnectionSaved, ConnectionTestResult, ConnectionView, ParsedConnectionInput, PostgresSettings } from '../../../../shared/contract';
import { DEFAULT_PG_PORT } from '../../../../shared/contract';
import { fill, messages } from '../../../../shared/i18n';
import { diff, type Snapshot } from '../../audit/diff';
import { REDACTED } from '../../audit/redact';
import type { Caller } from '../../auth/caller';
import type { Core } from '../../core';
import { AppError } from '../../errors';
import { defaultDatabaseFile, userDataDir } from '../../paths';
import { fieldsError } from '../../services/queryHelpers';
import { ConnectionError } from './connectionErrors';
import { connectionFilePath, readConnection, writeConnection } from './connectionFile';
import { SQLITE_CONNECTION, settingsOf, type StoredConnection } from './connectionSettings';
import { fileSealer } from './fileSealer';
import { openPassword } from './openPassword';
import type { SecretSealer } from './secretSealer';
import { testConnection } from './testConnection';

const c = messages.connection;

/** Where the settings live (the app's data folder) and what seals their password in this process. */
interface Place {
  dir: string;
  file: string;
  sealer: SecretSealer;
}

function placeOf(core: Core): Place {
  const dir = userDataDir();
  // The desktop app passes Electron's safeStorage (through the shell); the command-line tool and the preview seal with the key file.
  return { dir, file: connectionFilePath(dir), sealer: core.config.sealer ?? fileSealer(dir) };
}

/** The settings file as it is, or why it cannot be read (shown on the page, which can save anew). */
function readOrProblem(dir: string): { stored: StoredConnection; problem: string | null } {
  try {
    return { stored: readConnection(dir), problem: null };
  } catch (err) {
    if (err instanceof AppError) return { stored: SQLITE_CONNECTION, problem: err.message };
    throw err;
  }
}

export function connectionView(core: Core): ConnectionView {
  const place = placeOf(core);
  const { stored, problem } = readOrProblem(place.dir);
  return {
    engine: stored.engine,
    postgres: stored.engine === 'postgres' ? settingsOf(stored) : null,
    hasPassword: stored.engine === 'postgres' && stored.password !== undefined,
    running: core.db.sql.engine,
    problem,
    file: place.file,
    sqliteFile: defaultDatabaseFile(),
    canRelaunch: Boolean(core.config.relaunch),
  };
}

function settingsFrom(input: ParsedConnectionInput): PostgresSettings {
  // The contract's refinement has made host, database and user present for PostgreSQL.
  return { host: input.host!, port: input.port ?? DEFAULT_PG_PORT, database: input.database!, user: input.user!, tls: input.tls };
}

/** The password to try: the one typed, or the saved one opened (refused at the password field when there is none or it will not open). */
async function passwordFor(input: ParsedConnectionInput, place: Place): Promise<{ password: string; typed: boolean; saved: StoredConnection }> {
  const { stored, problem } = readOrProblem(place.dir);
  if (!input.keepPassword) return { password: input.password ?? '', typed: true, saved: stored };
  if (problem !== null || stored.engine !== 'postgres' || stored.password === undefined) throw fieldsError({ password: c.validation.passwordNoneSaved });
  try {
    return { password: (await openPassword(stored, place.sealer, place.file))!, typed: false, saved: stored };
  } catch (err) {
    throw fieldsError({ password: err instanceof AppError ? err.message : c.validation.passwordUnreadable });
  }
}

/** connection:test: a failed connection is an answer with its reason, not an error of the call. */
export async function testSettings(core: Core, input: ParsedConnectionInput): Promise<ConnectionTestResult> {
  if (input.engine === 'sqlite') return { connected: true, serverVersion: '' };
  const { password } = await passwordFor(input, placeOf(core));
  try {
    const facts = await testConnection(settingsFrom(input), password);
    return { connected: true, serverVersion: facts.serverVersion };
  } catch (err) {
    if (err instanceof ConnectionError) return { connected: false, reason: err.reason, message: err.message };
    throw err;
  }
}

/** What the audit trail shows of a setting: never its password, only whether one is saved. */
function snapshotOf(s: StoredConnection | null): Snapshot {
  if (!s) return {};
  if (s.engine === 'sqlite') return { engine: s.engine };
  // The port as written (the trail would show a number as 5.432).
  return { engine: s.engine, host: s.host, port: String(s.port), database: s.database, user: s.user, tls: s.tls };
}

function targetText(s: StoredConnection): string {
  return s.engine === 'sqlite' ? c.engineShort.sqlite : fill(c.audit.postgresTarget, { host: s.host, port: s.port, database: s.database });
}

/**
 * connection:save: a PostgreSQL server is tested first (a failing one is refused with its reason and
 * nothing is written), its password sealed, then koneksi.json is written and the audit line
 * appended in one write: the file is put in place only inside the write, so a line is never
 * without its file nor a file without its line. The running app keeps its database until it starts again.
 */
export async function saveSettings(core: Core, input: ParsedConnectionInput, caller: Caller): Promise<ConnectionSaved> {
  const place = placeOf(core);
  let next: StoredConnection = SQLITE_CONNECTION;
  let serverVersion: string | null = null;
  let passwordChange: [unknown, unknown] | null = null;
  const before = readOrProblem(place.dir);
  if (input.engine === 'postgres') {
    const settings = settingsFrom(input);
    const { password, typed, saved } = await passwordFor(input, place);
    serverVersion = (await testConnection(settings, password)).serverVersion;
    if (typed) {
      next = { engine: 'postgres', ...settings, password: await place.sealer.seal(password), sealedBy: place.sealer.kind };
      const had = before.stored.engine === 'postgres' && before.stored.password !== undefined;
      passwordChange = [had ? REDACTED : null, REDACTED];
    } else {
      // Kept: the same sealed bytes, never opened and sealed again for nothing.
      const kept = saved as Extract<StoredConnection, { engine: 'postgres' }>;
      next = { engine: 'postgres', ...settings, password: kept.password, sealedBy: kept.sealedBy };
    }
  }
  const changes = diff(snapshotOf(before.problem === null ? before.stored : null), snapshotOf(next));
  if (passwordChange) changes.password = passwordChange;
  await core.write(async (s) => {
    await s.audit.record({ caller, action: 'settings_update', entity: 'database', summary: fill(c.audit.summary, { target: targetText(next) }), changes });
    writeConnection(place.dir, next);
  });
  return { engine: next.engine, serverVersion, restartNeeded: true };
}

/** app:relaunch: the desktop app starts again (on the saved connection); the preview cannot. */
export async function relaunch(core: Core): Promise<{ relaunching: true }> {
  if (!core.config.relaunch) throw new AppError('UNAVAILABLE', c.relaunchUnavailable);
  await core.config.relaunch();
  return { relaunching: true };
}
