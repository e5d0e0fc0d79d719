import { parseArgs } from 'node:util';
import type { AppErrorData } from '../../shared/contract';
import { createContext } from '../core/context';
import { openDatabase } from '../core/db/openDatabase';
import { AppError } from '../core/errors';
import { dispatch } from '../core/handlers/handlerTable';
import { defaultDatabaseFile } from '../core/paths';
import { APP_VERSION } from '../core/version';
import { CLI_OPTIONS, COMMANDS, USAGE, type CommandSpec } from './commands';
import { EXIT, UsageError, type CliIo } from './io';

function findCommand(positionals: string[]): { spec: CommandSpec; rest: string[] } | null {
  for (const spec of COMMANDS) {
    const words = spec.name.split(' ');
    if (words.every((w, i) => positionals[i] === w)) return { spec, rest: positionals.slice(words.length) };
  }
  return null;
}

function printError(io: CliIo, json: boolean, error: AppErrorData): void {
  if (json) {
    io.stdout(`${JSON.stringify({ ok: false, error }, null, 2)}\n`);
    return;
  }
  io.stderr(`Ditolak: ${error.message}\n`);
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
    io.stderr(`Perintah tidak dikenal: ${positionals.join(' ')}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const json = values.json === true;
  if (found.rest.length > (found.spec.positionals ?? 0)) {
    io.stderr(`Argumen tidak dikenal: ${found.rest.join(' ')}\n\n${USAGE}`);
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
  let db;
  try {
    db = await openDatabase({ file: typeof values.db === 'string' ? values.db : defaultDatabaseFile(io.env) });
  } catch (err) {
    if (err instanceof AppError) {
      printError(io, json, err.toData());
      return EXIT.refused;
    }
    throw err;
  }
  try {
    const result = await dispatch(request.channel, request.payload, createContext(db, APP_VERSION));
    if (!result.ok) {
      printError(io, json, result.error);
      return EXIT.refused;
    }
    io.stdout(json ? `${JSON.stringify(result.value, null, 2)}\n` : found.spec.text(result.value as never));
    return EXIT.ok;
  } finally {
    await db.close();
  }
}
