import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contract, type AppErrorData, type Channel, type Result } from '../../shared/contract';
import { Core } from '../core/core';
import { openDatabase } from '../core/db/openDatabase';
import { openPostgres } from '../core/db/postgres/openPostgres';
import { AppError, asBusyWhenLocked, busyError, fsError, isBusy } from '../core/errors';
import { copyAtomically } from '../core/files/copyAtomically';
import { dispatch } from '../core/dispatch/dispatch';
import { CLI_READER_CALLER, OFFLINE_ADMIN_CALLER } from '../core/auth/caller';
import type { SessionRef } from '../core/auth/sessions';
import { isWriting } from '../../shared/domain/permissions';
import { fill, messages } from '../../shared/i18n';
import { defaultDatabaseFile } from '../core/paths';
import { APP_VERSION } from '../core/version';
import { CLI_OPTIONS, COMMANDS, USAGE, type CommandSpec } from './commands';
import { EXIT, UsageError, type CliIo } from './io';

const t = messages.cli.main;

function findCommand(positionals: string[]): { spec: CommandSpec; rest: string[] } | null {
  for (const spec of COMMANDS) {
    const words = spec.name.split(' ');
    if (words.every((w, i) => positionals[i] === w)) return { spec, rest: positionals.slice(words.length) };
  }
  return null;
}

/** Moves an exported file to --out through a sibling .part file, so a failed copy leaves nothing. */
function writeOut(core: Core, value: unknown, out: string): Result<null> {
  const fileId = (value as { file?: { fileId?: string } }).file?.fileId ?? '';
  const target = path.resolve(out);
  try {
    copyAtomically(core.files.get(fileId).path, target);
    (value as { file: { path?: string } }).file.path = target;
    return { ok: true, value: null };
  } catch (err) {
    return { ok: false, error: (err instanceof AppError ? err : fsError(err, target)).toData() };
  }
}

function printError(io: CliIo, json: boolean, error: AppErrorData): void {
  if (json) {
    io.stdout(`${JSON.stringify({ ok: false, error }, null, 2)}\n`);
    return;
  }
  io.stderr(`${fill(t.refused, { message: error.message })}\n`);
  for (const [field, msg] of Object.entries(error.fields ?? {})) io.stderr(`  - ${field}: ${msg}\n`);
}

