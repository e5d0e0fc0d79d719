// Migrations 5 (accounts) and 6 (audit) over databases an earlier release left: every row kept,
// the new tables empty and in place, the audit trail append-only from its first row.
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Accounts1764892800000 } from '../../electron/core/db/migrations/1764892800000-accounts';
import { Audit1764979200000 } from '../../electron/core/db/migrations/1764979200000-audit';
import { QUERY_SPEED_REPLACED_INDEXES, QUERY_SPEED_TABLES } from '../../electron/core/db/migrations/1765152000000-query-speed';
import { VERSIONED_TABLES } from '../../electron/core/db/migrations/1765411200000-concurrent-edits';
import type { Database } from '../../electron/core/db/openDatabase';
import {
  dataTables,
  expectAllTablesKept,
  expectSound,
  LATEST_MIGRATION,
  MIGRATION_NAMES,
  appliedMigrations,
  namesOf,
  readTable,
  schemaObjects,
  upgradeFrom,
  versionBefore,
  withPlain,
} from '../support/migrationHarness';
import { tempDir } from '../support/tempDir';

let tmp: ReturnType<typeof tempDir>;
let opened: Database | undefined;

beforeEach(() => {
  tmp = tempDir('kemitraan-mig5-');
});
afterEach(async () => {
  await opened?.close();
  opened = undefined;
  tmp.remove();
});

const AT = '2025-11-20T08:00:00.000Z';

/** Registry, partnerships and class records as the release before accounts wrote them (schema 4). */
function fillRegistry(db: BetterSqlite3.Database): void {
  const umkm = db.prepare(
    `INSERT INTO umkm (business_name, owner_name, nik, nib, address, kecamatan, kelurahan, sector, employees, capital, annual_sales, market_reach, status,
       registered_at, class, class_basis, created_at, updated_at, deleted_at, last_record_date)
     VALUES (?, ?, ?, ?, 'Jl. Mulawarman No. 7', '64.71.05', '64.71.05.1002', 'kuliner', ?, ?, ?, 'lokal', 'aktif', ?, ?, 'penjualan', ?, ?, ?, ?)`,
  );
  const record = db.prepare(
    `INSERT INTO riwayat_kelas (umkm_id, date, annual_sales, capital, employees, market_reach, certifications, channels, source, notes, class, class_basis, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'lokal', '[]', '[]', ?, ?, ?, 'penjualan', ?, ?)`,
  );
  const year = db.prepare(`INSERT INTO kelas_tahunan (umkm_id, year, class) VALUES (?, ?, ?)`);
  for (let i = 1; i <= 12; i++) {
    const deleted = i === 4 ? '2025-11-21T09:00:00.000Z' : null;
    const sales = i % 3 === 0 ? 2_800_000_000 : 150_000_000 + i * 1_000_000;
    const cls = i % 3 === 0 ? 'kecil' : 'mikro';
    umkm.run(`Usaha Lama ${i}`, `Pemilik ${i}`, `64710545068800${String(i).padStart(2, '0')}`, i % 2 ? `91203000000${String(i).padStart(2, '0')}` : null, i, 50_000_000 + i, sales,
      '2023-05-23', cls, AT, AT, deleted, deleted ? null : '2024-02-01');
    if (deleted) continue;
    const r1 = record.run(i, '2023-05-23', 150_000_000, 50_000_000, 2, 'dokumen', 'Data registrasi', 'mikro', AT, AT).lastInsertRowid;
    year.run(i, 2023, 'mikro');
    const r2 = record.run(i, '2024-02-01', sales, null, i, 'survei', null, cls, AT, AT).lastInsertRowid;
    year.run(i, 2024, cls);
    if (cls === 'kecil') {
      db.prepare(
        `INSERT INTO kelas_perpindahan (umkm_id, to_record_id, from_record_id, from_date, date, from_class, to_class, direction) VALUES (?, ?, ?, '2023-05-23', '2024-02-01', 'mikro', 'kecil', 'naik')`,
      ).run(i, r2, r1);
    }
  }
  db.prepare(`INSERT INTO komunitas (name, kecamatan, leader_umkm_id, leader_name, created_at, updated_at) VALUES ('Komunitas Lama', '64.71.05', 1, 'Pemilik 1', ?, ?)`).run(AT, AT);
  for (const u of [1, 2, 3]) db.prepare(`INSERT INTO komunitas_anggota (komunitas_id, umkm_id, joined_at) VALUES (1, ?, '2023-05-23')`).run(u);
  db.prepare(
    `INSERT INTO mitra (name, kind, sector, kecamatan, status, interest_sectors, offers, target_classes, created_at, updated_at)
     VALUES ('Hotel Lama', 'hotel', 'Perhotelan', '64.71.06', 'aktif', '["kuliner"]', '["pemasaran"]', '["mikro"]', ?, ?)`,
  ).run(AT, AT);
  db.prepare(`INSERT INTO kegiatan (name, date, venue, created_at, updated_at) VALUES ('Temu Kemitraan', '2023-05-23', 'Balai Kota', ?, ?)`).run(AT, AT);
  db.prepare(`INSERT INTO kegiatan_komunitas (kegiatan_id, komunitas_id) VALUES (1, 1)`).run();
  db.prepare(`INSERT INTO kegiatan_mitra (kegiatan_id, mitra_id, hadir) VALUES (1, 1, 1)`).run();
  db.prepare(`INSERT INTO kegiatan_umkm (kegiatan_id, umkm_id, hadir) VALUES (1, 1, 1), (1, 2, 0)`).run();
  db.prepare(
    `INSERT INTO kemitraan (number, mitra_id, umkm_id, start_date, pattern, status, kegiatan_id, created_at, updated_at)
     VALUES ('KMT/2023/0001', 1, 1, '2023-06-01', 'rantai_pasok', 'aktif', 1, ?, ?)`,
  ).run(AT, AT);
  db.prepare(`INSERT INTO kemitraan_dukungan (kemitraan_id, kind, description, value) VALUES (1, 'pemasaran', 'Etalase lobi', 5000000)`).run();
  db.prepare(`INSERT INTO setting (key, value) VALUES ('onboarding.done', 'demo')`).run();
}

