// Backups as the app makes them: a consistent, checked copy of the running database with its
// checksum, named by date, in the backups folder beside the database; the daily one at start-up
// keeping the last N; the list with its verified state; the start-up integrity check.
import { rawOf, sqliteOf } from '../support/sqliteOf';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupEntry, BackupList, DbCheck, FileRef, Result } from '../../shared/contract';
import { fill, messages } from '../../shared/i18n';
import { BACKUP_NAME } from '../../shared/contract/backup';
import { setBackupKeep } from '../../electron/core/backup/backupSettings';
import { createBackup } from '../../electron/core/backup/createBackup';
import { dailyBackup } from '../../electron/core/backup/dailyBackup';
import { listBackups } from '../../electron/core/backup/listBackups';
import { installationKey, keyPath, signatureValid } from '../../electron/core/backup/backupKey';
import { manifestPath, readManifest } from '../../electron/core/backup/manifest';
import { openAtStartup } from '../../electron/core/backup/openAtStartup';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { AppError } from '../../electron/core/errors';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { backupsDirFor } from '../../electron/core/paths';
import { seedDemo } from '../../electron/core/services/demo/seedDemo';
import { adminSession } from '../support/auth';
import { damageDatabase, fileSha256, integrityOf } from '../support/crashFiles';
import { tempContext } from '../support/tempDb';

let t: Awaited<ReturnType<typeof tempContext>>;
let dir: string;
beforeEach(async () => {
  // Backups are copies of the SQLite file (PostgreSQL's registry is kept with the server's tools).
  t = await tempContext({}, 'sqlite');
  dir = backupsDirFor(t.file);
  await seedDemo(t.ctx.db, 60);
});
afterEach(async () => {
  // Tests that reopen put their database in t.ctx.db; close whichever is open.
  await t.ctx.db.close();
  await t.cleanup();
});

