import path from 'node:path';
import { call } from '../support/call';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contextFor } from '../support/tempDb';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { Partnerships1764633600000 } from '../../electron/core/db/migrations/1764633600000-partnerships';
import type { Database } from '../../electron/core/db/openDatabase';
import { demoUmkm } from '../../electron/core/services/demo/demoRegistry';
import {
  appliedMigrations,
  databaseAt,
  expectRowsKept,
  expectSound,
  LATEST_MIGRATION,
  MIGRATION_NAMES,
  migrateToLatest,
  namesOf,
  readTable,
  versionBefore,
  withPlain,
} from '../support/migrationHarness';
import { tempDir } from '../support/tempDir';

let tmp: ReturnType<typeof tempDir>;
let opened: Database | undefined;

beforeEach(() => {
  tmp = tempDir('kemitraan-mig2-');
});
afterEach(async () => {
  await opened?.close();
  opened = undefined;
  tmp.remove();
});

const COLS = ['business_name', 'owner_name', 'nik', 'nib', 'address', 'kecamatan', 'kelurahan', 'sector', 'capital', 'annual_sales', 'market_reach', 'status', 'registered_at', 'class', 'class_basis'];

/** A database as the registry release left it: migration 1 only, with rows written by that release. */
async function registryOnlyDatabase(file: string, rows: number): Promise<void> {
  await databaseAt(file, versionBefore(Partnerships1764633600000), (db) => {
    const insert = db.prepare(`INSERT INTO umkm (${COLS.join(', ')}, created_at, updated_at) VALUES (${COLS.map(() => '?').join(', ')}, ?, ?)`);
    for (const u of demoUmkm(rows)) {
      insert.run(
        u.businessName, u.ownerName, u.nik, u.nib, u.address, u.kecamatan, u.kelurahan, u.sector, u.capital, u.annualSales, u.marketReach, u.status, u.registeredAt, u.class, u.classBasis,
        '2025-12-01T00:00:00.000Z', '2025-12-01T00:00:00.000Z',
      );
    }
    db.exec(`UPDATE umkm SET deleted_at = '2025-12-02T00:00:00.000Z' WHERE id = 3`);
  });
}

describe('migration 2 (partnerships) over a registry database', () => {
  it('keeps every UMKM row intact, search working, and adds the partnership tables', async () => {
    const file = path.join(tmp.dir, 'registry-v1.sqlite');
    await registryOnlyDatabase(file, 25);

    const { rowsBefore, migrationsBefore } = withPlain(file, (db) => ({ rowsBefore: readTable(db, 'umkm', 'id'), migrationsBefore: appliedMigrations(db) }));
    expect(migrationsBefore).toEqual(['Registry1764547200000']);
    expect(rowsBefore).toHaveLength(25);

    opened = await migrateToLatest(file);
    expect(opened.schemaVersion).toBe(LATEST_MIGRATION);
    // Read on a connection of the test's own: the file as any reader finds it.
    const { migrations, rowsAfter, tables } = withPlain(file, (db) => ({ migrations: appliedMigrations(db), rowsAfter: readTable(db, 'umkm', 'id'), tables: namesOf(db, 'table') }));
    expect(migrations).toEqual(MIGRATION_NAMES);
    expect(migrations.slice(0, 2)).toEqual(['Registry1764547200000', 'Partnerships1764633600000']);
    // Every column as it was; migration 3 adds the date of the latest class record (the
    // registration record it writes for each live UMKM), the concurrent-edits one the version (1)
    // and who changed it last (nobody yet).
    expect(expectRowsKept(rowsBefore, rowsAfter, 'umkm').newColumns).toEqual(['last_record_date', 'version', 'updated_by']);
    expect(rowsAfter.map(({ last_record_date: _l, version: _v, updated_by: _b, ...rest }) => rest)).toEqual(rowsBefore);
    expect(new Set(rowsAfter.map((r) => `${String(r.version)}:${String(r.updated_by)}`))).toEqual(new Set(['1:null']));
    expect(rowsAfter.map((r) => r.last_record_date)).toEqual(
      (rowsBefore as Array<{ registered_at: string; deleted_at: string | null }>).map((r) => (r.deleted_at ? null : r.registered_at)),
    );
    expect(tables).toEqual(expect.arrayContaining(['komunitas', 'komunitas_anggota', 'mitra', 'kegiatan', 'kegiatan_komunitas', 'kegiatan_mitra', 'kegiatan_umkm', 'kemitraan', 'kemitraan_dukungan']));

    // The old rows work with the new services: search, membership, agreements, stats.
    const ctx = contextFor(opened, 'test');
    const first = rowsBefore[0] as { id: number; business_name: string };
    const found = await call(ctx, 'umkm:list', { search: first.business_name.slice(0, 6) });
    expect(found.items.map((i) => i.id)).toContain(first.id);
    const k = await call(ctx, 'komunitas:create', { name: 'Komunitas Lama', memberIds: [1, 2] });
    expect(k.members.map((m) => m.id)).toEqual(expect.arrayContaining([1, 2]));
    const stats = await ctx.stats.summary();
    expect([stats.umkm, stats.komunitas, stats.mitra, stats.kemitraan]).toEqual([24, 1, 0, { diusulkan: 0, aktif: 0, selesai: 0, dibatalkan: 0 }]);
    withPlain(file, expectSound);
  });

  it('opening the migrated file again runs nothing more', async () => {
    const file = path.join(tmp.dir, 'registry-v1.sqlite');
    await registryOnlyDatabase(file, 3);
    const db = await migrateToLatest(file);
    await db.close();
    opened = await migrateToLatest(file);
    const count = (table: string) => withPlain(file, (db) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n);
    expect(count('migrations')).toBe(MIGRATIONS.length);
    expect(count('umkm')).toBe(3);
  });
});
