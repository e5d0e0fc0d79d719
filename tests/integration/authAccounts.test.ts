// Accounts and sessions through the handler table, as the adapters reach them.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuthStatus, Result, UserAccount } from '../../shared/contract';
import { Core } from '../../electron/core/core';
import type { AuthEvent } from '../../electron/core/auth/authEvents';
import type { SessionRef } from '../../electron/core/auth/sessions';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { queryRows } from '../support/dbQuery';
import { tempContext, validUmkm } from '../support/tempDb';

let t: Awaited<ReturnType<typeof tempContext>>;
let clock: number;
let events: AuthEvent[];
const win = (n: number): SessionRef => ({ key: `window-${n}`, via: 'app' });
const ADMIN = { username: 'admin', fullName: 'Rina Admin', password: 'rahasia-admin-1' };

beforeEach(async () => {
  clock = Date.parse('2026-03-02T08:00:00Z');
  t = await tempContext({ now: () => clock });
  events = [];
  t.ctx.auth.onAuthEvent((e) => {
    events.push(e);
  });
});
afterEach(async () => {
  await t.cleanup();
});

const call = (channel: string, payload: unknown, session?: SessionRef) => dispatch(channel, payload, t.ctx.core, session);
function ok<T>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}
const code = (r: Result<unknown>) => (r.ok ? 'OK' : r.error.code);
const rows = () => queryRows(t.ctx.db, `SELECT * FROM pengguna ORDER BY id`);

async function setupAdmin(): Promise<SessionRef> {
  ok(await call('auth:setup', ADMIN, win(1)));
  return win(1);
}

describe('first start', () => {
  it('asks for the administrator until one exists, then never again', async () => {
    const before = ok<AuthStatus>(await call('auth:status', {}, win(1)));
    expect(before).toEqual({ needsSetup: true, user: null, locked: false, lockMinutes: 15 });
    const after = ok<AuthStatus>(await call('auth:setup', ADMIN, win(1)));
    expect(after).toMatchObject({ needsSetup: false, locked: false, user: { username: 'admin', fullName: 'Rina Admin', role: 'admin' } });
    const again = await call('auth:setup', { ...ADMIN, username: 'kedua' }, win(2));
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Akun administrator sudah dibuat. Silakan masuk.' } });
    expect(await rows()).toHaveLength(1);
    expect(events.map((e) => e.type)).toEqual(['setup']);
  });

  it('refuses a short password and a bad name at their fields', async () => {
    const r = await call('auth:setup', { username: 'a b', fullName: '', password: 'pendek' }, win(1));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION');
      expect(r.error.fields).toMatchObject({ username: expect.stringContaining('huruf'), password: 'Kata sandi minimal 10 karakter (spasi di awal dan akhir tidak dihitung).', fullName: 'Wajib diisi.' });
    }
    expect(await rows()).toHaveLength(0);
  });
});