const call = async <T>(channel: string, payload: unknown = {}): Promise<T> => {
  const r = (await dispatch(channel, payload, t.ctx.core, adminSession(t.ctx))) as Result<T>;
  if (!r.ok) throw new AppError(r.error.code, r.error.message);
  return r.value;
};
const latest = MIGRATIONS.map((M) => new M().name).at(-1);
const count = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM umkm WHERE deleted_at IS NULL`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};
const day = (d: number, h = 8) => new Date(2025, 10, d, h, 0, 0);

describe('a backup', () => {
  it('is a checked copy with its checksum, named by date, in the backups folder beside the database', async () => {
    const made = await createBackup(rawOf(t.ctx.db), dir, { appVersion: '9.9.9', kind: 'manual', now: new Date(2025, 11, 1, 9, 30, 15) });
    expect(made.name).toBe('kemitraan-2025-12-01-093015.sqlite');
    expect(made.file).toBe(path.join(path.dirname(t.file), 'backups', made.name));
    expect(fs.readdirSync(dir).sort()).toEqual([made.name, `${made.name}.json`]);
    const m = readManifest(made.file)!;
    expect(m).toEqual({
      sha256: fileSha256(made.file),
      size: fs.statSync(made.file).size,
      createdAt: new Date(2025, 11, 1, 9, 30, 15).toISOString(),
      appVersion: '9.9.9',
      schemaVersion: latest,
      umkmCount: 60,
      kind: 'manual',
      // The newest line of its audit trail (none yet here), and the installation's signature over it all.
      auditId: 0,
      auditHash: '',
      signature: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    // Signed with the key beside the database, a file only this account may read.
    const key = installationKey(t.file, false);
    expect(signatureValid(m, key)).toBe(true);
    expect(signatureValid({ ...m, umkmCount: 61 }, key)).toBe(false);
    if (process.platform !== 'win32') expect(fs.statSync(keyPath(t.file)).mode & 0o077).toBe(0);
    expect(integrityOf(made.file)).toEqual(['ok']);
    expect(count(made.file)).toBe(60);
    // One self-contained file: no WAL to lose on the way to a USB stick.
    const copy = new Database(made.file, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
  });

  it('holds the last commit while another connection is in the middle of a write (consistent while the app runs)', async () => {
    const other = new Database(t.file);
    other.exec(`BEGIN IMMEDIATE`);
    other.prepare(`UPDATE umkm SET business_name = 'Belum disimpan' WHERE id = 1`).run();
    other.prepare(`UPDATE umkm SET deleted_at = '2025-12-01T00:00:00.000Z' WHERE id = 2`).run();
    const made = await createBackup(rawOf(t.ctx.db), dir, { appVersion: 'test', kind: 'manual' });
    other.exec(`COMMIT`);
    other.close();
    const copy = new Database(made.file, { readonly: true });
    expect((copy.prepare(`SELECT business_name FROM umkm WHERE id = 1`).get() as { business_name: string }).business_name).not.toBe('Belum disimpan');
    expect(count(made.file)).toBe(60);
    copy.close();
    expect(count(t.file)).toBe(59);
  });

  it('gets a second name when two are made in the same second', async () => {
    const now = new Date(2025, 11, 1, 9, 30, 15);
    const a = await createBackup(rawOf(t.ctx.db), dir, { appVersion: 'test', kind: 'manual', now });
    const b = await createBackup(rawOf(t.ctx.db), dir, { appVersion: 'test', kind: 'manual', now });
    expect([a.name, b.name]).toEqual(['kemitraan-2025-12-01-093015.sqlite', 'kemitraan-2025-12-01-093015-2.sqlite']);
    expect(BACKUP_NAME.test(b.name)).toBe(true);
  });
});

describe('the list', () => {
  it('is newest first and tells verified, unverified (no manifest) and damaged (changed since) apart', async () => {
    const older = await createBackup(rawOf(t.ctx.db), dir, { appVersion: 'test', kind: 'daily', now: day(3) });
    const newer = await createBackup(rawOf(t.ctx.db), dir, { appVersion: 'test', kind: 'manual', now: day(5) });
    const byHand = path.join(dir, 'kemitraan-2025-11-04-080000.sqlite');
    fs.copyFileSync(older.file, byHand);
    fs.appendFileSync(newer.file, Buffer.alloc(4096, 1));
    fs.writeFileSync(path.join(dir, 'catatan.txt'), 'bukan cadangan');
    const list = listBackups(dir);
    expect(list.map((b) => [b.name, b.state, b.kind])).toEqual([
      [newer.name, 'damaged', 'manual'],
      ['kemitraan-2025-11-04-080000.sqlite', 'unverified', 'manual'],
      [older.name, 'verified', 'daily'],
    ]);
  });

  it('answers through the handler table with the folder and the number kept; save hands over the backup itself', async () => {
    const made = await call<BackupEntry>('backup:create');
    expect(made).toMatchObject({ kind: 'manual', state: 'verified', umkmCount: 60, schemaVersion: latest });
    expect(made).not.toHaveProperty('file');
    const list = await call<BackupList>('backup:list');
    expect(list).toEqual({ backups: [made], dir, keep: 14 });
    const saved = await call<{ file: FileRef }>('backup:save', { name: made.name });
    expect(saved.file).toMatchObject({ name: made.name, size: made.size });
    expect(fileSha256(t.ctx.files.get(saved.file.fileId).path)).toBe(made.sha256);
    expect(await call<{ keep: number }>('backup:setKeep', { keep: 5 })).toEqual({ keep: 5 });
    expect((await call<BackupList>('backup:list')).keep).toBe(5);
  });

  it('refuses names that are not backups (no path can ride in) and names not in the folder', async () => {
    const bad = await dispatch('backup:save', { name: '../test.sqlite' }, t.ctx.core, adminSession(t.ctx));
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const missing = await dispatch('backup:save', { name: 'kemitraan-2020-01-01-000000.sqlite' }, t.ctx.core, adminSession(t.ctx));
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: fill(messages.backupErrors.unknownBackup, { name: 'kemitraan-2020-01-01-000000.sqlite' }) } });
  });
});

describe('the daily backup at start-up', () => {
  it('makes one when today has none, none when it has, and keeps only the newest N', async () => {
    await setBackupKeep(t.ctx.settings, 3);
    for (const d of [1, 2, 3, 4, 5]) await createBackup(rawOf(t.ctx.db), dir, { appVersion: 'test', kind: 'daily', now: day(d) });
    const safety = await createBackup(rawOf(t.ctx.db), dir, { appVersion: 'test', kind: 'pre-restore', now: day(1) });
    const first = await dailyBackup(t.ctx.core, day(6, 7));
    expect(first?.name).toBe('kemitraan-2025-11-06-070000.sqlite');
    expect(first?.manifest.kind).toBe('daily');
    expect(await dailyBackup(t.ctx.core, day(6, 15))).toBeNull();
    const names = listBackups(dir).map((b) => b.name);
    expect(names).toEqual(['kemitraan-2025-11-06-070000.sqlite', 'kemitraan-2025-11-05-080000.sqlite', 'kemitraan-2025-11-04-080000.sqlite', safety.name]);
    // Pruned with their manifests.
    expect(fs.existsSync(manifestPath(path.join(dir, 'kemitraan-2025-11-01-080000.sqlite')))).toBe(false);
  });

  it('keeps 14 unless the setting says otherwise', async () => {
    for (let d = 1; d <= 16; d++) await createBackup(rawOf(t.ctx.db), dir, { appVersion: 'test', kind: 'daily', now: day(d) });
    await dailyBackup(t.ctx.core, day(17));
    expect(listBackups(dir)).toHaveLength(14);
  });
});

describe('the integrity check', () => {
  it('db:check reports ok, the schema, the migrations and the backups', async () => {
    const made = await call<BackupEntry>('backup:create');
    const check = await call<DbCheck>('db:check');
    expect(check).toMatchObject({ ok: true, file: t.file, integrity: ['ok'], schemaVersion: latest, pending: [], unknown: [], backups: 1, latestBackup: made.name, latestGoodBackup: made.name });
    expect(check.applied).toEqual(MIGRATIONS.map((M) => new M().name));
  });

  it('openDatabase with the check refuses a damaged file with DB_DAMAGED naming the latest good backup, and leaves it as it was', async () => {
    const good = await createBackup(rawOf(t.ctx.db), dir, { appVersion: 'test', kind: 'daily', now: day(20) });
    await t.ctx.db.close();
    damageDatabase(t.file);
    const before = fileSha256(t.file);
    const err = await openDatabase({ file: t.file, integrity: 'quick' }).then(
      () => null,
      (e: AppError) => e,
    );
    expect(err?.code).toBe('DB_DAMAGED');
    expect(err?.message).toContain(good.name);
    expect(err?.message).toContain('tidak dibuka untuk ditulis');
    expect(fileSha256(t.file)).toBe(before);
    expect(fs.existsSync(`${t.file}-wal`)).toBe(false);
    t.core.replaceDatabase(await openDatabase({ file: good.file }));
  });

  it('says when there is no good backup to offer', async () => {
    await t.ctx.db.close();
    damageDatabase(t.file);
    const err = await openDatabase({ file: t.file, integrity: 'full' }).catch((e: AppError) => e);
    expect((err as AppError).code).toBe('DB_DAMAGED');
    expect((err as AppError).message).toContain('belum ada cadangan yang baik');
    t.core.replaceDatabase(await openDatabase({ file: path.join(t.dir, 'other.sqlite') }));
  });
});

describe('start-up on a damaged database', () => {
  it('offers the newest verified backup; restoring it moves the damaged file aside and opens the backup', async () => {
    const good = await createBackup(rawOf(t.ctx.db), dir, { appVersion: 'test', kind: 'daily', now: day(20) });
    fs.appendFileSync((await createBackup(rawOf(t.ctx.db), dir, { appVersion: 'test', kind: 'daily', now: day(21) })).file, 'x');
    await t.ctx.db.close();
    damageDatabase(t.file);
    const damagedSha = fileSha256(t.file);
    const offered: string[] = [];
    const opened = await openAtStartup(t.file, {
      ask: async (plan) => {
        offered.push(plan.backup.name);
        return true;
      },
    });
    expect(offered).toEqual([good.name]);
    t.core.replaceDatabase(sqliteOf(opened!.db));
    expect(opened!.notice).toContain(good.name);
    expect(integrityOf(t.file)).toEqual(['ok']);
    expect(count(t.file)).toBe(60);
    const aside = fs.readdirSync(dir).find((n) => n.startsWith('damaged-'))!;
    expect(fileSha256(path.join(dir, aside))).toBe(damagedSha);
    // The restore is in the trail of the database restored.
    const row = rawOf(t.ctx.db).prepare(`SELECT action, username, summary FROM audit_log ORDER BY id DESC LIMIT 1`).get() as Record<string, string>;
    expect(row).toMatchObject({ action: 'backup_restore', username: 'sistem' });
    expect(row.summary).toContain(good.name);
  });

  it('quitting at the offer leaves the damaged file untouched and opens nothing', async () => {
    await createBackup(rawOf(t.ctx.db), dir, { appVersion: 'test', kind: 'daily', now: day(20) });
    await t.ctx.db.close();
    damageDatabase(t.file);
    const before = fileSha256(t.file);
    expect(await openAtStartup(t.file, { ask: async () => false })).toBeNull();
    expect(fileSha256(t.file)).toBe(before);
    t.core.replaceDatabase(await openDatabase({ file: path.join(t.dir, 'other.sqlite') }));
  });

  it('a sound file opens straight away, without asking', async () => {
    await t.ctx.db.close();
    const opened = await openAtStartup(t.file, { ask: async () => Promise.reject(new Error('must not ask')) });
    t.core.replaceDatabase(sqliteOf(opened!.db));
    expect(opened!.notice).toBeNull();
  });
});
