// One clerk's PC, as a child process of a concurrency test (tests/integration/postgres/
// concurrency.test.ts): it opens the registry as the app does (`--pg URL`: the office's
// PostgreSQL database, or `--db FILE`: a SQLite file), with its own Core, signs in a clerk
// (`--user NAME`, an admin session), and runs the calls the test sends, one JSON line each on
// stdin, answering each with one JSON line on stdout. A line is the signal: the test writes the
// same call to two clerks at once, so both start within a millisecond of each other.
//
// In:  {"id": 1, "channel": "umkm:create", "payload": {...}}   a call, through dispatch
//      {"id": 2, "file": "/path/data.xlsx"}                       a file handed over (answers its fileId)
// Out: {"ready": true} once open, then {"id": 1, "result": {ok, value | error}} per line.
import { createInterface } from 'node:readline';
import { Core } from '../../electron/core/core';
import type { Database } from '../../electron/core/db/database';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { openPostgres } from '../../electron/core/db/postgres/openPostgres';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import type { SessionRef } from '../../electron/core/auth/sessions';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const pg = option('pg');
  const file = option('db');
  const username = option('user') ?? 'petugas';
  const db: Database = pg ? await openPostgres({ url: pg, poolSize: 2, applicationName: `concurrent-clerk-${username}` }) : await openDatabase({ file: file! });
  const core = new Core(db, { appVersion: 'test' });
  const session: SessionRef = { key: `clerk-${username}`, via: 'app' };
  core.auth.sessions.bind(session.key, { userId: null, username, role: 'admin', via: 'app' }, { fullName: `Petugas ${username}`, lockable: false });
  const say = (line: unknown) => process.stdout.write(`${JSON.stringify(line)}\n`);
  say({ ready: true });
  const pending: Array<Promise<void>> = [];
  for await (const line of createInterface({ input: process.stdin })) {
    if (!line.trim()) continue;
    const msg = JSON.parse(line) as { id: number; channel?: string; payload?: unknown; file?: string };
    // Each call runs as it comes, as the app's window sends them; the answers name their call.
    pending.push(
      (async () => {
        const result = msg.file !== undefined ? { ok: true, value: core.files.register(msg.file) } : await dispatch(msg.channel, msg.payload, core, session);
        say({ id: msg.id, result });
      })(),
    );
  }
  await Promise.all(pending);
  await core.close();
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
