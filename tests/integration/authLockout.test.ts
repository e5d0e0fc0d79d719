// Issue 13, accounts and sessions, each attack as it was reproduced: the admin locked out by
// another user's wrong passwords, weak passwords, another admin's password reset, a session that
// outlived a reset or a restore, an inactive account that answered differently, and a sign-in whose
// writes were not one transaction.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupEntry, Result, UserAccount } from '../../shared/contract';
import { messages } from '../../shared/i18n';
import { Core } from '../../electron/core/core';
import { OFFLINE_ADMIN_CALLER } from '../../electron/core/auth/caller';
import { commonWords } from '../../electron/core/auth/commonPasswords';
import type { SessionRef } from '../../electron/core/auth/sessions';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { runCli } from '../support/cli';
import { countRows, queryRow, queryRows } from '../support/dbQuery';
import { cliDatabaseArgs } from '../support/sameDatabase';
import { sqliteOf } from '../support/sqliteOf';
import { tempContext, validUmkm } from '../support/tempDb';

const v = messages.auth.validation;
const e = messages.auth.errors;
let t: Awaited<ReturnType<typeof tempContext>>;
let clock: number;
const win = (n: number): SessionRef => ({ key: `window-${n}`, via: 'app' });
const ADMIN = { username: 'admin', fullName: 'Rina Admin', password: 'rahasia-admin-1' };
const OPERATOR = { username: 'sari', fullName: 'Sari Operator', role: 'operator', password: 'operator-sandi' };

beforeEach(async () => {
  clock = Date.parse('2026-03-02T08:00:00Z');
  t = await tempContext({ now: () => clock });
});
afterEach(async () => {
  await t.cleanup();
});

const call = (channel: string, payload: unknown, session?: SessionRef, core: Core = t.ctx.core) => dispatch(channel, payload, core, session);
function ok<T>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}
const code = (r: Result<unknown>) => (r.ok ? 'OK' : r.error.code);
const signIn = (who: { username: string; password: string }, s: SessionRef, core?: Core) => call('auth:login', { username: who.username, password: who.password }, s, core);
const wrong = (username: string, s: SessionRef, core?: Core) => call('auth:login', { username, password: 'tebakan-salah-1' }, s, core);
const row = async (username: string) => (await queryRow(t.ctx.db, `SELECT failed_count, locked_until, last_login_at FROM pengguna WHERE username = ?`, [username]))!;

/** Pins a test to SQLite (for what only a SQLite file does: a restore, a swap of the file, a copy by backup). */
async function onSqliteFile(): Promise<void> {
  if (t.core.db.kind === 'sqlite') return;
  await t.cleanup();
  t = await tempContext({ now: () => clock }, 'sqlite');
}

async function setup(): Promise<{ admin: SessionRef; operator: UserAccount }> {
  ok(await call('auth:setup', ADMIN, win(1)));
  const operator = ok<UserAccount>(await call('users:create', OPERATOR, win(1)));
  ok(await call('auth:logout', {}, win(1)));
  return { admin: win(1), operator };
}

/** Fails the name `times` times from `s`, sitting out each wait, so the count grows as an attacker's would. */
async function hammer(username: string, s: SessionRef, times: number, core?: Core): Promise<void> {
  for (let i = 0; i < times; i++) {
    const r = await wrong(username, s, core);
    expect(['UNAUTHENTICATED', 'TOO_MANY_ATTEMPTS']).toContain(code(r));
    if (!r.ok && r.error.fields?.retryAfterSeconds) clock += Number(r.error.fields.retryAfterSeconds) * 1000 + 1000;
  }
}

