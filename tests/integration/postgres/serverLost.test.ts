// The office's server going away under a running app: the call in flight is refused with a clear
// message and nothing of it is written; the next calls work again once the server answers.
import { Client } from 'pg';
import type { UmkmPage } from '../../../shared/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch/dispatch';
import { adminSession } from '../../support/auth';
import { countRows } from '../../support/dbQuery';
import { PG_SKIP_REASON, pgUrl } from '../../support/pgTest';
import { tempContext, validUmkm } from '../../support/tempDb';

if (!pgUrl()) console.warn(PG_SKIP_REASON);

/** Ends every session of this test's database on the server, as a restarted server or a cut cable does. */
async function cutConnections(database: string): Promise<number> {
  const c = new Client({ connectionString: pgUrl() });
  await c.connect();
  try {
    const r = await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]);
    return r.rowCount ?? 0;
  } finally {
    await c.end();
  }
}

describe.skipIf(!pgUrl())('a PostgreSQL registry whose connections are cut', () => {
  let t: Awaited<ReturnType<typeof tempContext>>;
  let database: string;
  beforeEach(async () => {
    t = await tempContext({}, 'postgres');
    database = t.core.db.kind === 'postgres' ? t.core.db.label.split('/').pop()! : '';
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('refuses the call in flight with DB_CONNECTION naming the server, writes nothing of it, and works again after', async () => {
    const session = adminSession(t.ctx);
    // A long write (the demo data: thousands of rows in one transaction) whose connection is cut midway.
    const seeding = dispatch('demo:seed', { umkm: 5000 }, t.core, session);
    await new Promise((r) => setTimeout(r, 300));
    expect(await cutConnections(database)).toBeGreaterThan(0);
    const during = await seeding;
    expect(during.ok).toBe(false);
    if (!during.ok) {
      expect(during.error.code).toBe('DB_CONNECTION');
      expect(during.error.message).toContain('kemitraan@127.0.0.1');
      expect(during.error.message).toContain('tidak disimpan');
      expect(during.error.message).not.toContain('kemitraan-ci');
    }
    // The pool makes new connections: reads and writes work again, and the cut write left nothing.
    expect(await countRows(t.core.db, 'umkm')).toBe(0);
    expect(await countRows(t.core.db, 'mitra')).toBe(0);
    const after = await dispatch('umkm:create', validUmkm({ nik: '6471010101800003', businessName: 'Sesudahnya' }), t.core, session);
    expect(after.ok).toBe(true);
    const list = await dispatch('umkm:list', { pageSize: 50 }, t.core, session);
    expect(list.ok && (list.value as UmkmPage).items.map((u) => u.businessName)).toEqual(['Sesudahnya']);
  });
});