describe('password storage', () => {
  it('keeps a salted scrypt hash, never the password, and never hands the hash out', async () => {
    const admin = await setupAdmin();
    ok(await call('users:create', { username: 'budi', fullName: 'Budi', role: 'operator', password: ADMIN.password }, admin));
    const [a, b] = (await rows()) as Array<{ password_hash: string }>;
    for (const row of [a!, b!]) {
      const [kind, n, r, p, salt, hash] = row.password_hash.split('$');
      expect([kind, n, r, p]).toEqual(['scrypt', '32768', '8', '1']);
      expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
      const expected = crypto.scryptSync(ADMIN.password.normalize('NFKC'), Buffer.from(salt!, 'base64'), 32, { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
      expect(Buffer.from(hash!, 'base64').equals(expected)).toBe(true);
    }
    // Same password, two accounts: different salts, different hashes.
    expect(a!.password_hash).not.toBe(b!.password_hash);
    // Nowhere in the stored rows; on SQLite nowhere in the file's bytes either (its WAL included).
    const stored = JSON.stringify([await rows(), await queryRows(t.ctx.db, `SELECT * FROM audit_log`)]);
    expect(stored).toContain(a!.password_hash);
    expect(stored).not.toContain(ADMIN.password);
    const db = t.ctx.db;
    if (db.kind === 'sqlite') {
      db.raw.pragma('wal_checkpoint(TRUNCATE)');
      const bytes = Buffer.concat([fs.readFileSync(t.file), fs.existsSync(`${t.file}-wal`) ? fs.readFileSync(`${t.file}-wal`) : Buffer.alloc(0)]);
      expect(bytes.includes(Buffer.from(ADMIN.password))).toBe(false);
    }
    const list = ok<UserAccount[]>(await call('users:list', {}, admin));
    expect(list.map((u) => u.username)).toEqual(['admin', 'budi']);
    expect(JSON.stringify(list)).not.toMatch(/scrypt|hash|password/i);
  });

  it('takes about a tenth of a second per hash (slow on purpose)', async () => {
    const started = performance.now();
    await setupAdmin();
    expect(performance.now() - started).toBeGreaterThan(30);
  });
});

describe('signing in and out', () => {
  it('binds the user to the session that signed in, and only to it', async () => {
    await setupAdmin();
    ok(await call('users:create', { username: 'Operator1', fullName: 'Sari Operator', role: 'operator', password: 'operator-sandi' }, win(1)));
    const status = ok<AuthStatus>(await call('auth:login', { username: 'operator1', password: 'operator-sandi' }, win(2)));
    expect(status.user).toMatchObject({ username: 'Operator1', role: 'operator' });
    expect(code(await call('umkm:create', validUmkm(), win(2)))).toBe('OK');
    expect(code(await call('umkm:list', {}, win(3)))).toBe('UNAUTHENTICATED');
    expect(code(await call('umkm:list', {}))).toBe('UNAUTHENTICATED');
    expect(code(await call('users:list', {}, win(2)))).toBe('FORBIDDEN');
    ok(await call('auth:logout', {}, win(2)));
    expect(code(await call('umkm:list', {}, win(2)))).toBe('UNAUTHENTICATED');
    expect((await rows()).find((r) => r.username === 'Operator1')?.last_login_at).toBe(new Date(clock).toISOString());
    expect(events.map((e) => e.type)).toEqual(['setup', 'login', 'logout']);
  });

  it('answers a wrong name, a wrong password and a deactivated account alike', async () => {
    const admin = await setupAdmin();
    const wrongName = await call('auth:login', { username: 'siapa', password: ADMIN.password }, win(2));
    const wrongPass = await call('auth:login', { username: 'admin', password: 'salah-sandi' }, win(2));
    expect(wrongName).toEqual(wrongPass);
    expect(wrongPass).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Nama pengguna atau kata sandi salah.' } });
    const u = ok<UserAccount>(await call('users:create', { username: 'lama', fullName: 'Lama', role: 'pimpinan', password: 'pimpinan-sandi' }, admin));
    ok(await call('auth:login', { username: 'lama', password: 'pimpinan-sandi' }, win(3)));
    ok(await call('users:update', { id: u.id, changes: { active: false } }, admin));
    // Deactivating ends the account's open sessions at once.
    expect(code(await call('umkm:list', {}, win(3)))).toBe('UNAUTHENTICATED');
    const refused = await call('auth:login', { username: 'lama', password: 'pimpinan-sandi' }, win(3));
    expect(refused).toEqual(wrongPass);
    expect(events.filter((e) => e.type === 'login-failed').map((e) => e.username)).toEqual(['siapa', 'admin', 'lama']);
  });

  it('applies a role change to the open session', async () => {
    const admin = await setupAdmin();
    const u = ok<UserAccount>(await call('users:create', { username: 'naik', fullName: 'Naik', role: 'pimpinan', password: 'pimpinan-sandi' }, admin));
    ok(await call('auth:login', { username: 'naik', password: 'pimpinan-sandi' }, win(2)));
    expect(code(await call('umkm:create', validUmkm(), win(2)))).toBe('FORBIDDEN');
    ok(await call('users:update', { id: u.id, changes: { role: 'operator' } }, admin));
    expect(code(await call('umkm:create', validUmkm(), win(2)))).toBe('OK');
  });

  it('keeps at least one active admin', async () => {
    const admin = await setupAdmin();
    const [me] = ok<UserAccount[]>(await call('users:list', {}, admin));
    const r = await call('users:update', { id: me!.id, changes: { role: 'operator' } }, admin);
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Harus tetap ada sedikitnya satu admin yang aktif.' } });
    expect(code(await call('users:update', { id: me!.id, changes: { active: false } }, admin))).toBe('CONFLICT');
    expect(code(await call('users:create', { username: 'ADMIN', fullName: 'x', role: 'admin', password: 'sandi-kedua' }, admin))).toBe('DUPLICATE');
  });

  it('changes its own password with the old one, and an admin resets another', async () => {
    const admin = await setupAdmin();
    const wrong = await call('auth:changePassword', { oldPassword: 'bukan-ini', newPassword: 'sandi-baru-123' }, admin);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { oldPassword: 'Kata sandi salah.' } } });
    ok(await call('auth:changePassword', { oldPassword: ADMIN.password, newPassword: 'sandi-baru-123' }, admin));
    expect(code(await call('auth:login', { username: 'admin', password: ADMIN.password }, win(5)))).toBe('UNAUTHENTICATED');
    expect(code(await call('auth:login', { username: 'admin', password: 'sandi-baru-123' }, win(5)))).toBe('OK');
    const u = ok<UserAccount>(await call('users:create', { username: 'lupa', fullName: 'Lupa', role: 'operator', password: 'sandi-lama-1' }, admin));
    ok(await call('users:update', { id: u.id, changes: { password: 'sandi-reset-1' } }, admin));
    expect(code(await call('auth:login', { username: 'lupa', password: 'sandi-reset-1' }, win(6)))).toBe('OK');
  });
});