describe('wrong passwords slow the guesser, never lock the right password out', () => {
  it("another user failing the admin's name many times does not keep the admin out", async () => {
    await setup();
    // The operator, at their own window, guesses the admin's password ten times.
    ok(await signIn(OPERATOR, win(2)));
    ok(await call('auth:logout', {}, win(2)));
    await hammer('admin', win(2), 10);
    expect((await row('admin')).failed_count).toBe(10);
    // The guesser's window waits, the right password included, and longer each time.
    const held = await wrong('admin', win(2));
    expect(held).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
    expect(code(await signIn(ADMIN, win(2)))).toBe('TOO_MANY_ATTEMPTS');
    // The admin, at another window, signs in at once with the right password.
    ok(await signIn(ADMIN, win(1)));
    expect(code(await call('users:list', {}, win(1)))).toBe('OK');
    expect(await row('admin')).toMatchObject({ failed_count: 0, locked_until: null, last_login_at: new Date(clock).toISOString() });
    // The guesser's wait stands after the admin's sign-in.
    expect(code(await wrong('admin', win(2)))).toBe('TOO_MANY_ATTEMPTS');
  });

  it('a name others keep failing gives no free tries: a new source waits from its first wrong password', async () => {
    await setup();
    await hammer('admin', win(2), 3);
    const first = await wrong('admin', win(3));
    expect(first).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', fields: { retryAfterSeconds: '30' } } });
    // Yet the right password from a source that has not failed it still works.
    ok(await signIn(ADMIN, win(4)));
  });

  it('on one shared window, the admin waits at most the wait, and another admin lifts it at once (audited)', async () => {
    const { admin } = await setup();
    const second = ok<UserAccount>(await signIn(ADMIN, admin).then(() => call('users:create', { username: 'budi', fullName: 'Budi Admin', role: 'admin', password: 'budi-kantor-2026' }, admin)));
    ok(await call('auth:logout', {}, admin));
    // The guesser used the window the admin now sits at.
    await hammer('admin', win(1), 5);
    expect(code(await wrong('admin', win(1)))).toBe('TOO_MANY_ATTEMPTS');
    const held = await signIn(ADMIN, win(1));
    expect(held).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
    // The other admin sees the held name on the accounts page, and lifts it.
    ok(await signIn({ username: 'budi', password: 'budi-kantor-2026' }, win(5)));
    const listed = ok<UserAccount[]>(await call('users:list', {}, win(5))).find((u) => u.username === 'admin')!;
    expect(listed.failedAttempts).toBe(6);
    expect(Date.parse(listed.waitUntil!)).toBeGreaterThan(clock);
    expect(code(await call('users:unlock', { id: listed.id }, win(2)))).toBe('UNAUTHENTICATED');
    const lifted = ok<UserAccount>(await call('users:unlock', { id: listed.id }, win(5)));
    // Sitting out the wait would have worked too; the lift makes it now.
    expect(lifted).toMatchObject({ failedAttempts: 0, waitUntil: null });
    ok(await signIn(ADMIN, win(1)));
    const audit = await queryRows<{ username: string; changes: string }>(t.ctx.db, `SELECT username, changes FROM audit_log WHERE entity = 'user' AND entity_id = ? AND action = 'update'`, [listed.id]);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ username: 'budi' });
    expect(JSON.parse(audit[0]!.changes)).toMatchObject({ failedCount: [6, 0] });
    expect(second.role).toBe('admin');
  });

  it("the command line's offline admin lifts the wait a running app holds", async () => {
    // The command line runs on the real clock: the guessing happened in the last forty minutes,
    // and its last wait (15 minutes) runs on past now.
    clock = Date.now() - 40 * 60_000;
    await setup();
    await hammer('admin', win(1), 8);
    expect(code(await wrong('admin', win(1)))).toBe('TOO_MANY_ATTEMPTS');
    clock = Date.now();
    expect(code(await signIn(ADMIN, win(1)))).toBe('TOO_MANY_ATTEMPTS');
    const cli = await runCli(['user', 'unlock', 'admin', '--as-admin-offline', ...cliDatabaseArgs(t.core.db)], { dataDir: path.join(t.dir, 'data') });
    expect(cli.stderr).toBe('');
    expect(cli.stdout).toBe('Penundaan masuk untuk admin dicabut; akun ini dapat langsung masuk lagi.\n');
    clock = Date.now() + 1000;
    ok(await signIn(ADMIN, win(1)));
    const trail = await queryRows<{ via: string }>(t.ctx.db, `SELECT via FROM audit_log WHERE entity = 'user' AND action = 'update'`);
    expect(trail.map((r) => r.via)).toEqual(['offline-admin']);
  });

  it('keeps the name count across a restart: after it, the first wrong password waits', async () => {
    await setup();
    await hammer('admin', win(2), 4);
    const restarted = new Core(t.core.db, { appVersion: 'test', now: () => clock });
    expect(await wrong('admin', win(2), restarted)).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', fields: { retryAfterSeconds: '30' } } });
    clock += 31_000;
    ok(await signIn(ADMIN, win(2), restarted));
  });

  it('an adapter that signs in on a fresh key per try names its source (the tab): the waits follow the source', async () => {
    await setup();
    const tryOn = (n: number) => wrong('admin', { key: `fresh-${n}`, via: 'app', source: 'tab-1' });
    expect(code(await tryOn(1))).toBe('UNAUTHENTICATED');
    expect(code(await tryOn(2))).toBe('UNAUTHENTICATED');
    expect(code(await tryOn(3))).toBe('TOO_MANY_ATTEMPTS');
    expect(code(await signIn(ADMIN, { key: 'fresh-4', via: 'app', source: 'tab-1' }))).toBe('TOO_MANY_ATTEMPTS');
    ok(await signIn(ADMIN, { key: 'fresh-5', via: 'app', source: 'tab-2' }));
  });

  it('names without an account are slowed per source too', async () => {
    await setup();
    for (let i = 0; i < 2; i++) expect(code(await wrong('hantu', win(2)))).toBe('UNAUTHENTICATED');
    expect(code(await wrong('hantu', win(2)))).toBe('TOO_MANY_ATTEMPTS');
    // Others have failed it three times: a new source waits from its first try.
    expect(code(await wrong('hantu', win(3)))).toBe('TOO_MANY_ATTEMPTS');
  });

  it('an inactive account answers exactly like a wrong password, and counts like one', async () => {
    const { operator } = await setup();
    ok(await signIn(ADMIN, win(1)));
    ok(await call('users:create', { username: 'lama', fullName: 'Lama', role: 'pimpinan', password: 'pimpinan-sandi' }, win(1)));
    ok(await call('users:update', { id: operator.id, changes: { active: false } }, win(1)));
    const inactiveRight = await signIn(OPERATOR, win(2));
    const activeWrong = await call('auth:login', { username: 'lama', password: 'bukan-sandinya' }, win(3));
    const noName = await call('auth:login', { username: 'tidakada', password: OPERATOR.password }, win(4));
    expect(inactiveRight).toEqual(activeWrong);
    expect(inactiveRight).toEqual(noName);
    expect(inactiveRight).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: e.wrongCredentials } });
    expect((await row('sari')).failed_count).toBe(1);
    // The trail (the admin's) still says which it was.
    const reasons = await queryRows<{ summary: string }>(t.ctx.db, `SELECT summary FROM audit_log WHERE action = 'login_failed' ORDER BY id`);
    expect(reasons[0]!.summary).toContain(messages.auditReasons.FORBIDDEN);
  });
});

