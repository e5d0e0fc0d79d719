import pg from 'pg';
import type { PostgresSettings } from '../../../../shared/contract';
import { connectionError, connectionFailure } from './connectionErrors';
import { CONNECT_TIMEOUT_MS, toPgOptions } from './connectionSettings';
import { isTooOld, serverVersionText } from './serverVersion';

export interface ServerFacts {
  /** As people write it: "15.18". */
  serverVersion: string;
  serverVersionNum: number;
}

/**
 * Connects to the office's server as the app would, within `timeoutMs` (a server that does not
 * answer by then counts as unreachable), reads its version, checks that pg_trgm (the registry's
 * search) can be installed there, and disconnects. Throws a ConnectionError naming why not.
 */
export async function testConnection(settings: PostgresSettings, password: string, timeoutMs = CONNECT_TIMEOUT_MS): Promise<ServerFacts> {
  const client = new pg.Client({ ...toPgOptions(settings, password, timeoutMs), query_timeout: timeoutMs });
  // A socket error after a failed connect would otherwise be an unhandled 'error' event.
  client.on('error', () => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  // However the driver waits (DNS, TLS, a server that accepts and stays silent), the test ends in time.
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), timeoutMs + 500);
  });
  try {
    return await Promise.race([ask(client, settings), deadline]);
  } catch (err) {
    throw connectionError(err, settings);
  } finally {
    clearTimeout(timer);
    await endQuietly(client);
  }
}

/** Closes the connection; one half-open (a failed TLS start) is left to its socket's own end after 1 s. */
async function endQuietly(client: pg.Client): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([client.end().catch(() => undefined), new Promise<void>((r) => (timer = setTimeout(r, 1000)))]);
  clearTimeout(timer);
}

async function ask(client: pg.Client, settings: PostgresSettings): Promise<ServerFacts> {
  await client.connect();
  const version = await client.query<{ server_version_num: string }>('SHOW server_version_num');
  const num = Number(version.rows[0]?.server_version_num);
  if (isTooOld(num)) throw connectionFailure('tooOld', settings, { version: serverVersionText(num) });
  const trgm = await client.query(`SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'`);
  if (trgm.rowCount === 0) throw connectionFailure('noTrigram', settings);
  return { serverVersion: serverVersionText(num), serverVersionNum: num };
}
