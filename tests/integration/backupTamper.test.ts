// Issue 13: a backup edited outside the app must not be restored, and `check` must see the same
// edits in the database it checks. The attacks reproduced: the audit triggers dropped and an
// operator raised to admin (the manifest then recomputed or deleted), an extra trigger that
// deletes audit rows. Every refusal leaves the current database as it was; an untouched backup
// still restores. The app's connections also run with trusted_schema off and defensive mode on.
import { rawOf } from '../support/sqliteOf';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DbCheck, Result } from '../../shared/contract';
import { createBackup } from '../../electron/core/backup/createBackup';
import { manifestPath, sha256File } from '../../electron/core/backup/manifest';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { backupsDirFor } from '../../electron/core/paths';
import { seedDemo } from '../../electron/core/services/demo/seedDemo';
import { schemaChanges } from '../../electron/core/backup/schemaCheck';
import { startupChainCheck } from '../../electron/core/backup/startupChainCheck';
import { messages } from '../../shared/i18n';
import { adminSession, signedIn } from '../support/auth';
import { fileSha256 } from '../support/crashFiles';
import { tempContext } from '../support/tempDb';

let t: Awaited<ReturnType<typeof tempContext>>;
beforeEach(async () => {
  // Signed backup copies of the SQLite file (PostgreSQL's registry is kept with the server's tools).
  t = await tempContext({}, 'sqlite');
  await seedDemo(t.ctx.db, 30);
});
afterEach(async () => {
  await t.cleanup();
});

const call = (channel: string, payload: unknown) => dispatch(channel, payload, t.ctx.core, adminSession(t.ctx));
const dbState = () => [t.file, `${t.file}-wal`].map((f) => (fs.existsSync(f) ? fileSha256(f) : '-')).join('/');

