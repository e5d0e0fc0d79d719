import path from 'node:path';
import { DataSource } from 'typeorm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContext } from '../../electron/core/context';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { Registry1764547200000 } from '../../electron/core/db/migrations/1764547200000-registry';
import { openDatabase, type Database } from '../../electron/core/db/openDatabase';
import { demoUmkm } from '../../electron/core/services/demo/demoRegistry';
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

/** A database as the registry release left it: migration 1 only, with rows written by that release. */
async function registryOnlyDatabase(file: string, rows: number): Promise<void> {
  const ds = new DataSource({ type: 'better-sqlite3', database: file, migrations: [Registry1764547200000], migrationsTransactionMode: 'each', synchronize: false, logging: false });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  const cols = ['business_name', 'owner_name', 'nik', 'nib', 'address', 'kecamatan', 'kelurahan', 'sector', 'capital', 'annual_sales', 'market_reach', 'status', 'registered_at', 'class', 'class_basis'];
  for (const u of [...demoUmkm(rows)]) {
    await ds.query(`INSERT INTO umkm (${cols.join(', ')}, created_at, updated_at) VALUES (${cols.map(() => '?').join(', ')}, ?, ?)`, [
      u.businessName, u.ownerName, u.nik, u.nib, u.address, u.kecamatan, u.kelurahan, u.sector, u.capital, u.annualSales, u.marketReach, u.status, u.registeredAt, u.class, u.classBasis,
      '2025-12-01T00:00:00.000Z', '2025-12-01T00:00:00.000Z',
    ]);
  }
  await ds.query(`UPDATE umkm SET deleted_at = '2025-12-02T00:00:00.000Z' WHERE id = 3`);
  await ds.destroy();
}

describe('migration 2 (partnerships) over a registry database', () => {
  it('keeps every UMKM row intact, search working, and adds the partnership tables', async () => {
    const file = path.join(tmp.dir, 'registry-v1.sqlite');
    await registryOnlyDatabase(file, 25);

    const before = new DataSource({ type: 'better-sqlite3', database: file });
    await before.initialize();
    const rowsBefore = await before.query(`SELECT * FROM umkm ORDER BY id`);
    const migrationsBefore = (await before.query(`SELECT name FROM migrations ORDER BY id`)) as Array<{ name: string }>;
    await before.destroy();
    expect(migrationsBefore.map((m) => m.name)).toEqual(['Registry1764547200000']);
    expect(rowsBefore).toHaveLength(25);

    opened = await openDatabase({ file });
    expect(opened.schemaVersion).toBe(new MIGRATIONS[MIGRATIONS.length - 1]!().name);
    const migrations = (opened.raw.prepare(`SELECT name FROM migrations ORDER BY id`).all() as Array<{ name: string }>).map((m) => m.name);
    expect(migrations).toEqual(MIGRATIONS.map((M) => new M().name));
    expect(migrations.slice(0, 2)).toEqual(['Registry1764547200000', 'Partnerships1764633600000']);
    // Every column as it was; migration 3 adds only the date of the latest class record (the
    // registration record it writes for each live UMKM).
    const rowsAfter = opened.raw.prepare(`SELECT * FROM umkm ORDER BY id`).all() as Array<Record<string, unknown>>;
    expect(rowsAfter.map(({ last_record_date: _l, ...rest }) => rest)).toEqual(rowsBefore);
    expect(rowsAfter.map((r) => r.last_record_date)).toEqual(
      (rowsBefore as Array<{ registered_at: string; deleted_at: string | null }>).map((r) => (r.deleted_at ? null : r.registered_at)),
    );
    const tables = (opened.raw.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{ name: string }>).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['komunitas', 'komunitas_anggota', 'mitra', 'kegiatan', 'kegiatan_komunitas', 'kegiatan_mitra', 'kegiatan_umkm', 'kemitraan', 'kemitraan_dukungan']));

    // The old rows work with the new services: search, membership, agreements, stats.
    const ctx = createContext(opened, 'test');
    const first = rowsBefore[0] as { id: number; business_name: string };
    const found = await ctx.umkm.list({ search: first.business_name.slice(0, 6) });
    expect(found.items.map((i) => i.id)).toContain(first.id);
    const k = ctx.komunitas.create({ name: 'Komunitas Lama', memberIds: [1, 2] });
    expect(k.members.map((m) => m.id)).toEqual(expect.arrayContaining([1, 2]));
    const stats = await ctx.stats.summary();
    expect([stats.umkm, stats.komunitas, stats.mitra, stats.kemitraan]).toEqual([24, 1, 0, { diusulkan: 0, aktif: 0, selesai: 0, dibatalkan: 0 }]);
    expect(opened.raw.pragma('foreign_key_check')).toEqual([]);
    expect(opened.raw.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('opening the migrated file again runs nothing more', async () => {
    const file = path.join(tmp.dir, 'registry-v1.sqlite');
    await registryOnlyDatabase(file, 3);
    const db = await openDatabase({ file });
    await db.close();
    opened = await openDatabase({ file });
    expect((opened.raw.prepare(`SELECT COUNT(*) AS n FROM migrations`).get() as { n: number }).n).toBe(MIGRATIONS.length);
    expect((opened.raw.prepare(`SELECT COUNT(*) AS n FROM umkm`).get() as { n: number }).n).toBe(3);
  });
});
