import fs from 'node:fs';
import path from 'node:path';
import { fill, messages } from '../../../../shared/i18n';
import { fsError } from '../../errors';
import { ConnectionError } from './connectionErrors';
import { CONNECTION_FILE, SQLITE_CONNECTION, StoredConnection } from './connectionSettings';

const e = messages.connection.errors;
const p = messages.connection.fileProblems;

/** koneksi.json in the data folder (paths.ts userDataDir), beside the default database file. */
export const connectionFilePath = (dir: string): string => path.join(dir, CONNECTION_FILE);

function damaged(file: string, detail: string): ConnectionError {
  return new ConnectionError('settingsFile', fill(e.settingsFile, { file, detail }));
}

/** Why the parsed JSON is not a connection setting, in the clerk's words. */
function problemOf(raw: unknown): string {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return p.notJson;
  const engine = (raw as { engine?: unknown }).engine;
  if (engine !== 'sqlite' && engine !== 'postgres') return fill(p.unknownEngine, { engine: String(engine ?? '') });
  const parsed = StoredConnection.safeParse(raw);
  const field = parsed.success ? '' : String(parsed.error.issues[0]?.path[0] ?? '');
  return fill(p.badField, { field });
}

/**
 * The connection the app is to open: SQLite when there is no file. A file that cannot be read or
 * is not a setting this release knows throws a ConnectionError (DB_CONNECTION, reason settingsFile)
 * naming the file: the app must not silently open another database instead, where a clerk would
 * type into a different registry without knowing.
 */
export function readConnection(dir: string): StoredConnection {
  const file = connectionFilePath(dir);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return SQLITE_CONNECTION;
    throw new ConnectionError('settingsFile', fill(e.settingsFileUnreadable, { file, detail: (err as Error).message }));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw damaged(file, p.notJson);
  }
  const parsed = StoredConnection.safeParse(raw);
  if (!parsed.success) throw damaged(file, problemOf(raw));
  return parsed.data;
}

/**
 * Writes the settings whole or not at all: a sibling `.part` file (owner-only), flushed, renamed
 * over koneksi.json. A full disk or a folder without access throws fsError's AppError and leaves
 * the old file as it was.
 */
export function writeConnection(dir: string, settings: StoredConnection): void {
  const file = connectionFilePath(dir);
  const part = `${file}.part`;
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.rmSync(part, { force: true });
    const fd = fs.openSync(part, 'wx', 0o600);
    try {
      fs.writeFileSync(fd, `${JSON.stringify(StoredConnection.parse(settings), null, 2)}\n`);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(part, file);
  } catch (err) {
    fs.rmSync(part, { force: true });
    throw fsError(err, file);
  }
}
