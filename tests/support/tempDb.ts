import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Core, type CoreConfig } from '../../electron/core/core';
import type { Database } from '../../electron/core/db/database';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { openPostgres } from '../../electron/core/db/postgres/openPostgres';
import { migratedPgDatabase } from './pgDatabase';
import type { Scope } from '../../electron/core/scope';
import type { UmkmInput } from '../../shared/contract';

/**
 * The services over the Core's current database, for a test to arrange and inspect data as the
 * services see it. Each property is read afresh, so a restore that swaps the database is followed;
 * calls run on the writer's connection outside any channel's transaction, as a direct caller's do.
 */
export function scopeOf(core: Core): Scope {
  const current = () => core.scope({ em: core.db.dataSource.manager, writing: true, sql: core.db.sql });
  return new Proxy({} as Scope, {
    get: (_t, prop) => (prop === 'core' ? core : Reflect.get(current(), prop)),
    has: (_t, prop) => prop === 'core' || Reflect.has(current(), prop),
  });
}

/** A Core over an opened database, seen through its services (see scopeOf). */
export function contextFor(db: Database, appVersion = 'test'): Scope {
  return scopeOf(new Core(db, { appVersion }));
}

/**
 * The engine the integration suite runs on: SQLite, or PostgreSQL when KEMITRAAN_TEST_ENGINE is
 * `postgres` (with the server of KEMITRAAN_TEST_PG). CI runs the suite once on each.
 */
export function testEngine(): 'sqlite' | 'postgres' {
  return process.env.KEMITRAAN_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';
}

/**
 * A fresh database in its own temp folder (a SQLite file there, or a new PostgreSQL database when
 * the suite runs on PostgreSQL; see testEngine); call cleanup() in afterEach. `engine` pins one.
 */
export async function tempContext(
  config: Partial<CoreConfig> = {},
  engine: 'sqlite' | 'postgres' = testEngine(),
): Promise<{ ctx: Scope; core: Core; dir: string; file: string; cleanup: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-test-'));
  const file = path.join(dir, 'test.sqlite');
  let drop = async () => {};
  let db: Database;
  if (engine === 'postgres') {
    const pg = await migratedPgDatabase();
    drop = pg.drop;
    db = await openPostgres({ url: pg.url, poolSize: 4 });
  } else {
    // A core that opens its databases with the upkeep thread opens this one so too, as the app's does.
    db = await openDatabase({ file, upkeep: config.upkeep });
  }
  const core = new Core(db, { appVersion: 'test', ...config });
  return {
    ctx: scopeOf(core),
    core,
    dir,
    file,
    cleanup: async () => {
      await core.close();
      await drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A valid UMKM input a test can change one field of (even to a wrong value: the contract judges it). */
export function validUmkm(overrides: Record<string, unknown> = {}): UmkmInput {
  return {
    businessName: 'Amplang Kepiting Bu Sari',
    ownerName: 'Sari Rahmawati',
    nik: '6471054506880001',
    address: 'Jl. Marsma R. Iswahyudi No. 12',
    kecamatan: '64.71.05',
    kelurahan: '64.71.05.1002',
    sector: 'kuliner',
    annualSales: 350_000_000,
    capital: 80_000_000,
    phone: '0812-3456-7890',
    ...overrides,
  } as UmkmInput;
}
