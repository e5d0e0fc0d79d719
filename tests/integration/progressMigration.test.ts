import path from 'node:path';
import { call } from '../support/call';
import type BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PeriodReport, ProgressOverview, Result } from '../../shared/contract';
import { todayIso } from '../../shared/format/date';
import { contextFor } from '../support/tempDb';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import type { Database } from '../../electron/core/db/openDatabase';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { adminSession } from '../support/auth';
import { demoUmkm } from '../../electron/core/services/demo/demoRegistry';
import { appliedMigrations, databaseAt, expectRowsKept, expectSound, MIGRATION_NAMES, migrateToLatest, namesOf, readTable, openPlain, schemaObjects, withPlain } from '../support/migrationHarness';
import { tempDir } from '../support/tempDir';

let tmp: ReturnType<typeof tempDir>;
let opened: Database | undefined;
let plain: BetterSqlite3.Database | undefined;

beforeEach(() => {
  tmp = tempDir('kemitraan-mig3-');
});
afterEach(async () => {
  await opened?.close();
  opened = undefined;
  plain?.close();
  plain = undefined;
  tmp.remove();
});

const COLS = ['business_name', 'owner_name', 'nik', 'nib', 'address', 'kecamatan', 'kelurahan', 'sector', 'employees', 'capital', 'annual_sales', 'assets',
  'market_reach', 'status', 'registered_at', 'class', 'class_basis'];

/** A database as an earlier release left it: the first `upTo` migrations, with UMKM written by it (row 3 deleted). */
async function olderDatabase(file: string, upTo: number, rows: number): Promise<void> {
  await databaseAt(file, upTo, (db) => {
    const insert = db.prepare(`INSERT INTO umkm (${COLS.join(', ')}, created_at, updated_at) VALUES (${COLS.map(() => '?').join(', ')}, ?, ?)`);
    for (const u of demoUmkm(rows)) {
      insert.run(
        u.businessName, u.ownerName, u.nik, u.nib, u.address, u.kecamatan, u.kelurahan, u.sector, u.employees, u.capital, u.annualSales, u.assets,
        u.marketReach, u.status, u.registeredAt, u.class, u.classBasis, '2025-12-01T00:00:00.000Z', '2025-12-01T00:00:00.000Z',
      );
    }
    db.exec(`UPDATE umkm SET deleted_at = '2025-12-02T00:00:00.000Z' WHERE id = 3`);
  });
}

interface UmkmRaw {
  id: number;
  registered_at: string;
  annual_sales: number | null;
  capital: number | null;
  assets: number | null;
  employees: number | null;
  market_reach: string;
  class: string;
  class_basis: string;
  deleted_at: string | null;
  last_record_date: string | null;
}

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
};