describe('weak passwords are refused with a plain message', () => {
  const examples: Array<[string, string, string]> = [
    ['12345678', v.passwordShort, 'eight digits'],
    ['password', v.passwordShort, '"password"'],
    ['        ', v.passwordBlank, 'eight spaces'],
    ['\u200b'.repeat(8), v.passwordBlank, 'eight zero-width spaces'],
    ['\u200b\u200c\u200d\u2060\ufeff'.repeat(3), v.passwordBlank, 'fifteen invisible characters'],
    ['   pendek9   ', v.passwordShort, 'short once trimmed'],
    ['budi.santoso', v.passwordIsUsername, 'the username'],
    ['BUDI.SANTOSO2026', v.passwordIsUsername, 'the username with a year'],
    ['1234567890', v.passwordCommon, 'ten digits'],
    ['１２３４５６７８９０', v.passwordCommon, 'ten full-width digits (NFKC)'],
    ['password123', v.passwordCommon, 'a common password'],
    ['qwertyuiop', v.passwordCommon, 'a keyboard row'],
    ['bismillah1', v.passwordCommon, 'bismillah'],
    ['Indonesia2024!', v.passwordCommon, 'indonesia'],
    ['balikpapan', v.passwordCommon, 'balikpapan'],
    ['kaltim12345', v.passwordCommon, 'kaltim'],
    ['aaaaaaaaaaaa', v.passwordCommon, 'one letter repeated'],
  ];

  it('ships a list of at least 10,000 common passwords with the Indonesian ones', () => {
    const words = commonWords();
    expect(words.size).toBeGreaterThan(10_000);
    for (const w of ['bismillah', 'indonesia', 'balikpapan', '123456', 'password']) expect(words.has(w)).toBe(true);
  });

  it.each(examples)('refuses %j for a new account (%s)', async (password, message) => {
    ok(await call('auth:setup', ADMIN, win(1)));
    const r = await call('users:create', { username: 'budi.santoso', fullName: 'Budi', role: 'operator', password }, win(1));
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { password: message } } });
    expect(await countRows(t.ctx.db, 'pengguna')).toBe(1);
  });

  it('refuses them for the first admin, a reset and an own change too; a good one passes', async () => {
    expect(await call('auth:setup', { ...ADMIN, password: 'balikpapan2024' }, win(1))).toMatchObject({ ok: false, error: { fields: { password: v.passwordCommon } } });
    expect(await call('auth:setup', { ...ADMIN, password: 'admin12345' }, win(1))).toMatchObject({ ok: false, error: { fields: { password: v.passwordIsUsername } } });
    ok(await call('auth:setup', ADMIN, win(1)));
    const op = ok<UserAccount>(await call('users:create', OPERATOR, win(1)));
    expect(await call('users:update', { id: op.id, changes: { password: '\u200b'.repeat(8) } }, win(1))).toMatchObject({ ok: false, error: { fields: { password: v.passwordBlank } } });
    expect(await call('users:update', { id: op.id, changes: { password: 'bismillah123' } }, win(1))).toMatchObject({ ok: false, error: { fields: { password: v.passwordCommon } } });
    expect(await call('auth:changePassword', { oldPassword: ADMIN.password, newPassword: 'indonesia' }, win(1))).toMatchObject({ ok: false, error: { fields: { newPassword: v.passwordShort } } });
    expect(await call('auth:changePassword', { oldPassword: ADMIN.password, newPassword: 'indonesia1945' }, win(1))).toMatchObject({ ok: false, error: { fields: { newPassword: v.passwordCommon } } });
    ok(await call('users:update', { id: op.id, changes: { password: 'kopi susu pagi hari' } }, win(1)));
    ok(await call('auth:changePassword', { oldPassword: ADMIN.password, newPassword: 'lampu merah di klandasan' }, win(1)));
  });
});

