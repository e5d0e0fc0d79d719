import crypto from 'node:crypto';
import { Client } from 'pg';

/**
 * The PostgreSQL server the tests may use: a superuser's URL in env KEMITRAAN_TEST_PG (e.g. from
 * scripts/ci/pg-throwaway.sh), or undefined, and the PostgreSQL tests skip saying so.
 */
export function pgUrl(): string | undefined {
  return process.env.KEMITRAAN_TEST_PG || undefined;
}

/** The reason a PostgreSQL test skips, printed once by the test file that skips. */
export const PG_SKIP_REASON = 'KEMITRAAN_TEST_PG is not set (e.g. postgres://user:pw@127.0.0.1:54329/postgres from scripts/ci/pg-throwaway.sh): PostgreSQL tests skipped';

/** `url` naming another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Runs `work` on a connection to the test server's own database (creating and dropping others). */
export async function onServer<T>(work: (c: Client) => Promise<T>): Promise<T> {
  const url = pgUrl();
  if (!url) throw new Error(PG_SKIP_REASON);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A new empty database `kt_<random>` on the test server, and drop() to remove it (whoever is still
 * connected: WITH (FORCE) ends their sessions). Call drop() in afterAll, whatever the tests did.
 */
export async function freshPgDatabase(): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `kt_${crypto.randomBytes(6).toString('hex')}`;
  await onServer((c) => c.query(`CREATE DATABASE ${name}`));
  let dropped = false;
  return {
    url: withDatabase(pgUrl()!, name),
    name,
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await onServer((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
