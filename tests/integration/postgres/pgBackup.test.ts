// Backups and restores of a PostgreSQL registry (backup/serverBackup.ts, serverRestore.ts), on a real
// server (env KEMITRAAN_TEST_PG; every database made here is dropped afterwards), with this PC's
// data folder a temp folder (KEMITRAAN_DATA_DIR: the backups and the installation's key):
// - a backup is the same portable SQLite file the app makes of its own file: it opens as a
//   registry with the server's counts, its schema exactly SQLite's, its audit chain whole, its
//   manifest signed here; the daily backup makes one a day;
// - restoring it over the same registry brings it back as it was, with the trail's lines written
//   since carried; over another, non-empty one it replaces all of its content; a tampered or
//   unsigned file is refused and the server is left as it was; sessions follow the restored accounts;
// - the command line: backup --pg (folder and --out), restore --pg, move-to-postgres.
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupEntry, BackupList, RestoreResult, Result } from '../../../shared/contract';
import { messages } from '../../../shared/i18n';
import type { SessionRef } from '../../../electron/core/auth/sessions';
import { installationKey, signatureValid } from '../../../electron/core/backup/backupKey';
import { fileAuditChain } from '../../../electron/core/backup/chainCheck';
import { dailyBackup } from '../../../electron/core/backup/dailyBackup';
import { inspectDatabase } from '../../../electron/core/backup/inspectDatabase';
import { manifestPath, readManifest, sha256File } from '../../../electron/core/backup/manifest';
import { schemaChanges } from '../../../electron/core/backup/schemaCheck';
import { writeBackup } from '../../../electron/core/backup/createBackup';
import { serverHome } from '../../../electron/core/backup/serverHome';
import { Core } from '../../../electron/core/core';
import { ENTITIES } from '../../../electron/core/db/entities';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openPostgres } from '../../../electron/core/db/postgres/openPostgres';
import { dispatch } from '../../../electron/core/dispatch/dispatch';
import { signedIn } from '../../support/auth';
import { databaseAt, MIGRATION_NAMES } from '../../support/migrationHarness';
import { runCli } from '../../support/cli';
import { migratedPgDatabase } from '../../support/pgDatabase';
import { freshPgDatabase, PG_SKIP_REASON, pgUrl } from '../../support/pgTest';
import { scopeOf, validUmkm } from '../../support/tempDb';
import { tempDir } from '../../support/tempDir';
import { brokenAt, pgCounts, pgRows, pgTrail } from './pgTrail';

const url = pgUrl();
if (!url) console.warn(PG_SKIP_REASON);

function value<T>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

const TABLES = ENTITIES.map((e) => (e as unknown as { options: { tableName: string } }).options.tableName);
/** The tables a restore fills from the backup (the counts kept by triggers follow them). */
const BASE = TABLES.filter((t) => !t.startsWith('rekap_') && t !== 'riwayat_tahunan' && t !== 'perpindahan_tahunan');