/** Runs one command: arguments are checked before the database is touched. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: CLI_OPTIONS });
  } catch (err) {
    io.stderr(`${(err as Error).message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const { positionals, values } = parsed;
  if (values.help || positionals.length === 0) {
    (values.help ? io.stdout : io.stderr)(USAGE);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  const found = findCommand(positionals);
  if (!found) {
    io.stderr(`${fill(t.unknownCommand, { words: positionals.join(' ') })}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const json = values.json === true;
  if (found.rest.length > (found.spec.positionals ?? 0)) {
    io.stderr(`${fill(t.unknownArgument, { words: found.rest.join(' ') })}\n\n${USAGE}`);
    return EXIT.usage;
  }
  let request;
  try {
    request = await found.spec.request(found.rest, values, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`${err.message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    throw err;
  }
  const dbFile = typeof values.db === 'string' ? values.db : defaultDatabaseFile(io.env);
  // The office's shared registry: --pg, or KEMITRAAN_PG_URL when --db names no file.
  // (move-to-postgres opens --db and writes to --pg: its --pg is its request's.)
  const pgUrl = found.spec.pgIsTarget ? undefined : typeof values.pg === 'string' ? values.pg : typeof values.db === 'string' ? undefined : io.env.KEMITRAAN_PG_URL || undefined;
  if (typeof values.pg === 'string' && typeof values.db === 'string' && !found.spec.pgIsTarget) {
    io.stderr(`${t.bothDatabases}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (pgUrl !== undefined && !/^postgres(ql)?:\/\//.test(pgUrl)) {
    io.stderr(`${t.badPgUrl}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (found.spec.offline && pgUrl !== undefined && !found.spec.offlinePg) {
    printError(io, json, new AppError('UNAVAILABLE', fill(messages.errors.sqliteOnly, { what: found.spec.name })).toData());
    return EXIT.refused;
  }
  if (found.spec.offline) {
    const result = await found.spec.offline(request, dbFile, values, pgUrl);
    if (!result.ok) {
      printError(io, json, result.error);
      return EXIT.refused;
    }
    io.stdout(json ? `${JSON.stringify(result.value, null, 2)}\n` : found.spec.text(result.value));
    return result.exit ?? EXIT.ok;
  }
  // Who runs it, settled before the database is opened: writing needs an account or the flag.
  const offline = values['as-admin-offline'] === true;
  const user = typeof values.user === 'string' ? values.user : undefined;
  if (offline && user) {
    io.stderr(`${messages.auth.cli.bothModes}\n`);
    return EXIT.usage;
  }
  const needsAccount = isWriting(request.channel) && !offline && !user;
  if (needsAccount && !found.spec.firstSetup) {
    io.stderr(`${fill(messages.auth.cli.needAccount, { command: found.spec.name })}\n`);
    return EXIT.usage;
  }
  let password: string | undefined;
  if (user) {
    password = io.env.KEMITRAAN_PASSWORD || undefined;
    if (!password && io.stdinIsTty && io.promptSecret) password = await io.promptSecret(fill(messages.auth.cli.passwordPrompt, { username: user }));
    if (!password) {
      io.stderr(`${messages.auth.cli.needPassword}\n`);
      return EXIT.usage;
    }
  }
  let db;
  try {
    // quick_check before anything writes: a damaged file is refused (DB_DAMAGED, naming the latest
    // good backup), never written or migrated. A reading command skips it (1.3 s at 200,000 UMKM):
    // SQLite reports a damaged page it reads on its own.
    // An export writes too: its line in the audit trail.
    const writes = isWriting(request.channel) || contract[request.channel].audit !== undefined || found.spec.run !== undefined;
    db = pgUrl
      ? await openPostgres({ url: pgUrl, poolSize: 2, applicationName: `kemitraan-umkm-cli@${os.hostname()}` })
      : await openDatabase({ file: dbFile, integrity: writes ? 'quick' : undefined, checkBeforeMigrating: true }).catch((err: unknown) =>
          // Unchecked and it would not open: checked now, so a damaged file is named as one, with its backup.
          err instanceof AppError && err.code === 'DB_OPEN' && !writes ? openDatabase({ file: dbFile, integrity: 'quick' }) : Promise.reject(err),
        );
  } catch (opening) {
    const err = asBusyWhenLocked(opening);
    if (err instanceof AppError) {
      printError(io, json, err.toData());
      return EXIT.refused;
    }
    throw err;
  }
  const core = new Core(db, { appVersion: APP_VERSION });
  try {
    const session: SessionRef = { key: 'cli', via: 'cli' };
    const call = (channel: Channel, payload: unknown) => dispatch(channel, payload, core, session);
    await core.write((s) => s.auth.bindFixed(s.tx.em, session.key, offline ? OFFLINE_ADMIN_CALLER : CLI_READER_CALLER));
    // Only the first account may be made without one: once any exists, the flag or --user is needed.
    if (needsAccount && !(await core.read((s) => s.auth.accounts(s.tx.em).needsSetup()))) {
      io.stderr(`${fill(messages.auth.cli.needAccount, { command: found.spec.name })}\n`);
      return EXIT.usage;
    }
    if (user) {
      const login = await call('auth:login', { username: user, password });
      if (!login.ok) {
        printError(io, json, login.error);
        return EXIT.refused;
      }
    }
    const result = found.spec.run ? await found.spec.run(request, { call, core, session }, values) : await call(request.channel, request.payload);
    if (!result.ok) {
      printError(io, json, result.error);
      return EXIT.refused;
    }
    if (found.spec.writesOut) {
      const written = writeOut(core, result.value, String(values.out));
      if (!written.ok) {
        printError(io, json, written.error);
        return EXIT.refused;
      }
    }
    io.stdout(json ? `${JSON.stringify(result.value, null, 2)}\n` : found.spec.text(result.value));
    return 'exit' in result && typeof result.exit === 'number' ? result.exit : EXIT.ok;
  } catch (err) {
    // The app (or another run) holds the write lock past busy_timeout, outside any channel (the
    // session's own line): said as such, like the channels say it.
    if (!isBusy(err)) throw err;
    printError(io, json, busyError().toData());
    return EXIT.refused;
  } finally {
    await core.close();
  }
}
