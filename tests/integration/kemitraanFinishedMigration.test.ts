// Migration 7 (kemitraan.finished_at) over a database at migration 6: every row kept, the new
// column filled for the agreements already finished (the day of their last change, never before
// their start), empty for every other one, and the services read it.
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KemitraanFinished1765065600000 } from '../../electron/core/db/migrations/1765065600000-kemitraan-finished';
import type { Database } from '../../electron/core/db/openDatabase';
import { appliedMigrations, expectAllTablesKept, expectSound, MIGRATION_NAMES, readTable, upgradeFrom, versionBefore, withPlain } from '../support/migrationHarness';
import { scopeOf } from '../support/tempDb';
import { tempDir } from '../support/tempDir';
import { Core } from '../../electron/core/core';

let tmp: ReturnType<typeof tempDir>;
let opened: Database | undefined;

beforeEach(() => {
  tmp = tempDir('kemitraan-mig7-');
});
afterEach(async () => {
  await opened?.close();
  opened = undefined;
  tmp.remove();
});

const AT = '2025-11-20T08:00:00.000Z';
/** The calendar day of an instant on this machine's clock, as the clerk saw it (sv-SE writes yyyy-mm-dd). */
const localDay = (iso: string) => new Date(iso).toLocaleDateString('sv-SE');

/** One UMKM, one partner and five agreements as release 0.2 (schema 6) wrote them. */
function fill(db: BetterSqlite3.Database): void {
  db.prepare(
    `INSERT INTO umkm (business_name, owner_name, nik, address, kecamatan, kelurahan, sector, employees, capital, annual_sales, market_reach, status, registered_at, class, class_basis, created_at, updated_at)
     VALUES ('Amplang Bu Ani', 'Ani', '6471054506880001', 'Jl. Sepinggan 3', '64.71.05', '64.71.05.1002', 'kuliner', 2, 50000000, 250000000, 'lokal', 'aktif', '2023-05-23', 'mikro', 'penjualan', ?, ?)`,
  ).run(AT, AT);
  db.prepare(
    `INSERT INTO mitra (name, kind, sector, kecamatan, status, interest_sectors, offers, target_classes, created_at, updated_at)
     VALUES ('Hotel Platinum', 'hotel', 'Perhotelan', '64.71.06', 'aktif', '["kuliner"]', '["pemasaran"]', '["mikro"]', ?, ?)`,
  ).run(AT, AT);
  const add = db.prepare(
    `INSERT INTO kemitraan (number, mitra_id, umkm_id, signed_at, start_date, end_date, pattern, status, created_at, updated_at, deleted_at)
     VALUES (?, 1, 1, '2023-05-30', ?, NULL, 'rantai_pasok', ?, ?, ?, ?)`,
  );
  add.run('KMT/2023/0001', '2023-06-01', 'selesai', AT, '2024-06-30T03:15:00.000Z', null);
  // Finished, then last changed (a note edited back then) a day before its recorded start was moved: the start wins.
  add.run('KMT/2023/0002', '2024-07-01', 'selesai', AT, '2024-05-01T03:00:00.000Z', null);
  add.run('KMT/2023/0003', '2023-06-01', 'aktif', AT, '2024-06-30T03:15:00.000Z', null);
  add.run('KMT/2023/0004', '2023-06-01', 'dibatalkan', AT, '2024-02-01T03:15:00.000Z', null);
  // In the recycle bin: restored one day, it still has its finish day.
  add.run('KMT/2023/0005', '2023-06-01', 'selesai', AT, '2024-09-10T02:00:00.000Z', '2025-01-05T02:00:00.000Z');
  for (const id of [1, 2, 3, 4, 5]) db.prepare(`INSERT INTO kemitraan_dukungan (kemitraan_id, kind, description, value) VALUES (?, 'pemasaran', 'Etalase lobi', 5000000)`).run(id);
}

describe('migration 7 (finish day) over a database at migration 6', () => {
  it('keeps every row, adds finished_at, and fills it only for the agreements already finished', async () => {
    const file = path.join(tmp.dir, 'v6.sqlite');
    const up = await upgradeFrom(file, versionBefore(KemitraanFinished1765065600000), fill);
    opened = up.db;
    expect(up.migrationsBefore).toEqual(MIGRATION_NAMES.slice(0, 6));
    expect(up.before.kemitraan).toHaveLength(5);

    // The service reads the new column (the deleted agreement is left out of the list).
    const service = await scopeOf(new Core(opened, { appVersion: 'test' })).kemitraan.list({ kecamatan: undefined, page: 1, pageSize: 50 });
    expect(service.items.map((k) => [k.number, k.status, k.finishedAt]).sort()).toEqual([
      ['KMT/2023/0001', 'selesai', localDay('2024-06-30T03:15:00.000Z')],
      ['KMT/2023/0002', 'selesai', '2024-07-01'],
      ['KMT/2023/0003', 'aktif', null],
      ['KMT/2023/0004', 'dibatalkan', null],
    ]);
    await opened.close();
    opened = undefined;

    withPlain(file, (db) => {
      expect(appliedMigrations(db)).toEqual(MIGRATION_NAMES);
      // The concurrent-edits migration after it adds each edited record's version and last editor.
      const versioned = ['version', 'updated_by'];
      // (Issue 15's monitoring migration adds the review cadence and the outcome.)
      expect(expectAllTablesKept(up.before, db)).toEqual({ kemitraan: ['finished_at', ...versioned, 'review_months', 'outcome', 'outcome_notes'], mitra: versioned, umkm: versioned });
      expect(readTable(db, 'kemitraan').map((r) => [r.number, r.finished_at])).toEqual([
        ['KMT/2023/0001', localDay('2024-06-30T03:15:00.000Z')],
        ['KMT/2023/0002', '2024-07-01'],
        ['KMT/2023/0003', null],
        ['KMT/2023/0004', null],
        ['KMT/2023/0005', localDay('2024-09-10T02:00:00.000Z')],
      ]);
      expectSound(db);
    });
  });
});
