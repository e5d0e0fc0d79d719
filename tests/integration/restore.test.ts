// Restoring a backup while the app runs: checked first (checksum, integrity_check, schema), a
// safety copy of the current database, the file swapped and reopened in the same context, an
// older backup migrated forward, the restore in the audit trail. Every refusal leaves the current
// database exactly as it was.
import { rawOf } from '../support/sqliteOf';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupEntry, RestoreResult, Result } from '../../shared/contract';
import { fill, messages } from '../../shared/i18n';
import { createBackup } from '../../electron/core/backup/createBackup';
import { listBackups } from '../../electron/core/backup/listBackups';
import { manifestPath, readManifest } from '../../electron/core/backup/manifest';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { backupsDirFor } from '../../electron/core/paths';
import { seedDemo } from '../../electron/core/services/demo/seedDemo';
import { demoUmkm } from '../../electron/core/services/demo/demoRegistry';
import { adminSession, signedIn } from '../support/auth';
import { damageDatabase, fileSha256, integrityOf } from '../support/crashFiles';
import { databaseAt } from '../support/migrationHarness';
import { tempContext, validUmkm } from '../support/tempDb';

let t: Awaited<ReturnType<typeof tempContext>>;
let dir: string;
beforeEach(async () => {
  // Restoring a backup copy is the SQLite file's (PostgreSQL's registry is kept with the server's tools).
  t = await tempContext({}, 'sqlite');
  dir = backupsDirFor(t.file);
  await seedDemo(t.ctx.db, 60);
});
afterEach(async () => {
  await t.ctx.db.close();
  await t.cleanup();
});

const KNOWN = MIGRATIONS.map((M) => new M().name);
const call = (channel: string, payload: unknown) => dispatch(channel, payload, t.ctx.core, adminSession(t.ctx));
const ok = async <T>(channel: string, payload: unknown): Promise<T> => {
  const r = (await call(channel, payload)) as Result<T>;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};
const nameOf = async (id: number) => (await t.ctx.umkm.get(id)).businessName;
/** The current database as bytes (file and WAL), to show a refusal changed nothing. */
const dbState = () => [t.file, `${t.file}-wal`].map((f) => (fs.existsSync(f) ? fileSha256(f) : '-')).join('/');

/** A file chosen by the clerk (as the open dialog or an upload would give it). */
const chosen = (file: string) => t.ctx.files.register(file).fileId;

/**
 * A file this installation did not sign is restored only on a (real) admin's password: refusals of
 * such files are checked past that step, as an admin who vouched for the source.
 */
const PASSWORD = 'kata-sandi-uji';
const restorer = () => signedIn(t.ctx, 'admin', 'admin-pemulih', PASSWORD);
async function vouching(payload: Record<string, unknown>, session?: Awaited<ReturnType<typeof restorer>>) {
  return dispatch('backup:restore', { ...payload, trustPassword: PASSWORD }, t.ctx.core, session ?? (await restorer()));
}

async function refusedRestore(payload: Record<string, unknown>, vouch = false): Promise<{ code: string; message: string }> {
  // Signed in first: the sign-in itself writes (the last sign-in time).
  const session = vouch ? await restorer() : undefined;
  const before = dbState();
  const umkmBefore = await t.ctx.umkm.countActive();
  const backupsBefore = listBackups(dir).map((b) => b.name);
  const r = session ? await vouching(payload, session) : await call('backup:restore', payload);
  expect(r.ok).toBe(false);
  // Untouched: same bytes, same rows, no safety copy made, no staging file left.
  expect(dbState()).toBe(before);
  expect(await t.ctx.umkm.countActive()).toBe(umkmBefore);
  expect(listBackups(dir).map((b) => b.name)).toEqual(backupsBefore);
  expect(fs.readdirSync(t.dir).filter((n) => n.includes('.part'))).toEqual([]);
  return (r as { error: { code: string; message: string } }).error;
}