function fileCounts(file: string): Record<string, number> {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    return Object.fromEntries(TABLES.map((t) => [t, (db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}

/** A registry on its own new database, its Core, and an admin signed in there. */
interface Registry {
  url: string;
  core: Core;
  admin: SessionRef;
  call: <T>(channel: Parameters<typeof dispatch>[0], payload: unknown, session?: SessionRef) => Promise<T>;
}

describe.skipIf(!url)('backups and restores of a PostgreSQL registry', () => {
  const data = tempDir('kemitraan-pgbk-');
  const drops: Array<() => Promise<void>> = [];
  const cores: Core[] = [];
  const previousDataDir = process.env.KEMITRAAN_DATA_DIR;
  let a: Registry;
  let backup: BackupEntry;
  const backups = path.join(data.dir, 'backups');

  async function registry(umkm: number, admin = 'admin'): Promise<Registry> {
    const pg = await migratedPgDatabase();
    drops.push(pg.drop);
    const core = new Core(await openPostgres({ url: pg.url, poolSize: 4 }), { appVersion: 'test' });
    cores.push(core);
    const session = await signedIn(scopeOf(core), 'admin', admin);
    if (umkm > 0) value(await dispatch('demo:seed', { umkm }, core, session));
    const call = async <T>(channel: Parameters<typeof dispatch>[0], payload: unknown, s = session) => value<T>(await dispatch(channel, payload, core, s));
    return { url: pg.url, core, admin: session, call };
  }

  beforeAll(async () => {
    process.env.KEMITRAAN_DATA_DIR = data.dir;
    a = await registry(120);
    await a.call('umkm:create', validUmkm({ nik: '6471054506881111', businessName: 'Sebelum Cadangan' }));
  }, 120_000);

  afterAll(async () => {
    for (const c of cores) await c.close().catch(() => undefined);
    for (const drop of drops) await drop();
    if (previousDataDir === undefined) delete process.env.KEMITRAAN_DATA_DIR;
    else process.env.KEMITRAAN_DATA_DIR = previousDataDir;
    data.remove();
  });

  it('writes the portable SQLite backup: same counts, exact schema, whole chain, a manifest signed here', async () => {
    const onServer = await pgCounts(a.url, TABLES);
    backup = await a.call<BackupEntry>('backup:create', {});
    const file = path.join(backups, backup.name);
    expect(backup).toMatchObject({ kind: 'manual', state: 'verified', umkmCount: 121, schemaVersion: MIGRATIONS.map((M) => new M().name).at(-1) });
    // One self-contained file (no journal beside it), and nothing half-made left in the folder.
    expect(fs.readdirSync(backups).sort()).toEqual([backup.name, `${backup.name}.json`]);
    const counts = fileCounts(file);
    // The backup's trail ends before the line recording it (written after the copy).
    expect(counts).toEqual({ ...onServer });
    const manifest = readManifest(file)!;
    expect(manifest.sha256).toBe(await sha256File(file));
    expect(signatureValid(manifest, installationKey(serverHome(), false))).toBe(true);
    expect(fs.existsSync(path.join(data.dir, 'kunci-cadangan.key'))).toBe(true);
    const ins = inspectDatabase(file, { mode: 'full' });
    expect(ins.intact).toBe(true);
    expect(await schemaChanges(file, ins.schemaVersion)).toEqual([]);
    const chain = fileAuditChain(file, ins, null);
    expect(chain).toMatchObject({ ok: true, rows: counts.audit_log });
    expect(manifest.auditId).toBe(counts.audit_log);
    const journal = new BetterSqlite3(file, { readonly: true });
    expect(journal.pragma('journal_mode', { simple: true })).toBe('delete');
    journal.close();
    const listed = await a.call<BackupList>('backup:list', {});
    expect(listed.dir).toBe(backups);
    expect(listed.backups.map((b) => b.name)).toContain(backup.name);
    // Saved elsewhere (a USB stick) as any backup is: handed over once its line is in the server's trail.
    const handed = await a.call<{ file: { fileId: string } }>('backup:save', { name: backup.name });
    expect(a.core.files.get(handed.file.fileId).path).toBe(file);
    expect((await pgTrail(a.url)).at(-1)).toMatchObject({ action: 'backup_copy' });
    // The file check is the SQLite file's own, refused clearly on the server.
    const check = await dispatch('db:check', {}, a.core, a.admin);
    expect(check).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  }, 60_000);

  it('makes the daily backup of the server once a day', async () => {
    const day = new Date(2031, 4, 6, 8, 0, 0);
    const first = await dailyBackup(a.core, day);
    expect(first?.name).toBe('kemitraan-2031-05-06-080000.sqlite');
    expect(first?.manifest.kind).toBe('daily');
    expect(await dailyBackup(a.core, new Date(2031, 4, 6, 15, 0, 0))).toBeNull();
    fs.rmSync(first!.file);
    fs.rmSync(manifestPath(first!.file));
  }, 60_000);

  it('restores over the same registry: as backed up, with the lines written since carried', async () => {
    const atBackup = fileCounts(path.join(backups, backup.name));
    const later = await a.call<{ id: number }>('umkm:create', validUmkm({ nik: '6471054506882222', businessName: 'Sesudah Cadangan' }));
    const linesBefore = await pgTrail(a.url);
    const result = await a.call<RestoreResult>('backup:restore', { name: backup.name });
    expect(result).toMatchObject({ restoredFrom: backup.name, umkmCount: 121, unverifiedSource: false, migratedFrom: null });
    expect(result.safetyCopy).toMatch(/^pre-restore-/);
    // The UMKM made after the backup is gone from the registry, kept in the safety copy.
    expect(await dispatch('umkm:get', { id: later.id }, a.core, a.admin)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(fileCounts(path.join(backups, result.safetyCopy)).umkm).toBe(atBackup.umkm! + 1);
    const now = await pgCounts(a.url, BASE);
    for (const t of BASE) if (t !== 'audit_log') expect(now[t], t).toBe(atBackup[t]);
    // The trail: the backup's lines, then the lines written after it (the backup's own line, the new
    // UMKM's) carried, then the restore's; whole from the first to the last.
    const trail = await pgTrail(a.url);
    expect(brokenAt(trail)).toBeNull();
    const carried = trail.filter((l) => l.summary.startsWith(messages.backupAudit.carriedPrefix));
    expect(carried.length).toBe(linesBefore.length - atBackup.audit_log!);
    expect(carried.some((l) => l.summary.includes('Sesudah Cadangan'))).toBe(true);
    expect(trail.at(-1)!.action).toBe('backup_restore');
    expect(trail.length).toBe(atBackup.audit_log! + carried.length + 1);
    // The id counter is the backup's: the UMKM made after it does not give its id away again twice.
    const next = await a.call<{ id: number }>('umkm:create', validUmkm({ nik: '6471054506883333' }));
    expect(next.id).toBe(Number((await pgRows(a.url, `SELECT max(id) AS m FROM umkm`))[0]!.m));
    expect(next.id).toBeGreaterThan(120);
  }, 90_000);

  it('replaces all of another registry with the backup, and ends the sessions its accounts no longer hold', async () => {
    const c = await registry(60, 'kepala');
    const cLines = (await pgTrail(c.url)).length;
    const restored = await c.call<RestoreResult>('backup:restore', { name: backup.name });
    expect(restored.umkmCount).toBe(121);
    const atBackup = fileCounts(path.join(backups, backup.name));
    const now = await pgCounts(c.url, TABLES);
    for (const t of BASE) if (t !== 'audit_log') expect(now[t], t).toBe(atBackup[t]);
    const names = (await pgRows(c.url, `SELECT username FROM pengguna ORDER BY id`)).map((r) => r.username);
    expect(names).toEqual(['admin']);
    // Its own trail, from another registry, carried whole after the backup's.
    const trail = await pgTrail(c.url);
    expect(brokenAt(trail)).toBeNull();
    expect(trail.length).toBe(atBackup.audit_log! + cLines + 1);
    // The account that restored is not in the backup: its session ended.
    expect(await dispatch('umkm:list', {}, c.core, c.admin)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  }, 90_000);

  it('refuses a tampered or unsigned backup and leaves the server as it was', async () => {
    const src = path.join(backups, backup.name);
    const before = await pgCounts(a.url, TABLES);
    const tampered = path.join(data.dir, 'diubah.sqlite');
    fs.copyFileSync(src, tampered);
    fs.copyFileSync(manifestPath(src), manifestPath(tampered));
    const db = new BetterSqlite3(tampered);
    db.pragma('user_version = 7');
    db.close();
    const restore = (file: string) => dispatch('backup:restore', { fileId: a.core.files.register(file).fileId }, a.core, a.admin);
    const changed = await restore(tampered);
    expect(changed).toMatchObject({ ok: false, error: { code: 'BAD_FILE', message: expect.stringContaining('Checksum') } });
    const unsigned = path.join(data.dir, 'tanpa-manifes.sqlite');
    fs.copyFileSync(src, unsigned);
    expect(await restore(unsigned)).toMatchObject({ ok: false, error: { code: 'UNVERIFIED_BACKUP' } });
    expect(await pgCounts(a.url, TABLES)).toEqual(before);
    // No staged copy left behind in the data folder.
    expect(fs.readdirSync(data.dir).filter((f) => f.includes('restore.part'))).toEqual([]);
  }, 60_000);

  it('restores a backup of an older version, migrated forward in its staged copy only', async () => {
    const old = path.join(data.dir, 'lama.sqlite');
    await databaseAt(old, MIGRATIONS.length - 1);
    const raw = new BetterSqlite3(old, { readonly: true });
    const signed = path.join(data.dir, 'cadangan-lama.sqlite');
    await writeBackup(raw, signed, { appVersion: 'lama', kind: 'manual' }, serverHome());
    raw.close();
    const sha = await sha256File(signed);
    const e = await registry(30, 'admin-e');
    const r = await e.call<RestoreResult>('backup:restore', { fileId: e.core.files.register(signed).fileId });
    expect(r).toMatchObject({ umkmCount: 0, migratedFrom: MIGRATION_NAMES.at(-2) });
    expect(await sha256File(signed)).toBe(sha);
    const counts = await pgCounts(e.url, BASE);
    expect(Object.entries(counts).filter(([t, n]) => t !== 'audit_log' && n > 0)).toEqual([]);
    expect(brokenAt(await pgTrail(e.url))).toBeNull();
  }, 60_000);

  describe('from the command line', () => {
    const cli = (args: string[]) => runCli(args, { dataDir: data.dir, timeoutMs: 120_000 });

    it('backup --pg into the backups folder and to --out, restore --pg from it', async () => {
      const made = await cli(['backup', '--pg', a.url, '--as-admin-offline', '--json']);
      expect(made.code, made.stderr).toBe(0);
      const entry = JSON.parse(made.stdout) as BackupEntry & { file: string };
      expect(entry.file).toBe(path.join(backups, entry.name));
      expect(entry).toMatchObject({ state: 'verified' });
      const out = path.join(data.dir, 'usb', 'salinan.sqlite');
      fs.mkdirSync(path.dirname(out), { recursive: true });
      const copied = await cli(['backup', '--pg', a.url, '--out', out, '--as-admin-offline']);
      expect(copied.code, copied.stderr).toBe(0);
      expect(fs.readdirSync(path.dirname(out)).sort()).toEqual(['salinan.sqlite', 'salinan.sqlite.json']);
      expect(fileCounts(out).umkm).toBe((await pgCounts(a.url, ['umkm'])).umkm);
      // Restored into a third registry: signed by this PC's key, so no --trust-source needed.
      const d = await registry(0, 'lain');
      const restored = await cli(['restore', out, '--pg', d.url, '--as-admin-offline', '--json']);
      expect(restored.code, restored.stderr).toBe(0);
      expect((JSON.parse(restored.stdout) as RestoreResult).umkmCount).toBe(inspectDatabase(out).umkmCount);
      expect((await pgCounts(d.url, ['umkm'])).umkm).toBe(fileCounts(out).umkm);
      const trail = await pgTrail(d.url);
      expect(brokenAt(trail)).toBeNull();
      expect(trail.at(-1)).toMatchObject({ action: 'backup_restore', via: 'offline-admin' });
      // check stays the SQLite file's own.
      const check = await cli(['check', '--pg', d.url]);
      expect(check.code).toBe(1);
      expect(check.stderr).toContain('SQLite');
    }, 180_000);

    it('move-to-postgres --pg moves the --db file into an empty database and prints each table', async () => {
      const file = path.join(data.dir, 'kantor.sqlite');
      const seeded = await cli(['seed-demo', '--umkm', '60', '--db', file, '--as-admin-offline']);
      expect(seeded.code, seeded.stderr).toBe(0);
      const target = await freshPgDatabase();
      drops.push(target.drop);
      const moved = await cli(['move-to-postgres', '--pg', target.url, '--db', file, '--as-admin-offline']);
      expect(moved.code, moved.stderr).toBe(0);
      const counts = fileCounts(file);
      expect(moved.stdout).toContain(`${messages.transfer.tables.umkm} `);
      expect(moved.stdout).toMatch(new RegExp(`${messages.transfer.tables.umkm}\\s+${counts.umkm}\\n`));
      expect(moved.stdout).not.toContain('kemitraan-ci');
      const onServer = await pgCounts(target.url, BASE);
      for (const t of BASE) if (t !== 'audit_log') expect(onServer[t], t).toBe(counts[t]);
      const json = await cli(['move-to-postgres', '--pg', target.url, '--db', file, '--as-admin-offline', '--json']);
      // Not empty any more: refused, saying so.
      expect(json.code).toBe(1);
      expect((JSON.parse(json.stdout) as { error: { code: string } }).error.code).toBe('CONFLICT');
      const usage = await cli(['move-to-postgres', '--db', file, '--as-admin-offline']);
      expect(usage.code).toBe(2);
      expect(usage.stderr).toContain('--pg');
    }, 180_000);
  });
});
