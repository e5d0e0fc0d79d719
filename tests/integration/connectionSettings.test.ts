// The admin's database connection (issue 14) through the handler table, against a real PostgreSQL
// server (env KEMITRAAN_TEST_PG): a good connection, a wrong password, a missing database, a
// closed port, TLS asked of a server without SSL, a certificate this PC does not trust (a TLS
// server of the test's own, with a self-signed certificate), a server that never answers; saving
// seals the password (never in clear in koneksi.json nor in the audit trail) and refuses a failing
// server; a damaged or unknown koneksi.json is a clear error, never SQLite instead.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ConnectionInput, ConnectionSaved, ConnectionTestResult, ConnectionView, Result } from '../../shared/contract';
import { fill, messages } from '../../shared/i18n';
import type { SessionRef } from '../../electron/core/auth/sessions';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { AppError } from '../../electron/core/errors';
import { ConnectionError } from '../../electron/core/db/connection/connectionErrors';
import { connectionFilePath, readConnection, writeConnection } from '../../electron/core/db/connection/connectionFile';
import { fileSealer, keyFilePath } from '../../electron/core/db/connection/fileSealer';
import { openPassword } from '../../electron/core/db/connection/openPassword';
import { testConnection } from '../../electron/core/db/connection/testConnection';
import { toPgOptions, toPgUrl } from '../../electron/core/db/connection/connectionSettings';
import { PG_SKIP_REASON, pgUrl } from '../support/pgTest';
import { sessionAs } from '../support/auth';
import { tempContext } from '../support/tempDb';

const url = pgUrl();
if (!url) console.warn(PG_SKIP_REASON);
const server = url ? new URL(url) : null;
const PASSWORD = server ? decodeURIComponent(server.password) : '';

const c = messages.connection;
let t: Awaited<ReturnType<typeof tempContext>>;
let admin: SessionRef;
let dataDirBefore: string | undefined;

beforeEach(async () => {
  t = await tempContext();
  admin = sessionAs(t.ctx, 'admin');
  // koneksi.json and the key file go to the app's data folder: this test's own.
  dataDirBefore = process.env.KEMITRAAN_DATA_DIR;
  process.env.KEMITRAAN_DATA_DIR = t.dir;
});
afterEach(async () => {
  if (dataDirBefore === undefined) delete process.env.KEMITRAAN_DATA_DIR;
  else process.env.KEMITRAAN_DATA_DIR = dataDirBefore;
  await t.cleanup();
});

