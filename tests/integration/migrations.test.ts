import fs from 'node:fs';
import { call } from '../support/call';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/openDatabase';
import type { SqliteDb as Database } from '../../electron/core/db/database';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { AppError } from '../../electron/core/errors';
import { messages } from '../../shared/i18n';
import { contextFor } from '../support/tempDb';
import { databaseAt } from '../support/migrationHarness';
import { openHandlesTo, tempDir } from '../support/tempDir';
import { validUmkm } from '../support/tempDb';

let tmp: ReturnType<typeof tempDir>;
let opened: Database[] = [];

async function open(file: string): Promise<Database> {
  const db = await openDatabase({ file });
  opened.push(db);
  return db;
}

async function refusal(file: string): Promise<AppError> {
  try {
    const db = await open(file);
    await db.close();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected openDatabase to refuse the file');
}

beforeEach(() => {
  tmp = tempDir('kemitraan-mig-');
  opened = [];
});

afterEach(async () => {
  for (const db of opened) await db.close();
  tmp.remove();
});

const tables = (db: Database) =>
  (db.raw.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name`).all() as Array<{ name: string }>).map((r) => r.name);

describe('openDatabase on a new file', () => {
  it('creates the file (and missing folders) with WAL journal and foreign keys on', async () => {
    const file = path.join(tmp.dir, 'nested', 'folder', 'registry.sqlite');
    const db = await open(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(db.file).toBe(file);
    expect(db.raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.raw.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('records every migration in the migrations table, in order', async () => {
    const db = await open(path.join(tmp.dir, 'a.sqlite'));
    const rows = db.raw.prepare(`SELECT name FROM migrations ORDER BY id`).all() as Array<{ name: string }>;
    const expected = MIGRATIONS.map((M) => new M().name);
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.name)).toEqual(expected);
    expect(db.schemaVersion).toBe(expected[expected.length - 1]);
  });

  it('creates the umkm, setting and umkm_fts tables and the FTS triggers', async () => {
    const db = await open(path.join(tmp.dir, 'a.sqlite'));
    expect(tables(db)).toEqual(expect.arrayContaining(['umkm', 'umkm_fts', 'setting', 'migrations']));
    const fts = db.raw.prepare(`SELECT sql FROM sqlite_master WHERE name = 'umkm_fts'`).get() as { sql: string };
    expect(fts.sql).toMatch(/fts5/i);
    expect(fts.sql).toMatch(/trigram/);
    const triggers = (db.raw.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name`).all() as Array<{ name: string }>).map(
      (r) => r.name,
    );
    expect(triggers).toEqual([
      'audit_log_no_delete',
      'audit_log_no_update',
      // The counts the registry, the dashboard and the Naik Kelas report read (QuerySpeed1765152000000).
      'perpindahan_tahunan_ad',
      'perpindahan_tahunan_ai',
      'perpindahan_tahunan_au',
      'rekap_kelas_tahunan_ad',
      'rekap_kelas_tahunan_ai',
      'rekap_kelas_tahunan_au',
      'rekap_naik_kelas_ad',
      'rekap_naik_kelas_ai',
      'rekap_naik_kelas_au',
      'rekap_naik_kelas_umkm_au',
      'rekap_naik_kelas_umkm_bd',
      'rekap_perpindahan_ad',
      'rekap_perpindahan_ai',
      'rekap_perpindahan_au',
      'rekap_tercatat_umkm_au',
      'rekap_tercatat_umkm_bd',
      'rekap_umkm_ad',
      'rekap_umkm_ai',
      'rekap_umkm_au',
      'riwayat_tahunan_ad',
      'riwayat_tahunan_ai',
      'riwayat_tahunan_au',
      'umkm_fts_ad',
      'umkm_fts_ai',
      'umkm_fts_au',
    ]);
  });

  it('enforces unique NIK among active UMKM in the schema itself (backstop to the service)', async () => {
    const db = await open(path.join(tmp.dir, 'a.sqlite'));
    const insert = db.raw.prepare(
      `INSERT INTO umkm (business_name, owner_name, nik, address, kecamatan, kelurahan, sector, market_reach, status, registered_at, class, class_basis, created_at, updated_at)
       VALUES (?, 'Pemilik', '6471051203880001', 'Jl. A', '64.71.05', '64.71.05.1002', 'kuliner', 'lokal', ?, '2023-05-23', 'mikro', 'penjualan', 'x', 'x')`,
    );
    insert.run('Satu', 'aktif');
    expect(() => insert.run('Dua', 'aktif')).toThrow(/UNIQUE/);
    expect(() => insert.run('Tiga', 'tidak_aktif')).not.toThrow();
  });
});

