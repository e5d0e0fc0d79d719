// Migration 1765584000000 (the register of licences and certificates) over a database at the
// migration before it: every row kept; each certification tick of a live yearly record becomes one
// issued certificate (issued on the earliest record carrying it, BPOM as BPOM MD, a note saying
// where it came from); a deleted record's ticks do not; the records still show their ticks.
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Sertifikat1765584000000 } from '../../electron/core/db/migrations/1765584000000-sertifikat';
import type { Database } from '../../electron/core/db/openDatabase';
import { fill as fillText, messages } from '../../shared/i18n';
import { databaseAt, expectRowsKept, expectSound, migrateToLatest, readTable, versionBefore, withPlain } from '../support/migrationHarness';
import { contextFor } from '../support/tempDb';
import { tempDir } from '../support/tempDir';
import { call } from '../support/call';

let tmp: ReturnType<typeof tempDir>;
let opened: Database | undefined;
beforeEach(() => {
  tmp = tempDir('kemitraan-migsert-');
});
afterEach(async () => {
  await opened?.close();
  opened = undefined;
  tmp.remove();
});

const AT = '2025-11-20T08:00:00.000Z';

function fill(db: BetterSqlite3.Database): void {
  db.prepare(
    `INSERT INTO umkm (business_name, owner_name, nik, address, kecamatan, kelurahan, sector, employees, capital, annual_sales, market_reach, status, registered_at, class, class_basis, created_at, updated_at)
     VALUES ('Amplang Bu Ani', 'Ani', '6471054506880001', 'Jl. Sepinggan 3', '64.71.05', '64.71.05.1002', 'kuliner', 2, 50000000, 250000000, 'lokal', 'aktif', '2021-05-23', 'mikro', 'penjualan', ?, ?)`,
  ).run(AT, AT);
  const rec = db.prepare(
    `INSERT INTO riwayat_kelas (umkm_id, date, annual_sales, certifications, channels, source, notes, class, class_basis, created_at, updated_at, deleted_at)
     VALUES (1, ?, 250000000, ?, '[]', 'survei', NULL, 'mikro', 'penjualan', ?, ?, ?)`,
  );
  rec.run('2021-05-23', '["pirt"]', AT, AT, null);
  rec.run('2022-06-30', '["pirt","halal"]', AT, AT, null);
  rec.run('2023-06-30', '["pirt","halal","bpom"]', AT, AT, null);
  // A deleted record's tick is not the UMKM's.
  rec.run('2020-01-10', '["sni"]', AT, AT, '2024-01-01T00:00:00.000Z');
}

describe('migration: certification ticks into the register', () => {
  it('keeps every row and turns each tick into one issued certificate from its first record', async () => {
    const file = path.join(tmp.dir, 'before.sqlite');
    await databaseAt(file, versionBefore(Sertifikat1765584000000), fill);
    // (The harness's whole-database reader orders by rowid, which the WITHOUT ROWID summaries lack: the tables it touches are compared.)
    const before = withPlain(file, (db) => ({ umkm: readTable(db, 'umkm'), records: readTable(db, 'riwayat_kelas') }));
    const up = { db: await migrateToLatest(file) };
    opened = up.db;
    withPlain(file, (db) => {
      expectSound(db);
      expectRowsKept(before.umkm, readTable(db, 'umkm'), 'umkm');
      expectRowsKept(before.records, readTable(db, 'riwayat_kelas'), 'riwayat_kelas');
      const rows = readTable(db, 'sertifikat', 'kind');
      expect(rows.map((r) => [r.umkm_id, r.kind, r.status, r.issued_at, r.valid_until])).toEqual([
        [1, 'bpom_md', 'terbit', '2023-06-30', null],
        [1, 'halal', 'terbit', '2022-06-30', null],
        [1, 'pirt', 'terbit', '2021-05-23', null],
      ]);
      expect(rows[2]!.notes).toBe(fillText(messages.sertifikatText.fromTick, { date: '23/05/2021' }));
      expect(rows.every((r) => r.version === 1 && r.deleted_at === null)).toBe(true);
    });
    const ctx = contextFor(up.db, 'test');
    const timeline = await call(ctx, 'progress:timeline', { id: 1 });
    expect(timeline.records.map((r) => [r.date, r.certifications])).toEqual([
      ['2021-05-23', ['pirt']],
      ['2022-06-30', ['pirt', 'halal']],
      ['2023-06-30', ['pirt', 'halal', 'bpom']],
    ]);
  });
});