type Channel = 'connection:get' | 'connection:test' | 'connection:save' | 'app:relaunch' | 'audit:list';
const ask = async <T>(channel: Channel, payload: unknown, who: SessionRef = admin) => (await dispatch(channel, payload, t.ctx.core, who)) as Result<T>;
const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message} ${JSON.stringify(r.error.fields)}`);
  return r.value;
};

/** The test server's settings, with `overrides`. */
const pgInput = (overrides: Partial<ConnectionInput> = {}): ConnectionInput => ({
  engine: 'postgres',
  host: server!.hostname,
  port: Number(server!.port || 5432),
  database: 'postgres',
  user: decodeURIComponent(server!.username),
  password: PASSWORD,
  tls: false,
  ...overrides,
});

/** Every audit line's stored text, as any SQLite tool reads the file. */
function auditText(): string {
  const raw = new Database(t.file, { readonly: true });
  try {
    return JSON.stringify(raw.prepare('SELECT * FROM audit_log').all());
  } finally {
    raw.close();
  }
}

/** A port nothing listens on: one the OS just gave and took back. */
async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe('koneksi.json without a server', () => {
  it('no file is SQLite; the page says so, with the running engine and no relaunch outside the desktop app', async () => {
    expect(readConnection(t.dir)).toEqual({ engine: 'sqlite' });
    const view = value(await ask<ConnectionView>('connection:get', {}));
    expect(view).toMatchObject({ engine: 'sqlite', postgres: null, hasPassword: false, running: 'sqlite', problem: null, canRelaunch: false });
    expect(view.file).toBe(path.join(t.dir, 'koneksi.json'));
    const relaunch = await ask('app:relaunch', {});
    expect(relaunch).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', message: c.relaunchUnavailable } });
  });

  it('a damaged or unknown file is a clear error naming the file, never SQLite instead', async () => {
    const file = connectionFilePath(t.dir);
    const cases: Array<[string, string]> = [
      ['{"engine": "postgres", "host": "10.0.0.5"', c.fileProblems.notJson],
      ['[1, 2]', c.fileProblems.notJson],
      ['{"engine": "oracle"}', fill(c.fileProblems.unknownEngine, { engine: 'oracle' })],
      ['{"engine": "postgres", "host": "postgres://10.0.0.5", "database": "umkm", "user": "u", "port": 5432, "tls": false}', fill(c.fileProblems.badField, { field: 'host' })],
      ['{"engine": "postgres", "host": "10.0.0.5", "database": "umkm", "user": "u", "port": 99999, "tls": false}', fill(c.fileProblems.badField, { field: 'port' })],
    ];
    for (const [text, detail] of cases) {
      fs.writeFileSync(file, text);
      let thrown: unknown;
      try {
        readConnection(t.dir);
      } catch (err) {
        thrown = err;
      }
      expect(thrown, text).toBeInstanceOf(ConnectionError);
      expect(thrown).toBeInstanceOf(AppError);
      expect((thrown as ConnectionError).code).toBe('DB_CONNECTION');
      expect((thrown as ConnectionError).reason).toBe('settingsFile');
      expect((thrown as Error).message).toBe(fill(c.errors.settingsFile, { file, detail }));
      // The page shows the same message and offers to save anew.
      const view = value(await ask<ConnectionView>('connection:get', {}));
      expect(view.problem).toBe((thrown as Error).message);
    }
    expect((await ask('connection:get', {})).ok).toBe(true);
  });

  it('switching to SQLite writes the file (owner-only) and one audit line; operators and viewers are refused', async () => {
    const saved = value(await ask<ConnectionSaved>('connection:save', { engine: 'sqlite' }));
    expect(saved).toEqual({ engine: 'sqlite', serverVersion: null, restartNeeded: true });
    const file = connectionFilePath(t.dir);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ engine: 'sqlite' });
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.existsSync(`${file}.part`)).toBe(false);
    const lines = value(await ask<{ items: Array<{ action: string; entity: string; summary: string }> }>('audit:list', { action: 'settings_update' }));
    expect(lines.items).toHaveLength(1);
    expect(lines.items[0]).toMatchObject({ entity: 'database', summary: fill(c.audit.summary, { target: c.engineShort.sqlite }) });
    for (const role of ['operator', 'pimpinan'] as const) {
      for (const channel of ['connection:get', 'connection:test', 'connection:save', 'app:relaunch'] as const) {
        expect(await ask(channel, { engine: 'sqlite' }, sessionAs(t.ctx, role)), `${role} ${channel}`).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      }
    }
  });

  it('refuses incomplete PostgreSQL settings at their fields', async () => {
    const r = await ask('connection:test', { engine: 'postgres', host: 'postgres://server', port: 70000, database: '', user: '' });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { host: c.validation.host, port: c.validation.port } } });
    const r2 = await ask('connection:test', { engine: 'postgres', host: '192.168.1.10', database: 'umkm', user: 'petugas' });
    expect(r2).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { password: c.validation.passwordNeeded } } });
    // "Keep the saved one" with nothing saved: said at the password field.
    const r3 = await ask('connection:test', { engine: 'postgres', host: '192.168.1.10', database: 'umkm', user: 'petugas', keepPassword: true });
    expect(r3).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { password: c.validation.passwordNoneSaved } } });
  });

  it('seals with AES-256-GCM under an owner-only key file; another key or altered bytes do not open', async () => {
    const sealer = fileSealer(t.dir);
    const sealed = await sealer.seal('rahasia kantor');
    expect(sealed).not.toContain('rahasia');
    expect(Buffer.from(sealed, 'base64').toString('latin1')).not.toContain('rahasia');
    expect(await sealer.open(sealed)).toBe('rahasia kantor');
    expect(await sealer.seal('rahasia kantor')).not.toBe(sealed);
    if (process.platform !== 'win32') expect(fs.statSync(keyFilePath(t.dir)).mode & 0o777).toBe(0o600);
    const bytes = Buffer.from(sealed, 'base64');
    bytes[bytes.length - 1]! ^= 1;
    await expect(sealer.open(bytes.toString('base64'))).rejects.toMatchObject({ code: 'UNAVAILABLE', message: c.errors.sealBroken });
    const other = fs.mkdtempSync(path.join(t.dir, 'lain-'));
    await expect(fileSealer(other).open(sealed)).rejects.toMatchObject({ message: fill(c.errors.sealKeyMissing, { file: keyFilePath(other) }) });
    await fileSealer(other).seal('x');
    await expect(fileSealer(other).open(sealed)).rejects.toMatchObject({ message: c.errors.sealBroken });
  });

  it('a password sealed by the desktop app is not opened by the key file, and says so', async () => {
    writeConnection(t.dir, { engine: 'postgres', host: '10.0.0.5', port: 5432, database: 'umkm', user: 'u', tls: false, password: 'AAAA', sealedBy: 'safeStorage' });
    const stored = readConnection(t.dir);
    if (stored.engine !== 'postgres') throw new Error('expected postgres');
    await expect(openPassword(stored, fileSealer(t.dir), connectionFilePath(t.dir))).rejects.toMatchObject({
      message: fill(c.errors.sealedElsewhere, { file: connectionFilePath(t.dir), by: c.sealers.safeStorage }),
    });
  });

  it('a server that accepts and never answers is unreachable after the time allowed', async () => {
    const silent = net.createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const port = (silent.address() as net.AddressInfo).port;
    const started = Date.now();
    try {
      await expect(testConnection({ host: '127.0.0.1', port, database: 'd', user: 'u', tls: false }, 'x', 800)).rejects.toMatchObject({
        reason: 'unreachable',
        message: fill(c.errors.unreachable, { host: '127.0.0.1', port }),
      });
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      silent.close();
    }
  });

  it('a TLS server whose certificate this PC does not trust is refused as such', async () => {
    let openssl = true;
    try {
      execFileSync('openssl', ['version'], { stdio: 'ignore' });
    } catch {
      openssl = false;
    }
    if (!openssl) {
      console.warn('openssl not found: the untrusted-certificate case is not exercised');
      return;
    }
    const key = path.join(t.dir, 'key.pem');
    const cert = path.join(t.dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' });
    // PostgreSQL's SSLRequest (8 bytes) answered 'S', then TLS with the self-signed certificate.
    const fake = net.createServer((socket) => {
      socket.once('data', () => {
        socket.write('S');
        const secure = new tls.TLSSocket(socket, { isServer: true, key: fs.readFileSync(key), cert: fs.readFileSync(cert) });
        secure.on('error', () => undefined);
      });
      socket.on('error', () => undefined);
    });
    await new Promise<void>((r) => fake.listen(0, '127.0.0.1', r));
    const port = (fake.address() as net.AddressInfo).port;
    try {
      await expect(testConnection({ host: '127.0.0.1', port, database: 'd', user: 'u', tls: true }, 'x')).rejects.toMatchObject({
        reason: 'tlsCertificate',
        message: fill(c.errors.tlsCertificate, { host: '127.0.0.1', detail: c.certificate.selfSigned }),
      });
    } finally {
      fake.close();
    }
  });

  it('gives the driver its options and a postgres:// address with every part escaped', () => {
    const s = { host: '10.0.0.5', port: 5433, database: 'umkm kota', user: 'petugas@dinas', tls: true };
    expect(toPgOptions(s, 'p@ss:w/rd')).toMatchObject({ host: '10.0.0.5', port: 5433, database: 'umkm kota', user: 'petugas@dinas', password: 'p@ss:w/rd', ssl: { rejectUnauthorized: true }, connectionTimeoutMillis: 5000 });
    const u = new URL(toPgUrl(s, 'p@ss:w/rd'));
    expect([u.hostname, u.port, decodeURIComponent(u.username), decodeURIComponent(u.password), decodeURIComponent(u.pathname.slice(1)), u.searchParams.get('sslmode')]).toEqual([
      '10.0.0.5',
      '5433',
      'petugas@dinas',
      'p@ss:w/rd',
      'umkm kota',
      'verify-full',
    ]);
    expect(new URL(toPgUrl({ ...s, host: '::1', tls: false }, 'x')).searchParams.get('sslmode')).toBe('disable');
    expect(new URL(toPgUrl({ ...s, host: '::1', tls: false }, 'x')).hostname).toBe('[::1]');
  });
});

describe.skipIf(!url)('against the real PostgreSQL server', () => {
  let closed: number;
  beforeAll(async () => {
    closed = await closedPort();
  });
  afterAll(() => undefined);

  it('connects with the right settings: the server version, pg_trgm available', async () => {
    const r = value(await ask<ConnectionTestResult>('connection:test', pgInput()));
    expect(r.connected).toBe(true);
    if (r.connected) expect(r.serverVersion).toMatch(/^1[3-9]\.\d+$/);
  });

  it('names each failure: a wrong password, a missing database, a closed port, TLS refused', async () => {
    const { hostname: host } = server!;
    const port = Number(server!.port || 5432);
    const user = decodeURIComponent(server!.username);
    const cases: Array<[Partial<ConnectionInput>, string, string]> = [
      [{ password: 'salah-sandi' }, 'wrongPassword', fill(c.errors.wrongPassword, { user })],
      [{ user: 'tidak_ada_pengguna' }, 'wrongPassword', fill(c.errors.wrongPassword, { user: 'tidak_ada_pengguna' })],
      [{ database: 'tidak_ada_basis' }, 'databaseMissing', fill(c.errors.databaseMissing, { database: 'tidak_ada_basis', host })],
      [{ port: closed }, 'unreachable', `Server basis data di ${host}:${closed} tidak dapat dihubungi. Periksa alamat server, kabel/Wi-Fi kantor, dan apakah layanan PostgreSQL berjalan.`],
      [{ tls: true }, 'tlsUnsupported', fill(c.errors.tlsUnsupported, { host, port })],
    ];
    for (const [overrides, reason, message] of cases) {
      const r = value(await ask<ConnectionTestResult>('connection:test', pgInput(overrides)));
      expect(r, JSON.stringify(overrides)).toEqual({ connected: false, reason, message });
    }
  });

  it('saves the settings with the password sealed: never in clear in the file nor in the audit trail', async () => {
    const saved = value(await ask<ConnectionSaved>('connection:save', pgInput()));
    expect(saved).toMatchObject({ engine: 'postgres', restartNeeded: true });
    expect(saved.serverVersion).toMatch(/^1[3-9]\./);
    const file = connectionFilePath(t.dir);
    const bytes = fs.readFileSync(file);
    expect(bytes.includes(Buffer.from(PASSWORD, 'utf8'))).toBe(false);
    expect(bytes.includes(Buffer.from(PASSWORD, 'utf16le'))).toBe(false);
    expect(bytes.includes(Buffer.from(Buffer.from(PASSWORD).toString('base64').slice(0, 8)))).toBe(false);
    const stored = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
    expect(stored).toMatchObject({ engine: 'postgres', host: server!.hostname, database: 'postgres', tls: false, sealedBy: 'keyFile' });
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    // The lead's opener reads it back: the password opens with this installation's key.
    const back = readConnection(t.dir);
    if (back.engine !== 'postgres') throw new Error('expected postgres');
    expect(await openPassword(back, fileSealer(t.dir), file)).toBe(PASSWORD);
    // The page sees the settings and that a password is saved, never the password.
    const view = value(await ask<ConnectionView>('connection:get', {}));
    expect(view).toMatchObject({ engine: 'postgres', hasPassword: true, running: 'sqlite', postgres: { host: server!.hostname, database: 'postgres', tls: false } });
    expect(JSON.stringify(view)).not.toContain(PASSWORD);
    // The audit line names the server and that a password was set, masked.
    const text = auditText();
    expect(text).not.toContain(PASSWORD);
    const lines = value(await ask<{ items: Array<{ summary: string; changes: Record<string, unknown> }> }>('audit:list', { action: 'settings_update' }));
    expect(lines.items).toHaveLength(1);
    expect(lines.items[0]!.summary).toContain(server!.hostname);
    expect(lines.items[0]!.changes).toMatchObject({ engine: ['sqlite', 'postgres'], host: [null, server!.hostname], password: [null, '***'] });
  });

  it('keeps the saved password when asked, and switches back to SQLite in one save', async () => {
    value(await ask('connection:save', pgInput()));
    const sealedBefore = (JSON.parse(fs.readFileSync(connectionFilePath(t.dir), 'utf8')) as { password: string }).password;
    const kept = value(await ask<ConnectionTestResult>('connection:test', pgInput({ password: undefined, keepPassword: true })));
    expect(kept.connected).toBe(true);
    value(await ask('connection:save', pgInput({ password: undefined, keepPassword: true })));
    expect((JSON.parse(fs.readFileSync(connectionFilePath(t.dir), 'utf8')) as { password: string }).password).toBe(sealedBefore);
    value(await ask('connection:save', { engine: 'sqlite' }));
    expect(readConnection(t.dir)).toEqual({ engine: 'sqlite' });
    expect(auditText()).not.toContain(PASSWORD);
  });

  it('refuses to save a server that fails its test: nothing written, no audit line', async () => {
    const r = await ask('connection:save', pgInput({ password: 'salah-sandi' }));
    expect(r).toMatchObject({ ok: false, error: { code: 'DB_CONNECTION', message: fill(c.errors.wrongPassword, { user: decodeURIComponent(server!.username) }) } });
    expect(fs.existsSync(connectionFilePath(t.dir))).toBe(false);
    const lines = value(await ask<{ items: unknown[] }>('audit:list', { action: 'settings_update' }));
    expect(lines.items).toHaveLength(0);
    expect(auditText()).not.toContain('salah-sandi');
  });
});