/** Accounts as the release before the audit trail wrote them (schema 5). */
function fillAccounts(db: BetterSqlite3.Database): void {
  const add = db.prepare(
    `INSERT INTO pengguna (username, full_name, role, password_hash, active, failed_count, locked_until, created_at, updated_at, last_login_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  add.run('admin', 'Rina Admin', 'admin', 'scrypt$16384$8$1$c2FsdA$aGFzaA', 1, 0, null, AT, AT, '2025-11-22T07:00:00.000Z');
  add.run('operator1', 'Sari Operator', 'operator', 'scrypt$16384$8$1$c2FsdDI$aGFzaDI', 1, 2, '2025-11-22T07:15:00.000Z', AT, AT, null);
  add.run('lama', 'Pimpinan Lama', 'pimpinan', 'scrypt$16384$8$1$c2FsdDM$aGFzaDM', 0, 0, null, AT, AT, null);
}

/** Columns later migrations add: the finish day, and each edited record's version and last editor. */
const LATER_COLUMNS = {
  ...Object.fromEntries(VERSIONED_TABLES.map((t) => [t, ['version', 'updated_by']])),
  // Issue 15: activities of every kind, certificate numbers, monitoring cadence and outcome.
  kegiatan: ['version', 'updated_by', 'kind', 'end_date', 'speakers', 'quota', 'fund_source', 'budget'],
  kegiatan_umkm: ['certificate_number'],
  kemitraan: ['finished_at', 'version', 'updated_by', 'review_months', 'outcome', 'outcome_notes'],
};
/** The registers issue 15 adds. */
const ISSUE15_TABLES = ['sertifikat', 'kegiatan_peserta', 'kegiatan_kehadiran', 'bantuan', 'monev_kunjungan', 'monev_produk', 'lampiran', 'lampiran_isi'];
const count = (db: BetterSqlite3.Database, table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('migration 5 (accounts) over a database at migration 4', () => {
  it('keeps every row of every table and adds the empty accounts and audit tables', async () => {
    const file = path.join(tmp.dir, 'v4.sqlite');
    const up = await upgradeFrom(file, versionBefore(Accounts1764892800000), fillRegistry);
    opened = up.db;
    expect(up.migrationsBefore).toEqual(MIGRATION_NAMES.slice(0, 4));
    expect(up.migrationsBefore.at(-1)).toBe('ProgressIndexes1764806400000');
    expect(Object.keys(up.before)).not.toContain('pengguna');
    expect(up.before.umkm).toHaveLength(12);
    expect(up.before.riwayat_kelas).toHaveLength(22);
    expect(opened.schemaVersion).toBe(LATEST_MIGRATION);

    withPlain(file, (db) => {
      expect(appliedMigrations(db)).toEqual(MIGRATION_NAMES);
      // No table gained a column or a row: these migrations only add.
      // Only later migrations add columns (kemitraan.finished_at; the versions of edited records).
      expect(expectAllTablesKept(up.before, db)).toEqual(LATER_COLUMNS);
      // (The query-speed migration adds its tables of counts.)
      expect(dataTables(db)).toEqual([...Object.keys(up.before), 'audit_log', 'pengguna', ...QUERY_SPEED_TABLES, ...ISSUE15_TABLES].sort());
      expect(count(db, 'pengguna')).toBe(0);
      expect(count(db, 'audit_log')).toBe(0);
      expect(namesOf(db, 'index')).toEqual(expect.arrayContaining(['ux_pengguna_username', 'ix_audit_entity', 'ix_audit_at', 'ix_audit_user']));
      // Everything that was in the schema still is.
      const now = schemaObjects(db);
      // (Only the sort indexes the query-speed migration replaces by wider ones are gone.)
      for (const o of up.schemaBefore.filter((x) => !QUERY_SPEED_REPLACED_INDEXES.includes(x.name))) expect(now, `${o.type} ${o.name}`).toContainEqual(o);
      // The accounts table's own rules: one name whatever its case, three roles.
      const add = db.prepare(`INSERT INTO pengguna (username, full_name, role, password_hash, created_at, updated_at) VALUES (?, 'X', ?, 'h', ?, ?)`);
      add.run('admin', 'admin', AT, AT);
      expect(() => add.run('ADMIN', 'operator', AT, AT)).toThrow(/UNIQUE/);
      expect(() => add.run('tamu', 'tamu', AT, AT)).toThrow(/CHECK/);
      expect(readTable(db, 'pengguna')).toMatchObject([{ username: 'admin', active: 1, failed_count: 0, locked_until: null, last_login_at: null }]);
      expectSound(db);
    });
  });
});

describe('migration 6 (audit) over a database at migration 5', () => {
  it('keeps every row, accounts included, and adds the empty audit trail and the recycle-bin indexes', async () => {
    const file = path.join(tmp.dir, 'v5.sqlite');
    const up = await upgradeFrom(file, versionBefore(Audit1764979200000), (db) => {
      fillRegistry(db);
      fillAccounts(db);
    });
    opened = up.db;
    expect(up.migrationsBefore).toEqual(MIGRATION_NAMES.slice(0, 5));
    expect(up.migrationsBefore.at(-1)).toBe('Accounts1764892800000');
    expect(up.before.pengguna).toHaveLength(3);
    expect(Object.keys(up.before)).not.toContain('audit_log');

    withPlain(file, (db) => {
      expect(appliedMigrations(db)).toEqual(MIGRATION_NAMES);
      // Only later migrations add columns (kemitraan.finished_at; the versions of edited records).
      expect(expectAllTablesKept(up.before, db)).toEqual(LATER_COLUMNS);
      expect(readTable(db, 'pengguna')).toEqual(up.before.pengguna);
      expect(dataTables(db)).toEqual([...Object.keys(up.before), 'audit_log', ...QUERY_SPEED_TABLES, ...ISSUE15_TABLES].sort());
      expect(count(db, 'audit_log')).toBe(0);
      const indexes = schemaObjects(db).filter((o) => o.type === 'index');
      expect(indexes).toEqual(
        expect.arrayContaining([
          { type: 'index', name: 'ix_audit_entity', table: 'audit_log' },
          { type: 'index', name: 'ix_audit_at', table: 'audit_log' },
          { type: 'index', name: 'ix_audit_user', table: 'audit_log' },
          { type: 'index', name: 'ix_riwayat_umkm_any', table: 'riwayat_kelas' },
          { type: 'index', name: 'ix_kemitraan_umkm_any', table: 'kemitraan' },
        ]),
      );
      const now = schemaObjects(db);
      // (Only the sort indexes the query-speed migration replaces by wider ones are gone.)
      for (const o of up.schemaBefore.filter((x) => !QUERY_SPEED_REPLACED_INDEXES.includes(x.name))) expect(now, `${o.type} ${o.name}`).toContainEqual(o);
      expectSound(db);
    });
  });

  it('the audit trail of the migrated file is append-only: its triggers refuse UPDATE and DELETE', async () => {
    const file = path.join(tmp.dir, 'v5.sqlite');
    const up = await upgradeFrom(file, versionBefore(Audit1764979200000), (db) => {
      fillRegistry(db);
      fillAccounts(db);
    });
    await up.db.close();

    withPlain(file, (db) => {
      expect(namesOf(db, 'trigger')).toEqual(expect.arrayContaining(['audit_log_no_delete', 'audit_log_no_update']));
      db.prepare(
        `INSERT INTO audit_log (at, user_id, username, role, via, action, entity, entity_id, summary, changes)
         VALUES (?, 1, 'admin', 'admin', 'app', 'update', 'umkm', 1, 'UMKM "Usaha Lama 1" diubah (1 isian)', '{"ownerName":["Pemilik 1","Pemilik Baru"]}')`,
      ).run(AT);
      const written = readTable(db, 'audit_log');
      expect(written).toHaveLength(1);
      expect(() => db.prepare(`UPDATE audit_log SET summary = 'dipalsukan'`).run()).toThrow(/audit_log is append-only/);
      expect(() => db.prepare(`UPDATE audit_log SET changes = '{}' WHERE id = 1`).run()).toThrow(/audit_log is append-only/);
      expect(() => db.prepare(`DELETE FROM audit_log WHERE id = 1`).run()).toThrow(/audit_log is append-only/);
      expect(() => db.prepare(`DELETE FROM audit_log`).run()).toThrow(/audit_log is append-only/);
      expect(readTable(db, 'audit_log')).toEqual(written);
      // The via column takes only the adapters' names.
      expect(() =>
        db.prepare(`INSERT INTO audit_log (at, username, role, via, action, summary) VALUES (?, 'x', 'admin', 'web', 'login', 'x masuk')`).run(AT),
      ).toThrow(/CHECK/);
      // Removing the accounts' history is refused as well, whoever asks.
      expect(count(db, 'audit_log')).toBe(1);
    });
  });
});