describe('reopening', () => {
  it('is idempotent: no migration runs twice and the data stays', async () => {
    const file = path.join(tmp.dir, 'a.sqlite');
    const first = await open(file);
    const ctx = contextFor(first, 'test');
    const created = await call(ctx, 'umkm:create', validUmkm());
    await first.close();

    const second = await open(file);
    const names = (second.raw.prepare(`SELECT name FROM migrations`).all() as Array<{ name: string }>).map((r) => r.name);
    expect(names).toEqual(MIGRATIONS.map((M) => new M().name));
    const again = await contextFor(second, 'test').umkm.get(created.id);
    expect(again.businessName).toBe(created.businessName);
    await second.close();

    const third = await open(file);
    expect((third.raw.prepare(`SELECT COUNT(*) AS n FROM migrations`).get() as { n: number }).n).toBe(MIGRATIONS.length);
  });
});

/** A database a newer app left: every migration of this version and one this version does not know. */
const newerDatabase = (file: string) =>
  databaseAt(file, MIGRATIONS.length, (db) => {
    db.prepare(`INSERT INTO migrations (timestamp, name) VALUES (?, ?)`).run(1_900_000_000_000, 'KemitraanLanjut1900000000000');
  });

describe('refusals', () => {
  it('refuses a database from a newer app version with DB_TOO_NEW, in Indonesian, naming the migration', async () => {
    const file = path.join(tmp.dir, 'newer.sqlite');
    await newerDatabase(file);

    const err = await refusal(file);
    expect(err.code).toBe('DB_TOO_NEW');
    expect(err.message).toContain('KemitraanLanjut1900000000000');
    expect(err.message).toContain('versi aplikasi yang lebih baru');
    expect(err.message.startsWith(messages.errors.dbTooNew.split('{')[0]!)).toBe(true);
  });

  it('does not touch the newer database it refused', async () => {
    const file = path.join(tmp.dir, 'newer.sqlite');
    await newerDatabase(file);
    await refusal(file);
    const handles = openHandlesTo(file);
    if (handles) expect(handles).toEqual([]);
    // Still refused the second time: nothing was "repaired" or dropped.
    expect((await refusal(file)).code).toBe('DB_TOO_NEW');
  });

  it('refuses a file that is not SQLite with DB_OPEN, in Indonesian', async () => {
    const file = path.join(tmp.dir, 'not-a-db.sqlite');
    fs.writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37 + 11) % 256)));
    const err = await refusal(file);
    expect(err.code).toBe('DB_OPEN');
    expect(err.message).toMatch(/^Basis data tidak dapat dibuka: /);
  });

  it('refuses a small text file with DB_OPEN too', async () => {
    const file = path.join(tmp.dir, 'notes.txt');
    fs.writeFileSync(file, 'ini bukan basis data\n');
    expect((await refusal(file)).code).toBe('DB_OPEN');
  });

  // A refused file must be released: on Windows an open handle keeps it locked (the clerk cannot
  // move, restore or delete it until the app quits), and each retry would leak another handle.
  it('leaves no open handle on a file it could not open', async () => {
    const file = path.join(tmp.dir, 'not-a-db.sqlite');
    fs.writeFileSync(file, Buffer.alloc(4096, 0x5a));
    expect((await refusal(file)).code).toBe('DB_OPEN');
    const handles = openHandlesTo(file);
    if (handles === null) return; // no /proc on this platform
    expect(handles).toEqual([]);
  });
});
