// The desktop app's start when the admin chose the office's server (koneksi.json): the core opens
// the PostgreSQL registry with the saved password; an unreachable server fails the start with
// DB_CONNECTION (the shell then asks), and "use this PC's registry" points it back at SQLite.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCoreWorker } from '../../../electron/core/workers/coreClient';
import { writeConnection, readConnection } from '../../../electron/core/db/connection/connectionFile';
import { fileSealer } from '../../../electron/core/db/connection/fileSealer';
import { applyConnectionFailureChoice } from '../../../electron/core/db/connection/startupFailure';
import { migratedPgDatabase } from '../../support/pgDatabase';
import { PG_SKIP_REASON, pgUrl } from '../../support/pgTest';

if (!pgUrl()) console.warn(PG_SKIP_REASON);

describe.skipIf(!pgUrl())('start-up on the office server', () => {
  let dir: string;
  let pg: Awaited<ReturnType<typeof migratedPgDatabase>>;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-startpg-'));
    pg = await migratedPgDatabase();
  });
  afterEach(async () => {
    await pg.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function saved(port: number): Promise<void> {
    const u = new URL(pg.url);
    const password = await fileSealer(dir).seal(decodeURIComponent(u.password));
    writeConnection(dir, { engine: 'postgres', host: u.hostname, port, database: pg.name, user: decodeURIComponent(u.username), tls: false, password, sealedBy: 'keyFile' });
  }

  async function start() {
    const core = startCoreWorker({ file: path.join(dir, 'kemitraan-umkm.sqlite'), appVersion: 'test', startup: 'app' }, {});
    return { core, started: await core.started };
  }

  it('opens the shared registry the settings name, with the sealed password, and never the file', async () => {
    await saved(Number(new URL(pg.url).port));
    const { core, started } = await start();
    try {
      expect(started).toEqual({ state: 'ready', notice: null });
      const info = await core.call('app:info', undefined, { key: 'k', via: 'app' });
      expect(info.ok && (info.value as { databaseFile: string }).databaseFile).toBe(`kemitraan@127.0.0.1:${new URL(pg.url).port}/${pg.name}`);
      expect(fs.existsSync(path.join(dir, 'kemitraan-umkm.sqlite'))).toBe(false);
    } finally {
      await core.close();
    }
  });

  it('an unreachable server fails the start with DB_CONNECTION; "use this PC" starts on SQLite next time', async () => {
    await saved(1);
    const first = await start();
    expect(first.started).toMatchObject({ state: 'failed', code: 'DB_CONNECTION' });
    expect((first.started as { message: string }).message).toContain('127.0.0.1:1 tidak dapat dihubungi');
    await first.core.close();
    expect(applyConnectionFailureChoice('useSqlite', path.join(dir, 'kemitraan-umkm.sqlite'))).toBe(true);
    expect(readConnection(dir)).toEqual({ engine: 'sqlite' });
    const second = await start();
    try {
      expect(second.started).toEqual({ state: 'ready', notice: null });
      expect(fs.existsSync(path.join(dir, 'kemitraan-umkm.sqlite'))).toBe(true);
    } finally {
      await second.core.close();
    }
  });
});
