// The command-line tool's backup commands, run as the real child process: backup into the backups
// folder or to any file, the list, check (read-only, exit 1 on a damaged file) and restore (over
// a sound database through the context, over a damaged one as a file swap).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupEntry, BackupList, DbCheck, RestoreResult } from '../../shared/contract';
import { messages } from '../../shared/i18n';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { runCli } from '../support/cli';
import { damageDatabase, fileSha256, integrityOf } from '../support/crashFiles';
import { tempDir } from '../support/tempDir';

let tmp: ReturnType<typeof tempDir>;
let db: string;
const cli = (args: string[]) => runCli(args, { dataDir: tmp.dir, timeoutMs: 60_000 });
const json = <T>(r: { stdout: string }) => JSON.parse(r.stdout) as T;
const latest = MIGRATIONS.map((M) => new M().name).at(-1);
const names = (file: string) => {
  const d = new Database(file, { readonly: true });
  try {
    return d.prepare(`SELECT id, business_name AS name FROM umkm WHERE deleted_at IS NULL ORDER BY id`).all() as Array<{ id: number; name: string }>;
  } finally {
    d.close();
  }
};

beforeAll(async () => {
  tmp = tempDir('kemitraan-clibk-');
  db = path.join(tmp.dir, 'registri', 'db.sqlite');
  fs.mkdirSync(path.dirname(db));
  const r = await cli(['--as-admin-offline', 'seed-demo', '--umkm', '40', '--db', db]);
  expect(r.code).toBe(0);
});
afterAll(() => tmp.remove());

let first: BackupEntry & { file: string };