describe("resetting an admin's password takes the acting admin's own", () => {
  it('refuses it without, or with a wrong one (counted), and takes the right one; others need none', async () => {
    ok(await call('auth:setup', ADMIN, win(1)));
    const other = ok<UserAccount>(await call('users:create', { username: 'budi', fullName: 'Budi', role: 'admin', password: 'budi-kantor-2026' }, win(1)));
    const op = ok<UserAccount>(await call('users:create', OPERATOR, win(1)));
    const reset = (adminPassword?: string) => call('users:update', { id: other.id, changes: { password: 'sandi-baru-budi-1' }, ...(adminPassword ? { adminPassword } : {}) }, win(1));
    expect(await reset()).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { adminPassword: e.adminPasswordNeeded } } });
    expect(await reset('bukan-sandi-saya')).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { adminPassword: e.adminPasswordWrong } } });
    ok(await signIn({ username: 'budi', password: 'budi-kantor-2026' }, win(2)));
    ok(await reset(ADMIN.password));
    expect(code(await signIn({ username: 'budi', password: 'sandi-baru-budi-1' }, win(3)))).toBe('OK');
    // An operator's reset needs no password of the admin.
    ok(await call('users:update', { id: op.id, changes: { password: 'operator-sandi-baru' } }, win(1)));
    // Wrong own passwords are slowed like sign-ins.
    for (let i = 0; i < 2; i++) expect(code(await reset('bukan-sandi-saya'))).toBe('VALIDATION');
    expect(code(await reset('bukan-sandi-saya'))).toBe('TOO_MANY_ATTEMPTS');
  });

  it("the command line's offline admin resets an admin's password without one", async () => {
    ok(await call('auth:setup', ADMIN, win(1)));
    await t.ctx.auth.bindFixed(t.ctx.tx.em, 'cli', OFFLINE_ADMIN_CALLER);
    const [admin] = ok<UserAccount[]>(await call('users:list', {}, { key: 'cli', via: 'cli' }));
    ok(await call('users:update', { id: admin!.id, changes: { password: 'sandi-dari-baris-perintah' } }, { key: 'cli', via: 'cli' }));
    expect(code(await signIn({ username: 'admin', password: 'sandi-dari-baris-perintah' }, win(2)))).toBe('OK');
  });
});