describe('restoring a backup from the list', () => {
  it('brings the old data back in the same context, with a safety copy of what was replaced and a line in the trail', async () => {
    const original = await nameOf(1);
    const backup = await ok<BackupEntry>('backup:create', {});
    await ok('umkm:update', { id: 1, changes: { businessName: 'Nama Sesudah Cadangan' } });
    const added = await ok<{ id: number }>('umkm:create', validUmkm({ nik: '6471054506880002', businessName: 'UMKM Baru' }));
    const sameContext = t.ctx;

    const result = await ok<RestoreResult>('backup:restore', { name: backup.name });
    expect(result).toMatchObject({ restoredFrom: backup.name, schemaVersion: KNOWN.at(-1), migratedFrom: null, umkmCount: 60 });
    expect(t.ctx).toBe(sameContext);
    expect(await nameOf(1)).toBe(original);
    expect((await call('umkm:get', { id: added.id })).ok).toBe(false);
    expect(integrityOf(t.file)).toEqual(['ok']);

    // The safety copy holds the database as it was just before.
    const safety = listBackups(dir).find((b) => b.name === result.safetyCopy)!;
    expect(safety).toMatchObject({ kind: 'pre-restore', state: 'verified', umkmCount: 61 });
    const copy = new Database(safety.file, { readonly: true });
    expect((copy.prepare(`SELECT business_name FROM umkm WHERE id = 1`).get() as { business_name: string }).business_name).toBe('Nama Sesudah Cadangan');
    copy.close();

    // The admin is still signed in and the restore is in the restored database's trail.
    const row = rawOf(t.ctx.db).prepare(`SELECT action, entity, username, summary FROM audit_log WHERE action = 'backup_restore'`).get() as Record<string, string>;
    expect(row).toMatchObject({ action: 'backup_restore', entity: 'database', username: 'uji-admin' });
    // What happened after the backup was made is carried into the restored trail, marked, in order.
    const carried = rawOf(t.ctx.db).prepare(`SELECT action, entity, entity_id AS entityId, summary FROM audit_log WHERE summary LIKE ? ORDER BY id`).all(`${messages.backupAudit.carriedPrefix}%`) as Array<Record<string, unknown>>;
    expect(carried.map((c) => [c.action, c.entity, c.entityId])).toEqual([
      ['backup_create', 'database', null],
      ['update', 'umkm', 1],
      ['create', 'umkm', added.id],
    ]);
    expect(row.summary).toBe(fill(messages.backupAudit.restoredCarried, { name: backup.name, n: 60, safety: result.safetyCopy, carried: 3 }));
    // Writes go to the restored file (the context's services were rebuilt on the new connection).
    await ok('umkm:update', { id: 2, changes: { businessName: 'Sesudah Pemulihan' } });
    const file = new Database(t.file, { readonly: true });
    expect((file.prepare(`SELECT business_name FROM umkm WHERE id = 2`).get() as { business_name: string }).business_name).toBe('Sesudah Pemulihan');
    file.close();
  });

  it('restores a file the clerk chose (a USB stick), checking its checksum when the manifest came along', async () => {
    const backup = await createBackup(rawOf(t.ctx.db), dir, { appVersion: 'test', kind: 'manual' });
    const usb = path.join(t.dir, 'usb');
    fs.mkdirSync(usb);
    fs.copyFileSync(backup.file, path.join(usb, 'cadangan.sqlite'));
    fs.copyFileSync(manifestPath(backup.file), manifestPath(path.join(usb, 'cadangan.sqlite')));
    await ok('umkm:delete', { id: 5 });
    const r = await ok<RestoreResult>('backup:restore', { fileId: chosen(path.join(usb, 'cadangan.sqlite')) });
    expect(r.restoredFrom).toBe('cadangan.sqlite');
    expect(await t.ctx.umkm.countActive()).toBe(60);
  });
});

const COLS = ['business_name', 'owner_name', 'nik', 'nib', 'address', 'kecamatan', 'kelurahan', 'sector', 'employees', 'capital', 'annual_sales', 'assets',
  'market_reach', 'status', 'registered_at', 'class', 'class_basis'];

/** A backup an earlier release made: only its first `upTo` migrations, with `rows` UMKM. */
async function olderBackup(file: string, upTo: number, rows: number): Promise<void> {
  await databaseAt(file, upTo, (db) => {
    const insert = db.prepare(`INSERT INTO umkm (${COLS.join(', ')}, created_at, updated_at) VALUES (${COLS.map(() => '?').join(', ')}, ?, ?)`);
    for (const u of demoUmkm(rows)) {
      insert.run(
        u.businessName, u.ownerName, u.nik, u.nib, u.address, u.kecamatan, u.kelurahan, u.sector, u.employees, u.capital, u.annualSales, u.assets,
        u.marketReach, u.status, u.registeredAt, u.class, u.classBasis, '2025-01-10T00:00:00.000Z', '2025-01-10T00:00:00.000Z',
      );
    }
  });
}

