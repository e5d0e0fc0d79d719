// The same registry queries on PostgreSQL (issue 14): the benchmark's registry seeded by the same
// code and seed into a database on the server of KEMITRAAN_BENCH_PG (or KEMITRAAN_TEST_PG), kept
// there between runs like the SQLite fixture file, then ANALYZEd (what autovacuum does on a server
// in use) and timed through the handler table exactly as on SQLite.
import crypto from 'node:crypto';
import { Client } from 'pg';
import { POSTGRES_MIGRATIONS } from '../../electron/core/db/postgres/migrations';
import { openPostgres } from '../../electron/core/db/postgres/openPostgres';
import { seedDemo } from '../../electron/core/services/demo/seedDemo';
import { addPartners, KEMITRAAN, MITRA, RECORDS_EACH } from './fixture';
import { figuresOf, queryCases, timeCases, type QueryFigures } from './queries';

/** The server the PostgreSQL half runs on, or undefined (the half is skipped, saying why). */
export const benchPgUrl = (): string | undefined => process.env.KEMITRAAN_BENCH_PG || process.env.KEMITRAAN_TEST_PG || undefined;

const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

async function onServer<T>(url: string, work: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

/** The fixture's database on the server: built once per size and schema. */
async function pgFixture(url: string, umkm: number, log: (line: string) => void): Promise<string> {
  const schema = crypto.createHash('sha256').update(POSTGRES_MIGRATIONS.map((m) => m.toString()).join('\n')).digest('hex').slice(0, 10);
  const name = `kemitraan_bench_${umkm}_${RECORDS_EACH}x_${MITRA}_${KEMITRAAN}_${schema}`;
  const exists = await onServer(url, async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount! > 0);
  if (exists) return withDatabase(url, name);
  const building = `${name}_part`;
  await onServer(url, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${building}`);
  });
  const t = performance.now();
  const db = await openPostgres({ url: withDatabase(url, building) });
  try {
    await seedDemo(db, umkm, { recordsEach: RECORDS_EACH });
    log(`PostgreSQL: ${umkm.toLocaleString('id-ID')} UMKM seeded in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    await addPartners(db);
    await db.dataSource.query('ANALYZE');
  } finally {
    await db.close();
  }
  await onServer(url, (c) => c.query(`ALTER DATABASE ${building} RENAME TO ${name}`));
  log(`PostgreSQL fixture ${umkm.toLocaleString('id-ID')} UMKM built in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return withDatabase(url, name);
}

/** The registry queries at `umkm` on PostgreSQL, or null with the reason printed when there is no server. */
export async function measurePgQueries(umkm: number, log: (line: string) => void, rounds = 5): Promise<QueryFigures | null> {
  const url = benchPgUrl();
  if (!url) {
    log('PostgreSQL half skipped: set KEMITRAAN_BENCH_PG (or KEMITRAAN_TEST_PG) to a server URL, e.g. from scripts/ci/pg-throwaway.sh');
    return null;
  }
  const fixture = await pgFixture(url, umkm, log);
  const cases = queryCases(umkm);
  return figuresOf(cases, await timeCases(() => openPostgres({ url: fixture }), cases, rounds));
}
