// The desktop shell's part of the database connection (issue 14), with the core in its worker
// thread as the app runs it: the password is sealed and opened by the shell's sealer (Electron's
// safeStorage there; a stand-in here that is not the clear text), a shell that cannot seal safely
// refuses the save and nothing is written, and "Buka ulang sekarang" reaches the shell's restart.
// The sealing cases need the real server (env KEMITRAAN_TEST_PG); the rest run without it.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectionTestResult, ConnectionView } from '../../shared/contract';
import { fill, messages } from '../../shared/i18n';
import { writeConnection } from '../../electron/core/db/connection/connectionFile';
import type { SecretSealer } from '../../electron/core/db/connection/secretSealer';
import { startCoreWorker, type CoreWorkerGateway } from '../../electron/core/workers/coreClient';
import { PG_SKIP_REASON, pgUrl } from '../support/pgTest';

const url = pgUrl();
if (!url) console.warn(PG_SKIP_REASON);
const server = url ? new URL(url) : null;
const c = messages.connection;
const session = { key: 'test:shell', via: 'app' as const };

/** Stands in for safeStorage: reversible, never the clear text, and counts its uses. */
function standInSealer(): SecretSealer & { seals: number; opens: number } {
  const flip = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a));
  const s = {
    kind: 'safeStorage' as const,
    seals: 0,
    opens: 0,
    seal: async (text: string) => {
      s.seals++;
      return flip(Buffer.from(text, 'utf8')).toString('base64');
    },
    open: async (sealed: string) => {
      s.opens++;
      return flip(Buffer.from(sealed, 'base64')).toString('utf8');
    },
  };
  return s;
}

/** A shell whose safeStorage has no keyring behind it. */
const refusingSealer: SecretSealer = {
  kind: 'safeStorage',
  seal: async () => {
    throw new Error(c.errors.sealUnavailable);
  },
  open: async () => {
    throw new Error(c.errors.sealBroken);
  },
};

interface Shell {
  dir: string;
  core: CoreWorkerGateway;
  relaunched: number;
  ask<T>(channel: string, payload: unknown): Promise<T>;
  call(channel: string, payload: unknown): ReturnType<CoreWorkerGateway['call']>;
}

/** A core worker whose data folder is its own, with the shell's sealer and restart. */
async function startShell(sealer: SecretSealer): Promise<Shell> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-shell-'));
  const before = process.env.KEMITRAAN_DATA_DIR;
  // The worker takes a copy of the environment as it starts.
  process.env.KEMITRAAN_DATA_DIR = dir;
  const shell = { dir, relaunched: 0 } as Shell;
  try {
    shell.core = startCoreWorker({ file: path.join(dir, 'app.sqlite'), appVersion: 'test', startup: 'plain' }, { sealer, relaunch: async () => void shell.relaunched++ });
  } finally {
    if (before === undefined) delete process.env.KEMITRAAN_DATA_DIR;
    else process.env.KEMITRAAN_DATA_DIR = before;
  }
  expect(await shell.core.started).toEqual({ state: 'ready', notice: null });
  shell.call = (channel, payload) => shell.core.call(channel, payload, session);
  shell.ask = async <T,>(channel: string, payload: unknown) => {
    const r = await shell.call(channel, payload);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
    return r.value as T;
  };
  await shell.ask('auth:setup', { username: 'admin', fullName: 'Admin Dinas', password: 'sandi-admin-1' });
  return shell;
}

async function stop(shell: Shell | undefined): Promise<void> {
  if (!shell) return;
  await shell.core.close();
  fs.rmSync(shell.dir, { recursive: true, force: true });
}

async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

const pgInput = (overrides: Record<string, unknown> = {}) => ({
  engine: 'postgres',
  host: server!.hostname,
  port: Number(server!.port || 5432),
  database: 'postgres',
  user: decodeURIComponent(server!.username),
  password: decodeURIComponent(server!.password),
  tls: false,
  ...overrides,
});

describe('the desktop shell behind the connection page', () => {
  let shell: Shell;
  let refusing: Shell;
  beforeAll(async () => {
    shell = await startShell(standInSealer());
    refusing = await startShell(refusingSealer);
  }, 60_000);
  afterAll(async () => {
    await stop(shell);
    await stop(refusing);
  });

  it('offers the restart, and "Buka ulang sekarang" reaches the shell', async () => {
    expect(await shell.ask<ConnectionView>('connection:get', {})).toMatchObject({ canRelaunch: true, running: 'sqlite', file: path.join(shell.dir, 'koneksi.json') });
    expect(await shell.ask('app:relaunch', {})).toEqual({ relaunching: true });
    expect(shell.relaunched).toBe(1);
  });

  it('opens a password the shell sealed, through the shell, to test with it', async () => {
    const port = await closedPort();
    writeConnection(shell.dir, { engine: 'postgres', host: '127.0.0.1', port, database: 'umkm', user: 'petugas', tls: false, password: Buffer.from('x').toString('base64'), sealedBy: 'safeStorage' });
    const r = await shell.ask<ConnectionTestResult>('connection:test', { engine: 'postgres', host: '127.0.0.1', port, database: 'umkm', user: 'petugas', keepPassword: true });
    expect(r).toEqual({ connected: false, reason: 'unreachable', message: fill(c.errors.unreachable, { host: '127.0.0.1', port }) });
    // A shell that cannot open it says so at the password field.
    writeConnection(refusing.dir, { engine: 'postgres', host: '127.0.0.1', port, database: 'umkm', user: 'petugas', tls: false, password: 'AAAA', sealedBy: 'safeStorage' });
    const refused = await refusing.call('connection:test', { engine: 'postgres', host: '127.0.0.1', port, database: 'umkm', user: 'petugas', keepPassword: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { password: c.errors.sealBroken } } });
    fs.rmSync(path.join(shell.dir, 'koneksi.json'));
    fs.rmSync(path.join(refusing.dir, 'koneksi.json'));
  });

  it.skipIf(!url)('saves the password sealed by the shell, never in clear', async () => {
    const password = decodeURIComponent(server!.password);
    expect(await shell.ask('connection:save', pgInput())).toMatchObject({ engine: 'postgres', restartNeeded: true });
    const text = fs.readFileSync(path.join(shell.dir, 'koneksi.json'), 'utf8');
    expect(text).not.toContain(password);
    expect(JSON.parse(text)).toMatchObject({ engine: 'postgres', sealedBy: 'safeStorage' });
    // No key file: the shell sealed it, not the core.
    expect(fs.existsSync(path.join(shell.dir, 'kunci-koneksi.key'))).toBe(false);
    const kept = await shell.ask<ConnectionTestResult>('connection:test', pgInput({ password: undefined, keepPassword: true }));
    expect(kept.connected).toBe(true);
  });

  it.skipIf(!url)('a shell that cannot seal safely refuses the save: nothing written, never in clear', async () => {
    const r = await refusing.call('connection:save', pgInput());
    expect(r).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', message: c.errors.sealUnavailable } });
    expect(fs.existsSync(path.join(refusing.dir, 'koneksi.json'))).toBe(false);
    expect(fs.existsSync(path.join(refusing.dir, 'kunci-koneksi.key'))).toBe(false);
  });
});