describe('backup', () => {
  it('writes a checked backup with its checksum into the backups folder beside the database', async () => {
    const r = await cli(['backup', '--db', db, '--as-admin-offline', '--json']);
    expect(r.code, r.stderr).toBe(0);
    first = json(r);
    expect(first.name).toMatch(/^kemitraan-\d{4}-\d{2}-\d{2}-\d{6}\.sqlite$/);
    expect(first.file).toBe(path.join(tmp.dir, 'registri', 'backups', first.name));
    expect(first).toMatchObject({ umkmCount: 40, schemaVersion: latest, state: 'verified', kind: 'manual' });
    expect(first.sha256).toBe(fileSha256(first.file));
    expect(integrityOf(first.file)).toEqual(['ok']);
  });

  it('--out FILE writes to any folder (a USB stick), with the manifest beside it', async () => {
    const out = path.join(tmp.dir, 'usb', 'cadangan.sqlite');
    fs.mkdirSync(path.dirname(out));
    const r = await cli(['backup', '--db', db, '--out', out, '--as-admin-offline']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Cadangan dibuat: .*cadangan\.sqlite \(.* MB, 40 UMKM, sha256 [0-9a-f]{64}\)\.\n$/);
    const manifest = JSON.parse(fs.readFileSync(`${out}.json`, 'utf8')) as { sha256: string; umkmCount: number };
    expect(manifest).toMatchObject({ sha256: fileSha256(out), umkmCount: 40 });
    expect(fs.readdirSync(path.dirname(out)).sort()).toEqual(['cadangan.sqlite', 'cadangan.sqlite.json']);
  });

  it('--out into a folder it cannot create is refused (exit 1) and leaves nothing', async () => {
    const blocker = path.join(tmp.dir, 'berkas-biasa');
    fs.writeFileSync(blocker, 'x');
    const r = await cli(['backup', '--db', db, '--out', path.join(blocker, 'x.sqlite'), '--as-admin-offline', '--json']);
    expect(r.code).toBe(1);
    expect(json<{ ok: boolean; error: { code: string } }>(r)).toMatchObject({ ok: false });
    expect(fs.readFileSync(blocker, 'utf8')).toBe('x');
  });

  it('backup list shows them newest first, verified', async () => {
    const r = await cli(['backup', 'list', '--db', db, '--as-admin-offline', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const list = json<BackupList>(r);
    expect(list.dir).toBe(path.join(tmp.dir, 'registri', 'backups'));
    expect(list.backups.map((b) => [b.name, b.state])).toEqual([[first.name, 'verified']]);
    const text = await cli(['backup', 'list', '--db', db, '--as-admin-offline']);
    expect(text.stdout).toContain(`${first.name}  `);
    expect(text.stdout).toContain(messages.backupState.verified);
  });

  it('--keep N keeps the N newest and saves the setting', async () => {
    for (let i = 0; i < 2; i++) {
      await new Promise((r) => setTimeout(r, 1100));
      expect((await cli(['backup', '--db', db, '--as-admin-offline'])).code).toBe(0);
    }
    const r = await cli(['backup', '--db', db, '--keep', '2', '--as-admin-offline', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(json<{ pruned: string[] }>(r).pruned).toHaveLength(2);
    const list = json<BackupList>(await cli(['backup', 'list', '--db', db, '--as-admin-offline', '--json']));
    expect(list.keep).toBe(2);
    expect(list.backups).toHaveLength(2);
    first = { ...list.backups[1]!, file: path.join(list.dir, list.backups[1]!.name) };
  });
});

describe('check and restore', () => {
  it('check --json reports a sound database (exit 0) without writing to it', async () => {
    const r = await cli(['check', '--db', db, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(json<DbCheck>(r)).toMatchObject({ ok: true, integrity: ['ok'], schemaVersion: latest, pending: [], unknown: [], backups: 2 });
  });

  it('check names a schema changed by hand (exit 1): an audit trigger dropped outside the app', async () => {
    const raw = new Database(db);
    raw.exec(`DROP TRIGGER audit_log_no_delete`);
    raw.close();
    const r = await cli(['check', '--db', db, '--json']);
    expect(r.code).toBe(1);
    expect(json<DbCheck>(r)).toMatchObject({ ok: false, integrity: ['ok'], schemaChanges: ['trigger audit_log_no_delete hilang'] });
    const text = await cli(['check', '--db', db]);
    expect(text.stdout).toContain('trigger audit_log_no_delete hilang');
  });

  it('restore FILE needs the admin flag (exit 2) and brings the backup back (exit 0) with a safety copy', async () => {
    const before = names(db);
    const changed = await cli(['umkm', 'update', '1', '--data', '{"businessName":"Diubah Sesudah Cadangan"}', '--db', db, '--as-admin-offline']);
    expect(changed.code, changed.stderr).toBe(0);
    const refused = await cli(['restore', first.file, '--db', db]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(messages.cliBackup.restoreNeedsAdmin);
    const r = await cli(['restore', first.file, '--db', db, '--as-admin-offline', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const result = json<RestoreResult>(r);
    expect(result).toMatchObject({ restoredFrom: first.name, umkmCount: 40, migratedFrom: null });
    expect(result.safetyCopy).toMatch(/^pre-restore-/);
    expect(names(db)).toEqual(before);
    const d = new Database(db, { readonly: true });
    expect(d.prepare(`SELECT username, via FROM audit_log WHERE action = 'backup_restore'`).get()).toEqual({ username: 'admin-offline', via: 'offline-admin' });
    d.close();
  });

  it('check on a damaged database exits 1, names the latest good backup, and leaves the file as it was', async () => {
    damageDatabase(db);
    const sha = fileSha256(db);
    const r = await cli(['check', '--db', db, '--json']);
    expect(r.code).toBe(1);
    const report = json<DbCheck>(r);
    expect(report.ok).toBe(false);
    expect(report.integrity.join('\n')).toMatch(/Tree \d+ page \d+|malformed/);
    expect(report.latestGoodBackup).toMatch(/^(kemitraan|pre-restore)-/);
    expect(fileSha256(db)).toBe(sha);
    expect(fs.existsSync(`${db}-wal`)).toBe(false);
    const text = await cli(['check', '--db', db]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^Basis data RUSAK: /);
    // Any other command refuses to open it (never migrated or written).
    expect((await cli(['stats', '--db', db])).code).toBe(1);
    expect(fileSha256(db)).toBe(sha);
  });

  it('restore over a damaged database swaps the file, keeping the damaged one aside', async () => {
    const damagedSha = fileSha256(db);
    const r = await cli(['restore', first.file, '--db', db, '--as-admin-offline', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const result = json<RestoreResult>(r);
    expect(result.safetyCopy).toMatch(/^damaged-\d{4}-\d{2}-\d{2}-\d{6}\.sqlite$/);
    expect(fileSha256(path.join(tmp.dir, 'registri', 'backups', result.safetyCopy))).toBe(damagedSha);
    expect(integrityOf(db)).toEqual(['ok']);
    expect((await cli(['check', '--db', db])).code).toBe(0);
  });

  it('check on a missing file is refused (exit 1)', async () => {
    const r = await cli(['check', '--db', path.join(tmp.dir, 'tidak-ada.sqlite'), '--json']);
    expect(r.code).toBe(1);
    expect(json<{ error: { code: string } }>(r).error.code).toBe('NOT_FOUND');
  });
});
