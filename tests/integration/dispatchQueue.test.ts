// Calls that arrive together (two IPC messages, a double click) must not share a transaction:
// the handler table runs them one after another on the single connection.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers/handlerTable';
import { adminSession } from '../support/auth';
import { tempContext, validUmkm } from '../support/tempDb';

let env: Awaited<ReturnType<typeof tempContext>>;
beforeEach(async () => {
  env = await tempContext();
});
afterEach(async () => {
  await env.cleanup();
});

it('keeps a refused write from rolling back a concurrent good one', async () => {
  const first = await dispatch('umkm:create', validUmkm(), env.ctx, adminSession(env.ctx));
  expect(first.ok).toBe(true);
  // Fired together: a duplicate NIK (refused inside its transaction) and a new UMKM.
  const results = await Promise.all([
    dispatch('umkm:create', validUmkm({ businessName: 'Kembar NIK' }), env.ctx, adminSession(env.ctx)),
    dispatch('umkm:create', validUmkm({ businessName: 'Usaha Baru', nik: '6471010101900002' }), env.ctx, adminSession(env.ctx)),
    dispatch('umkm:create', validUmkm({ businessName: 'Usaha Ketiga', nik: '6471010101900003' }), env.ctx, adminSession(env.ctx)),
  ]);
  expect(results.map((r) => r.ok)).toEqual([false, true, true]);
  const rows = env.ctx.db.raw.prepare(`SELECT business_name FROM umkm ORDER BY id`).all() as Array<{ business_name: string }>;
  expect(rows.map((r) => r.business_name)).toEqual(['Amplang Kepiting Bu Sari', 'Usaha Baru', 'Usaha Ketiga']);
});

it('answers in the order the calls came', async () => {
  const order: string[] = [];
  await Promise.all([
    dispatch('umkm:create', validUmkm(), env.ctx, adminSession(env.ctx)).then(() => order.push('create')),
    dispatch('stats:summary', {}, env.ctx, adminSession(env.ctx)).then((r) => order.push(`stats:${(r as { value: { umkm: number } }).value.umkm}`)),
  ]);
  expect(order).toEqual(['create', 'stats:1']);
});