describe('lock after inactivity', () => {
  it('locks an idle session, refuses it, and the password opens it again', async () => {
    const admin = await setupAdmin();
    await t.ctx.auth.setLockMinutes(t.ctx.tx.em, 1);
    clock += 50_000;
    expect(code(await call('umkm:list', {}, admin))).toBe('OK'); // activity: the minute starts again
    clock += 50_000;
    expect(code(await call('umkm:list', {}, admin))).toBe('OK');
    clock += 61_000;
    const locked = await call('umkm:list', {}, admin);
    expect(locked).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED', message: expect.stringContaining('terkunci') } });
    expect(ok<AuthStatus>(await call('auth:status', {}, admin))).toMatchObject({ locked: true, lockMinutes: 1, user: { username: 'admin' } });
    expect(await call('auth:unlock', { password: 'salah-sandi' }, admin)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Kata sandi salah.' } });
    expect(code(await call('umkm:list', {}, admin))).toBe('SESSION_LOCKED');
    ok(await call('auth:unlock', { password: ADMIN.password }, admin));
    expect(code(await call('umkm:list', {}, admin))).toBe('OK');
    expect(events.map((e) => e.type)).toEqual(['setup', 'unlock-failed', 'unlock']);
  });

  it('polling the status does not keep a session open; auth:lock locks at once', async () => {
    const admin = await setupAdmin();
    for (let i = 0; i < 20; i++) {
      clock += 60_000;
      await call('auth:status', {}, admin);
    }
    expect(code(await call('stats:summary', {}, admin))).toBe('SESSION_LOCKED');
    ok(await call('auth:unlock', { password: ADMIN.password }, admin));
    expect(ok<AuthStatus>(await call('auth:lock', {}, admin)).locked).toBe(true);
    expect(code(await call('stats:summary', {}, admin))).toBe('SESSION_LOCKED');
    // Signing out of a locked session works; then it is simply not signed in.
    ok(await call('auth:logout', {}, admin));
    expect(code(await call('stats:summary', {}, admin))).toBe('UNAUTHENTICATED');
  });

  it('keeps the lock time as a setting across restarts', async () => {
    await setupAdmin();
    await t.ctx.auth.setLockMinutes(t.ctx.tx.em, 5);
    const restarted = new Core(t.core.db, { appVersion: 'test', now: () => clock });
    expect(ok<AuthStatus>(await dispatch('auth:status', {}, restarted, win(1))).lockMinutes).toBe(5);
    expect(restarted.auth.lockMinutes).toBe(5);
  });
});

describe('wrong passwords slow further tries', () => {
  it('after three wrong passwords the name waits 30 s, then longer, even with the right one', async () => {
    await setupAdmin();
    const wrong = () => call('auth:login', { username: 'admin', password: 'salah-sandi' }, win(2));
    expect(code(await wrong())).toBe('UNAUTHENTICATED');
    expect(code(await wrong())).toBe('UNAUTHENTICATED');
    const third = await wrong();
    expect(third).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', message: 'Terlalu banyak percobaan yang salah. Coba lagi dalam 30 detik.', fields: { retryAfterSeconds: '30' } } });
    clock += 10_000;
    const right = await call('auth:login', { username: 'admin', password: ADMIN.password }, win(2));
    expect(right).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', fields: { retryAfterSeconds: '20' } } });
    clock += 21_000;
    // The wait has passed; another wrong one doubles it.
    expect(await wrong()).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', fields: { retryAfterSeconds: '60' } } });
    clock += 61_000;
    expect(code(await call('auth:login', { username: 'admin', password: ADMIN.password }, win(2)))).toBe('OK');
    // Success clears the count.
    expect((await rows())[0]).toMatchObject({ failed_count: 0, locked_until: null });
    expect(code(await wrong())).toBe('UNAUTHENTICATED');
  });

  it("remembers the name's count across a restart (it lives in the table): the first wrong password after it waits", async () => {
    await setupAdmin();
    for (let i = 0; i < 3; i++) await call('auth:login', { username: 'admin', password: 'salah-sandi' }, win(2));
    const restarted = new Core(t.core.db, { appVersion: 'test', now: () => clock });
    expect(code(await dispatch('auth:login', { username: 'admin', password: 'salah-sandi' }, restarted, win(2)))).toBe('TOO_MANY_ATTEMPTS');
  });

  it('counts wrong unlock passwords too, and slows names without an account', async () => {
    const admin = await setupAdmin();
    ok(await call('auth:lock', {}, admin));
    for (let i = 0; i < 2; i++) expect(code(await call('auth:unlock', { password: 'salah-sandi' }, admin))).toBe('UNAUTHENTICATED');
    expect(code(await call('auth:unlock', { password: 'salah-sandi' }, admin))).toBe('TOO_MANY_ATTEMPTS');
    expect(code(await call('auth:unlock', { password: ADMIN.password }, admin))).toBe('TOO_MANY_ATTEMPTS');
    for (let i = 0; i < 2; i++) expect(code(await call('auth:login', { username: 'hantu', password: 'x' }, win(3)))).toBe('UNAUTHENTICATED');
    expect(code(await call('auth:login', { username: 'hantu', password: 'x' }, win(3)))).toBe('TOO_MANY_ATTEMPTS');
  });
});