describe('an older backup', () => {
  it('is migrated forward on restore and says from which schema', async () => {
    const file = path.join(t.dir, 'kemitraan-lama.sqlite');
    await olderBackup(file, 2, 25);
    // Made outside the app (no signed manifest): restored on an admin's word, and said so.
    expect((await refusedRestore({ fileId: chosen(file) })).code).toBe('UNVERIFIED_BACKUP');
    const vouched = (await vouching({ fileId: chosen(file) })) as Result<RestoreResult>;
    if (!vouched.ok) throw new Error(vouched.error.message);
    const r = vouched.value;
    expect(r).toMatchObject({ migratedFrom: KNOWN[1], schemaVersion: KNOWN.at(-1), umkmCount: 25, unverifiedSource: true });
    const applied = (rawOf(t.ctx.db).prepare(`SELECT name FROM migrations ORDER BY id`).all() as Array<{ name: string }>).map((m) => m.name);
    expect(applied).toEqual(KNOWN);
    // Migration 3 gave every UMKM its first class record: the timeline works on restored data.
    expect((await ok<{ records: unknown[] }>('progress:timeline', { id: 1 })).records).toHaveLength(1);
    expect(integrityOf(t.file)).toEqual(['ok']);
  });
});

describe('refusals leave the current database untouched', () => {
  it('a manifest whose checksum does not match', async () => {
    const backup = await createBackup(rawOf(t.ctx.db), dir, { appVersion: 'test', kind: 'manual' });
    const m = readManifest(backup.file)!;
    fs.writeFileSync(manifestPath(backup.file), JSON.stringify({ ...m, sha256: 'f'.repeat(64) }));
    // The signature covers the checksum: the manifest is no longer this installation's.
    expect(await refusedRestore({ name: backup.name })).toEqual({ code: 'UNVERIFIED_BACKUP', message: fill(messages.backupErrors.unverified, { file: backup.name }) });
    // Vouched for, the checksum still does not match the file.
    const err = await refusedRestore({ name: backup.name }, true);
    expect(err).toEqual({ code: 'BAD_FILE', message: fill(messages.backupErrors.checksumMismatch, { file: backup.name }) });
  });

  it('a backup changed after it was made (one name edited in place, still a sound SQLite file)', async () => {
    const backup = await createBackup(rawOf(t.ctx.db), dir, { appVersion: 'test', kind: 'manual' });
    const bytes = fs.readFileSync(backup.file);
    const name = Buffer.from(await nameOf(1));
    const at = bytes.indexOf(name);
    expect(at).toBeGreaterThan(0);
    bytes.write('X', at);
    fs.writeFileSync(backup.file, bytes);
    expect(integrityOf(backup.file)).toEqual(['ok']);
    const err = await refusedRestore({ name: backup.name });
    expect(err.message).toContain('Checksum cadangan');
  });

  it('a damaged backup (no manifest, so integrity_check must catch it)', async () => {
    const file = path.join(t.dir, 'rusak.sqlite');
    await createBackup(rawOf(t.ctx.db), t.dir, { appVersion: 'test', kind: 'manual' }).then((b) => fs.renameSync(b.file, file));
    damageDatabase(file);
    const err = await refusedRestore({ fileId: chosen(file) }, true);
    expect(err.code).toBe('BAD_FILE');
    expect(err.message).toMatch(/^Cadangan rusak\.sqlite rusak \(/);
    expect(err.message).toContain('Basis data saat ini tidak diubah');
  });

  it('a backup from a newer app version', async () => {
    const file = path.join(t.dir, 'baru.sqlite');
    rawOf(t.ctx.db).prepare('VACUUM INTO ?').run(file);
    const db = new Database(file);
    db.prepare(`INSERT INTO migrations (timestamp, name) VALUES (?, ?)`).run(1_900_000_000_000, 'KemitraanLanjut1900000000000');
    db.close();
    const err = await refusedRestore({ fileId: chosen(file) }, true);
    expect(err).toEqual({ code: 'DB_TOO_NEW', message: fill(messages.backupErrors.tooNew, { file: 'baru.sqlite', names: 'KemitraanLanjut1900000000000' }) });
  });

  it('a file that is not a backup at all', async () => {
    const text = path.join(t.dir, 'catatan.sqlite');
    fs.writeFileSync(text, 'ini bukan basis data\n'.repeat(300));
    expect(await refusedRestore({ fileId: chosen(text) }, true)).toEqual({ code: 'BAD_FILE', message: fill(messages.backupErrors.notBackup, { file: 'catatan.sqlite' }) });
    const empty = path.join(t.dir, 'kosong.sqlite');
    new Database(empty).close();
    expect((await refusedRestore({ fileId: chosen(empty) }, true)).code).toBe('BAD_FILE');
  });

  it('a restore by someone who is not an admin', async () => {
    const backup = await createBackup(rawOf(t.ctx.db), dir, { appVersion: 'test', kind: 'manual' });
    const { sessionAs } = await import('../support/auth');
    const r = await dispatch('backup:restore', { name: backup.name }, t.ctx.core, sessionAs(t.ctx, 'operator'));
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
