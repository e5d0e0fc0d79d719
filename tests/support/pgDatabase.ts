import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPostgres } from '../../electron/core/db/postgres/openPostgres';
import { onServer, pgUrl, withDatabase } from './pgTest';

/** The migrations' own text: a template made by other migrations is never reused. */
function migrationsDigest(): string {
  // Worked out here, not at load: a test's bundled child process (crashWriter) imports this module too.
  const MIGRATIONS_DIR = fileURLToPath(new URL('../../electron/core/db/postgres/migrations', import.meta.url));
  const hash = crypto.createHash('sha256');
  for (const f of fs.readdirSync(MIGRATIONS_DIR).sort()) hash.update(f).update(fs.readFileSync(path.join(MIGRATIONS_DIR, f)));
  return hash.digest('hex').slice(0, 12);
}

let template: Promise<string> | undefined;

/** A database migrated once by the app's own opener, copied for each test (CREATE DATABASE … TEMPLATE). */
function migratedTemplate(): Promise<string> {
  template ??= onServer(async (c) => {
    const name = `kt_template_${migrationsDigest()}`;
    await c.query('SELECT pg_advisory_lock(424242)');
    try {
      const found = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (found.rowCount === 0) {
        const building = `${name}_new`;
        await c.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
        await c.query(`CREATE DATABASE ${building}`);
        const db = await openPostgres({ url: withDatabase(pgUrl()!, building), poolSize: 2 });
        await db.close();
        await c.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
      }
    } finally {
      await c.query('SELECT pg_advisory_unlock(424242)');
    }
    return name;
  });
  return template;
}

/**
 * A new database `kt_<random>` with the app's schema already in it, and drop() to remove it (its
 * sessions ended: WITH (FORCE)). Call drop() in afterEach/afterAll whatever the test did.
 */
export async function migratedPgDatabase(): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const from = await migratedTemplate();
  const name = `kt_${crypto.randomBytes(6).toString('hex')}`;
  await onServer((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${from}`));
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