describe('sessions end when they should', () => {
  it("an operator's session is refused at its next call once an admin resets its password", async () => {
    const { operator } = await setup();
    ok(await signIn(ADMIN, win(1)));
    ok(await signIn(OPERATOR, win(2)));
    ok(await call('umkm:create', validUmkm(), win(2)));
    ok(await call('users:update', { id: operator.id, changes: { password: 'operator-sandi-baru' } }, win(1)));
    expect(code(await call('umkm:create', validUmkm({ nik: '6471054506880002', businessName: 'Kedua' }), win(2)))).toBe('UNAUTHENTICATED');
    expect(await countRows(t.ctx.db, 'umkm')).toBe(1);
    // The admin who reset it carries on.
    expect(code(await call('users:list', {}, win(1)))).toBe('OK');
  });

  it("changing one's own password ends one's other sessions, not this one", async () => {
    await setup();
    ok(await signIn(OPERATOR, win(2)));
    ok(await signIn(OPERATOR, win(3)));
    ok(await call('auth:changePassword', { oldPassword: OPERATOR.password, newPassword: 'kopi susu pagi hari' }, win(2)));
    expect(code(await call('umkm:list', {}, win(2)))).toBe('OK');
    expect(code(await call('umkm:list', {}, win(3)))).toBe('UNAUTHENTICATED');
  });

  it('after a restore, a session whose account the restored file lacks is refused; the admin who restored stays', async () => {
    // Restoring a backup copy is the SQLite file's (PostgreSQL's registry is kept with the server's tools).
    await onSqliteFile();
    ok(await call('auth:setup', ADMIN, win(1)));
    const backup = ok<BackupEntry>(await call('backup:create', {}, win(1)));
    ok(await call('users:create', OPERATOR, win(1)));
    ok(await signIn(OPERATOR, win(2)));
    ok(await call('umkm:create', validUmkm(), win(2)));
    ok(await call('backup:restore', { name: backup.name }, win(1)));
    expect(code(await call('umkm:create', validUmkm({ nik: '6471054506880002' }), win(2)))).toBe('UNAUTHENTICATED');
    expect(code(await call('users:list', {}, win(1)))).toBe('OK');
    expect(await countRows(t.ctx.db, 'umkm')).toBe(0);
  });

  it('after a swap to a file where the account has another password or is inactive, its session ends; a new role follows', async () => {
    // The other file is a copy of this one made by SQLite's backup, swapped in as a restore does.
    await onSqliteFile();
    const { operator } = await setup();
    ok(await signIn(ADMIN, win(1)));
    ok(await call('users:create', { username: 'kadis', fullName: 'Pak Kadis', role: 'pimpinan', password: 'pimpinan-sandi' }, win(1)));
    ok(await signIn(OPERATOR, win(2)));
    ok(await signIn({ username: 'kadis', password: 'pimpinan-sandi' }, win(3)));
    // Another file: a copy of this one where sari's password differs and kadis became operator.
    const other = path.join(t.dir, 'lain.sqlite');
    await sqliteOf(t.core.db).raw.backup(other);
    const copy = await openDatabase({ file: other });
    copy.raw.prepare(`UPDATE pengguna SET password_hash = 'scrypt$1$1$1$AA==$AA==' WHERE id = ?`).run(operator.id);
    copy.raw.prepare(`UPDATE pengguna SET role = 'operator' WHERE username = 'kadis'`).run();
    const old = t.core.db;
    await old.close();
    t.core.replaceDatabase(copy);
    expect(code(await call('umkm:list', {}, win(2)))).toBe('UNAUTHENTICATED');
    expect(code(await call('umkm:create', validUmkm(), win(3)))).toBe('OK');
    expect(code(await call('users:list', {}, win(1)))).toBe('OK');
    fs.rmSync(other, { force: true });
  });
});

describe('a sign-in writes in one transaction', () => {
  it('its sign-in time and its audit row commit together or not at all', async () => {
    await setup();
    // A trigger that refuses the sign-in's audit row (its statement only: the transaction stays
    // open, as PostgreSQL's does until it ends), so committing the rest would split the two.
    const db = t.ctx.db;
    if (db.kind === 'sqlite') {
      db.raw.exec(`CREATE TEMP TRIGGER refuse_login BEFORE INSERT ON main.audit_log WHEN NEW.action = 'login' BEGIN SELECT RAISE(ABORT, 'uji'); END`);
    } else {
      await queryRows(db, `CREATE FUNCTION refuse_login() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'uji'; END $$`);
      await queryRows(db, `CREATE TRIGGER refuse_login BEFORE INSERT ON audit_log FOR EACH ROW WHEN (NEW.action = 'login') EXECUTE FUNCTION refuse_login()`);
    }
    expect(code(await signIn(OPERATOR, win(2)))).not.toBe('OK');
    expect((await row('sari')).last_login_at).toBeNull();
    expect(code(await call('umkm:list', {}, win(2)))).toBe('UNAUTHENTICATED');
    if (db.kind === 'sqlite') db.raw.exec(`DROP TRIGGER refuse_login`);
    else await queryRows(db, `DROP TRIGGER refuse_login ON audit_log`);
    ok(await signIn(OPERATOR, win(2)));
    expect((await row('sari')).last_login_at).toBe(new Date(clock).toISOString());
  });
});
