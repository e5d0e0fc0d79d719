// Calls that arrive together (two IPC messages, a double click) must not share a transaction:
// writes take the database's one write lock in turn, while reads go on over their own connection.
import { UmkmInput } from '../../shared/contract';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import type { Scope } from '../../electron/core/scope';
import { adminSession } from '../support/auth';
import { queryRows } from '../support/dbQuery';
import { tempContext, validUmkm } from '../support/tempDb';

let env: Awaited<ReturnType<typeof tempContext>>;
beforeEach(async () => {
  env = await tempContext();
});
afterEach(async () => {
  await env.cleanup();
});

it('keeps a refused write from rolling back a concurrent good one', async () => {
  const first = await dispatch('umkm:create', validUmkm(), env.ctx.core, adminSession(env.ctx));
  expect(first.ok).toBe(true);
  // Fired together: a duplicate NIK (refused inside its transaction) and a new UMKM.
  const results = await Promise.all([
    dispatch('umkm:create', validUmkm({ businessName: 'Kembar NIK' }), env.ctx.core, adminSession(env.ctx)),
    dispatch('umkm:create', validUmkm({ businessName: 'Usaha Baru', nik: '6471010101900002' }), env.ctx.core, adminSession(env.ctx)),
    dispatch('umkm:create', validUmkm({ businessName: 'Usaha Ketiga', nik: '6471010101900003' }), env.ctx.core, adminSession(env.ctx)),
  ]);
  expect(results.map((r) => r.ok)).toEqual([false, true, true]);
  const rows = await queryRows<{ business_name: string }>(env.ctx.db, `SELECT business_name FROM umkm ORDER BY id`);
  expect(rows.map((r) => r.business_name)).toEqual(['Amplang Kepiting Bu Sari', 'Usaha Baru', 'Usaha Ketiga']);
});

it('runs writes in the order they came, while a read answers at once with what is committed', async () => {
  const order: string[] = [];
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  // A long write holds the lock (an import between its chunks), its first row already written.
  const long = env.core.write(async (s) => {
    await s.umkm.create(UmkmInput.parse(validUmkm()));
    await gate;
    order.push('long');
  });
  const next = dispatch('umkm:create', validUmkm({ businessName: 'Usaha Baru', nik: '6471010101900002' }), env.core, adminSession(env.ctx)).then((r) => {
    order.push('create');
    return r;
  });
  const stats = await dispatch('stats:summary', {}, env.core, adminSession(env.ctx));
  order.push('stats');
  // The read did not wait, and saw nothing of the open transaction.
  expect(stats.ok && stats.value).toMatchObject({ umkm: 0 });
  open();
  await Promise.all([long, next]);
  expect(order).toEqual(['stats', 'long', 'create']);
  const after = await dispatch('stats:summary', {}, env.core, adminSession(env.ctx));
  expect(after.ok && after.value).toMatchObject({ umkm: 2 });
});

it('lets an export read one moment while a write commits between its chunks', async () => {
  await dispatch('umkm:create', validUmkm(), env.core, adminSession(env.ctx));
  const count = (s: Scope) => s.umkm.countActive();
  const seen = await env.core.snapshot(async (s) => {
    const before = await count(s);
    // A clerk saves a UMKM while the export is between two chunks.
    const saved = await dispatch('umkm:create', validUmkm({ businessName: 'Usaha Baru', nik: '6471010101900002' }), env.core, adminSession(env.ctx));
    expect(saved.ok).toBe(true);
    return [before, await count(s), await env.core.read(count)];
  });
  // The export saw the registry as it stood when it began; every other read sees the new row.
  expect(seen).toEqual([1, 1, 2]);
});