describe('migration 3 (class progress) over a database at migration 2', () => {
  it('gives every live UMKM one record of its registration figures, its date and its yearly rows', async () => {
    const file = path.join(tmp.dir, 'v2.sqlite');
    await olderDatabase(file, 2, 30);
    const before = withPlain(file, (db) => readTable(db, 'umkm', 'id'));
    opened = await migrateToLatest(file);
    await opened.close();
    opened = undefined;
    // The migrated file as any reader finds it, on a connection of the test's own.
    const raw = openPlain(file);
    plain = raw;
    // The UMKM rows as they were, with the date of their latest record beside them (and, from a
    // later migration, their version and who changed them last).
    expect(expectRowsKept(before, readTable(raw, 'umkm', 'id'), 'umkm').newColumns).toEqual(['last_record_date', 'version', 'updated_by']);
    expect(appliedMigrations(raw)).toEqual(MIGRATION_NAMES);

    const umkm = raw.prepare(`SELECT * FROM umkm ORDER BY id`).all() as UmkmRaw[];
    const records = raw.prepare(`SELECT * FROM riwayat_kelas ORDER BY umkm_id`).all() as Array<Record<string, unknown>>;
    const live = umkm.filter((u) => u.deleted_at === null);
    expect(live).toHaveLength(29);
    expect(records).toHaveLength(29);
    const thisYear = Number((raw.prepare(`SELECT strftime('%Y', 'now') AS y`).get() as { y: string }).y);
    for (const u of live) {
      const r = records.filter((x) => x.umkm_id === u.id);
      expect(r).toHaveLength(1);
      expect(r[0]).toMatchObject({
        date: u.registered_at,
        annual_sales: u.annual_sales,
        capital: u.capital,
        assets: u.assets,
        employees: u.employees,
        market_reach: u.market_reach,
        certifications: '[]',
        channels: '[]',
        source: 'dokumen',
        notes: 'Data registrasi',
        class: u.class,
        class_basis: u.class_basis,
        deleted_at: null,
      });
      expect(u.last_record_date).toBe(u.registered_at);
      const years = raw.prepare(`SELECT year, class FROM kelas_tahunan WHERE umkm_id = ? ORDER BY year`).all(u.id) as Array<{ year: number; class: string }>;
      const first = Number(u.registered_at.slice(0, 4));
      expect(years).toEqual(Array.from({ length: thisYear - first + 1 }, (_, i) => ({ year: first + i, class: u.class })));
    }
    // The deleted UMKM gets nothing; nobody has moved yet.
    expect(umkm.find((u) => u.id === 3)).toMatchObject({ last_record_date: null });
    expect(records.some((r) => r.umkm_id === 3)).toBe(false);
    expect((raw.prepare(`SELECT COUNT(*) AS n FROM kelas_tahunan WHERE umkm_id = 3`).get() as { n: number }).n).toBe(0);
    expect((raw.prepare(`SELECT COUNT(*) AS n FROM kelas_perpindahan`).get() as { n: number }).n).toBe(0);
    // Migration 4's indexes replace migration 3's plain date index.
    const indexes = schemaObjects(raw).filter((o) => o.type === 'index' && o.table === 'umkm').map((o) => o.name);
    expect(indexes).toEqual(expect.arrayContaining(['ix_umkm_progress', 'ix_umkm_deleted']));
    expect(indexes).not.toContain('ix_umkm_last_record');
    expectSound(raw);
  });

  it('the migrated registry works with the progress services at once', async () => {
    const file = path.join(tmp.dir, 'v2.sqlite');
    await olderDatabase(file, 2, 30);
    opened = await migrateToLatest(file);
    const ctx = contextFor(opened, 'test');
    const u = withPlain(file, (db) => db.prepare(`SELECT id, registered_at AS registeredAt, class FROM umkm WHERE class = 'mikro' AND deleted_at IS NULL ORDER BY id LIMIT 1`).get() as {
      id: number;
      registeredAt: string;
      class: string;
    });
    const tl = await ctx.progress.timeline(u.id);
    expect(tl.records.map((r) => [r.date, r.class, r.source])).toEqual([[u.registeredAt, 'mikro', 'dokumen']]);

    // A new year above the kecil bound: a move up, counted by the report and the dashboard.
    const today = todayIso();
    await call(ctx, 'progress:add', { umkmId: u.id, date: today, annualSales: 3_000_000_000, source: 'survei' });
    expect((await ctx.progress.timeline(u.id)).moves.map((m) => `${m.fromClass}->${m.toClass}`)).toEqual(['mikro->kecil']);
    const report = value<PeriodReport>(await dispatch('progress:report', { from: u.registeredAt, to: today }, ctx.core, adminSession(ctx)));
    expect(report.naik['mikro->kecil']).toBe(1);
    const overview = value<ProgressOverview>(await dispatch('progress:overview', {}, ctx.core, adminSession(ctx)));
    const last = overview.classByYear.at(-1)!;
    expect(last.mikro + last.kecil + last.menengah + last.besar).toBe(29);
    expect(overview.movesByYear.reduce((s, y) => s + y.naik, 0)).toBe(1);
  });

  it('a database already at migration 3 gets only the indexes of migration 4', async () => {
    const file = path.join(tmp.dir, 'v3.sqlite');
    await olderDatabase(file, 3, 5);
    opened = await migrateToLatest(file);
    withPlain(file, (db) => {
      expect((db.prepare(`SELECT COUNT(*) AS n FROM migrations`).get() as { n: number }).n).toBe(MIGRATIONS.length);
      expect(namesOf(db, 'index')).toContain('ix_umkm_progress');
    });
    // Rows written after migration 3 (no records for them): the services still answer.
    const ctx = contextFor(opened, 'test');
    const r = value<PeriodReport>(await dispatch('progress:report', { from: '2019-01-01', to: '2025-12-31' }, ctx.core, adminSession(ctx)));
    expect(r.recorded).toBe(0);
  });
});