/** A backup made by the app, then edited as someone holding the file would. */
async function tamperedBackup(edit: (db: Database.Database) => void, manifest: 'recomputed' | 'deleted'): Promise<string> {
  const backup = await createBackup(rawOf(t.ctx.db), backupsDirFor(t.file), { appVersion: 'test', kind: 'manual' });
  const db = new Database(backup.file);
  edit(db);
  db.close();
  for (const f of [`${backup.file}-wal`, `${backup.file}-shm`]) fs.rmSync(f, { force: true });
  if (manifest === 'deleted') fs.rmSync(manifestPath(backup.file));
  else {
    const m = JSON.parse(fs.readFileSync(manifestPath(backup.file), 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(manifestPath(backup.file), JSON.stringify({ ...m, sha256: await sha256File(backup.file), size: fs.statSync(backup.file).size }));
  }
  return backup.name;
}

const PASSWORD = 'kata-sandi-uji';
/** The restore as a real admin who vouches for the backup's source with their password. */
const restorer = () => signedIn(t.ctx, 'admin', 'admin-pemulih', PASSWORD);
const vouching = async (name: string, password = PASSWORD, session?: Awaited<ReturnType<typeof restorer>>) =>
  dispatch('backup:restore', { name, trustPassword: password }, t.ctx.core, session ?? (await restorer()));

/**
 * An edited backup is first refused as unsigned (its manifest no longer this installation's);
 * vouched for by an admin, it is refused again by what the edit left. Nothing changes either time.
 */
async function refused(name: string): Promise<string> {
  // Signed in first: the sign-in itself writes (the last sign-in time).
  const session = await restorer();
  const before = dbState();
  const unsigned = await call('backup:restore', { name });
  expect(unsigned.ok || unsigned.error.code).toBe('UNVERIFIED_BACKUP');
  const r = await vouching(name, PASSWORD, session);
  expect(r.ok).toBe(false);
  expect(dbState()).toBe(before);
  const error = (r as { error: { code: string; message: string } }).error;
  expect(error.code).toBe('BAD_FILE');
  return error.message;
}

/** What someone holding the file does: the triggers dropped, the trail edited, the triggers put back. */
function aroundTriggers(sql: string): void {
  const raw = rawOf(t.ctx.db);
  const triggers = raw.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'`).all() as Array<{ name: string; sql: string }>;
  for (const tr of triggers) raw.exec(`DROP TRIGGER ${tr.name}`);
  raw.exec(sql);
  for (const tr of triggers) raw.exec(tr.sql);
}

const dropAuditTriggersAndRaise = (db: Database.Database) => {
  db.exec(`DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;`);
  db.exec(`UPDATE pengguna SET role = 'admin' WHERE role = 'operator'`);
};

it('refuses a backup whose audit triggers were dropped and a role raised, the manifest recomputed', async () => {
  const message = await refused(await tamperedBackup(dropAuditTriggersAndRaise, 'recomputed'));
  expect(message).toMatch(/susunan tabelnya tidak sama/);
  expect(message).toContain('trigger audit_log_no_delete hilang');
});

it('refuses the same backup with its manifest deleted', async () => {
  const message = await refused(await tamperedBackup(dropAuditTriggersAndRaise, 'deleted'));
  expect(message).toContain('trigger audit_log_no_update hilang');
});

it('refuses a backup that gained a trigger deleting audit rows', async () => {
  const name = await tamperedBackup((db) => {
    db.exec(`DROP TRIGGER audit_log_no_delete`);
    db.exec(`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT 1; END`);
    db.exec(`CREATE TRIGGER hapus_jejak AFTER INSERT ON audit_log BEGIN DELETE FROM audit_log WHERE id = new.id; END`);
  }, 'recomputed');
  const message = await refused(name);
  expect(message).toContain('trigger audit_log_no_delete diubah');
  expect(message).toContain('trigger hapus_jejak tambahan');
});

it('restores an unsigned backup only on the acting admin\'s own password, and records it as from an unverified source', async () => {
  const name = await tamperedBackup(() => undefined, 'deleted');
  const wrong = await vouching(name, 'bukan-kata-sandinya');
  expect(wrong.ok || wrong.error).toMatchObject({ code: 'VALIDATION', fields: { trustPassword: expect.any(String) } });
  const r = (await vouching(name)) as Result<{ unverifiedSource: boolean }>;
  expect(r.ok && r.value.unverifiedSource).toBe(true);
  const line = rawOf(t.ctx.db).prepare(`SELECT summary, changes FROM audit_log WHERE action = 'backup_restore'`).get() as { summary: string; changes: string };
  expect(line.summary).toContain('dari sumber yang belum pasti');
  expect(JSON.parse(line.changes)).toMatchObject({ unverifiedSource: [null, true] });
});

it('still restores a backup nobody touched', async () => {
  const backup = await createBackup(rawOf(t.ctx.db), backupsDirFor(t.file), { appVersion: 'test', kind: 'manual' });
  expect(await schemaChanges(backup.file, (t.ctx.db as unknown as { schemaVersion: string }).schemaVersion)).toEqual([]);
  const r = await call('backup:restore', { name: backup.name });
  expect(r.ok).toBe(true);
});

it('has db:check report a schema changed by hand in the open database', async () => {
  const sound = (await call('db:check', {})) as Result<DbCheck>;
  expect(sound.ok && sound.value).toMatchObject({ ok: true, schemaChanges: [] });
  rawOf(t.ctx.db).exec(`DROP TRIGGER audit_log_no_delete`);
  const r = (await call('db:check', {})) as Result<DbCheck>;
  expect(r.ok && r.value).toMatchObject({ ok: false, schemaChanges: ['trigger audit_log_no_delete hilang'] });
});

it('opens every connection with trusted_schema off and defensive mode on', async () => {
  const raw = rawOf(t.ctx.db);
  expect(raw.pragma('trusted_schema', { simple: true })).toBe(0);
  // Defensive mode: the schema cannot be written through writable_schema.
  raw.pragma('writable_schema = ON');
  expect(() => raw.prepare(`UPDATE sqlite_master SET sql = sql WHERE name = 'audit_log_no_delete'`).run()).toThrow();
  raw.pragma('writable_schema = OFF');
});

describe('the audit trail as a hash chain', () => {
  /** Lines in the trail, made through the handler table. */
  async function someLines(): Promise<void> {
    for (const id of [1, 2, 3]) expect((await call('umkm:update', { id, changes: { businessName: `Nama Baru ${id}` } })).ok).toBe(true);
  }
  const check = async () => {
    const r = (await call('db:check', {})) as Result<DbCheck>;
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };

  it('links every line and keeps its head beside the database after each write', async () => {
    await someLines();
    const report = await check();
    expect(report.auditChain).toMatchObject({ ok: true, brokenAt: null });
    expect(report.auditChain.rows).toBeGreaterThanOrEqual(3);
    const head = JSON.parse(fs.readFileSync(`${t.file}.jejak.json`, 'utf8')) as { id: number; hash: string };
    const last = rawOf(t.ctx.db).prepare(`SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1`).get() as { id: number; hash: string };
    expect(head).toMatchObject(last);
  });

  it('finds a line deleted with the triggers dropped and put back, and where', async () => {
    await someLines();
    const middle = (rawOf(t.ctx.db).prepare(`SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 1`).get() as { id: number }).id;
    aroundTriggers(`DELETE FROM audit_log WHERE id = ${middle}`);
    const report = await check();
    expect(report.ok).toBe(false);
    expect(report.schemaChanges).toEqual([]);
    expect(report.auditChain).toMatchObject({ ok: false, brokenAt: middle + 1 });
    expect(report.auditChain.problem).toContain(`baris ${middle + 1}`);
  });

  it('finds a line rewritten around the triggers', async () => {
    await someLines();
    const first = (rawOf(t.ctx.db).prepare(`SELECT id FROM audit_log ORDER BY id LIMIT 1`).get() as { id: number }).id;
    aroundTriggers(`UPDATE audit_log SET username = 'orang-lain' WHERE id = ${first}`);
    expect((await check()).auditChain).toMatchObject({ ok: false, brokenAt: first });
  });

  it('finds the newest lines cut, which no link inside the trail can show', async () => {
    await someLines();
    const last = (rawOf(t.ctx.db).prepare(`SELECT max(id) AS id FROM audit_log`).get() as { id: number }).id;
    aroundTriggers(`DELETE FROM audit_log WHERE id = ${last}`);
    const report = await check();
    expect(report.auditChain).toMatchObject({ ok: false, brokenAt: last });
    expect(report.auditChain.problem).toContain(`sampai baris ${last}`);
  });

  it('finds a role raised by hand in the accounts table', async () => {
    await someLines();
    const now = new Date().toISOString();
    // An account made the way the app makes one (a write, so the head follows), then raised by hand.
    rawOf(t.ctx.db).prepare(`INSERT INTO pengguna (username, full_name, role, password_hash, created_at, updated_at) VALUES ('pimpinan1', 'Pimpinan', 'pimpinan', 'x', ?, ?)`).run(now, now);
    expect((await call('umkm:update', { id: 4, changes: { businessName: 'Sesudah Akun' } })).ok).toBe(true);
    expect((await check()).auditChain.ok).toBe(true);
    rawOf(t.ctx.db).exec(`UPDATE pengguna SET role = 'admin' WHERE username = 'pimpinan1'`);
    const report = await check();
    expect(report.auditChain.ok).toBe(false);
    expect(report.auditChain.problem).toMatch(/Data akun/);
  });

  it('refuses to restore a backup whose trail was rewritten around its triggers', async () => {
    await someLines();
    const name = await tamperedBackup((db) => {
      db.exec(`DROP TRIGGER audit_log_no_delete`);
      db.exec(`DELETE FROM audit_log WHERE id = (SELECT min(id) FROM audit_log)`);
      db.exec(`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
      SELECT RAISE(ABORT, 'audit_log is append-only');
    END`);
    }, 'recomputed');
    const message = await refused(name);
    expect(message).toContain('Jejak audit terputus');
  });
});

describe('the check at every start of the app', () => {
  const alerts = () => rawOf(t.ctx.db).prepare(`SELECT summary, via FROM audit_log WHERE action = 'integrity_alert'`).all() as Array<{ summary: string; via: string }>;
  beforeEach(async () => {
    for (const id of [1, 2, 3]) expect((await call('umkm:update', { id, changes: { businessName: `Awal ${id}` } })).ok).toBe(true);
  });

  it('says nothing about a sound trail', async () => {
    expect((await startupChainCheck(t.core)()).ok).toBe(true);
    expect(alerts()).toEqual([]);
  });

  it('writes a system line into the trail where it found a line deleted', async () => {
    const middle = (rawOf(t.ctx.db).prepare(`SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 1`).get() as { id: number }).id;
    aroundTriggers(`DELETE FROM audit_log WHERE id = ${middle}`);
    const r = await startupChainCheck(t.core)();
    expect(r).toMatchObject({ ok: false, brokenAt: middle + 1 });
    expect(alerts()).toEqual([{ summary: r.problem, via: 'system' }]);
  });

  it('finds the accounts changed by hand even when the day’s first write comes before the walk', async () => {
    const now = new Date().toISOString();
    rawOf(t.ctx.db).prepare(`INSERT INTO pengguna (username, full_name, role, password_hash, created_at, updated_at) VALUES ('op1', 'Operator', 'operator', 'x', ?, ?)`).run(now, now);
    expect((await call('umkm:update', { id: 4, changes: { businessName: 'Sesudah Akun' } })).ok).toBe(true);
    rawOf(t.ctx.db).exec(`UPDATE pengguna SET role = 'admin' WHERE username = 'op1'`);
    const check = startupChainCheck(t.core);
    // The daily backup's line, written before the walk, moves the head on.
    expect((await call('umkm:update', { id: 5, changes: { businessName: 'Hari Berikutnya' } })).ok).toBe(true);
    const r = await check();
    expect(r.ok).toBe(false);
    expect(alerts().map((a) => a.summary)).toEqual([messages.auditChain.accountsChanged]);
  });
});
