import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LINK_HEADER, TAB_HEADER, type HttpAdapter } from '../../electron/adapters/http/server';
import { callAs, E2E_LIKE_ADMIN, openTab, request, startLoopback } from '../support/loopback';
import { tempContext, validUmkm } from '../support/tempDb';

let adapter: HttpAdapter;
let env: Awaited<ReturnType<typeof tempContext>>;

beforeAll(async () => {
  // The HTTP adapter is under test, not the engine: SQLite (integration-pg leaves this file out).
  env = await tempContext({}, 'sqlite');
  fs.writeFileSync(path.join(env.dir, 'secret.txt'), 'secret');
  adapter = await startLoopback(env.core, env.dir);
});

afterAll(async () => {
  await adapter.close();
  await env.cleanup();
});

describe('loopback adapter', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(adapter.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the page with the CSP and no secret in it', async () => {
    const res = await request(adapter.url, { path: '/' });
    expect(res.status).toBe(200);
    expect(res.body).toBe('<html><head></head><body><div id="root"></div></body></html>');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await request(adapter.url, { path: '/assets/app.js' })).body).toBe('console.log(1)');
  });

  it('refuses paths outside the static folder', async () => {
    expect((await request(adapter.url, { path: '/../secret.txt' })).status).toBe(404);
    expect((await request(adapter.url, { path: '/%2e%2e/secret.txt' })).status).toBe(404);
  });

  it('answers the contract for the tab that signed in, on a session key main chose', async () => {
    const tab = await openTab(adapter);
    expect((await callAs(adapter, tab, 'umkm:create', validUmkm())).result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect((await callAs(adapter, tab, 'auth:setup', E2E_LIKE_ADMIN)).result).toMatchObject({ ok: true, value: { user: { username: 'admin' } } });
    // Another tab (its own link) is not signed in by this one's sign-in.
    const other = await openTab(adapter);
    expect((await callAs(adapter, other, 'umkm:list', {})).result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const res = await callAs(adapter, tab, 'umkm:create', validUmkm());
    expect(res.status).toBe(200);
    expect(res.result).toMatchObject({ ok: true, value: { class: 'mikro', classBasis: 'penjualan' } });
    const bad = await callAs(adapter, tab, 'umkm:create', validUmkm({ nik: '123' }));
    expect(bad.result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { nik: expect.stringContaining('16 digit') } } });
    // Signing out ends it for the tab; the tab stays connected and can sign in again.
    expect((await callAs(adapter, tab, 'auth:logout', {})).result).toMatchObject({ ok: true, value: { user: null } });
    expect((await callAs(adapter, tab, 'umkm:list', {})).result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect((await callAs(adapter, tab, 'auth:login', { username: 'admin', password: E2E_LIKE_ADMIN.password })).result).toMatchObject({ ok: true });
    expect((await callAs(adapter, tab, 'umkm:list', {})).result).toMatchObject({ ok: true });
  });

  it('refuses a missing or wrong tab credential, a foreign Host and unknown channels', async () => {
    const tab = await openTab(adapter);
    expect((await callAs(adapter, undefined, 'stats:summary', {})).status).toBe(403);
    const wrong = await callAs(adapter, 'wrong', 'stats:summary', {});
    expect(wrong.status).toBe(403);
    expect(wrong.result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('tautan') } });
    const rebound = await request(adapter.url, { method: 'POST', path: '/api/stats:summary', headers: { Host: 'evil.example:80', [TAB_HEADER]: tab }, body: '{}' });
    expect(rebound.status).toBe(421);
    expect((await callAs(adapter, tab, 'system:exec', {})).result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    const notJson = await request(adapter.url, { method: 'POST', path: '/api/stats:summary', headers: { [TAB_HEADER]: tab }, body: '{oops' });
    expect(notJson.status).toBe(400);
  });

  it('trades each link once, and only for a tab credential', async () => {
    const link = adapter.newLink();
    const first = await request(adapter.url, { method: 'POST', path: '/tab', headers: { [LINK_HEADER]: link } });
    expect(first.status).toBe(200);
    const again = await request(adapter.url, { method: 'POST', path: '/tab', headers: { [LINK_HEADER]: link } });
    expect(again.status).toBe(403);
    expect(JSON.parse(again.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await request(adapter.url, { method: 'POST', path: '/tab' })).status).toBe(403);
    // The link's secret is not a credential itself.
    expect((await callAs(adapter, adapter.newLink(), 'stats:summary', {})).status).toBe(403);
  });
});

describe('event stream', () => {
  let clock = Date.now();
  let lockEnv: Awaited<ReturnType<typeof tempContext>>;
  let lockAdapter: HttpAdapter;

  beforeAll(async () => {
    lockEnv = await tempContext({ now: () => clock, lockCheckMs: 20 }, 'sqlite');
    lockAdapter = await startLoopback(lockEnv.core, lockEnv.dir);
  });

  afterAll(async () => {
    await lockAdapter.close();
    await lockEnv.cleanup();
  });

  /** Opens /events as a tab (the credential in a header, as the page's fetch sends it) and collects what arrives. */
  function listen(tab: string | undefined): Promise<{ status: number; text: () => string; close: () => void }> {
    const url = new URL(lockAdapter.url);
    return new Promise((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: url.port, path: '/events', headers: tab ? { [TAB_HEADER]: tab } : {} }, (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (c: string) => (text += c));
        resolve({ status: res.statusCode ?? 0, text: () => text, close: () => req.destroy() });
      });
      req.on('error', (err) => (String(err).includes('socket hang up') ? undefined : reject(err)));
    });
  }

  it('pushes the idle lock to the tab whose session locked, and only to it', async () => {
    const tab = await openTab(lockAdapter);
    // Listening before the sign-in: the stream follows the tab to the key main issues at sign-in.
    const mine = await listen(tab);
    expect((await callAs(lockAdapter, tab, 'auth:setup', E2E_LIKE_ADMIN)).result).toMatchObject({ ok: true });
    expect((await listen('wrong')).status).toBe(403);
    expect((await listen(undefined)).status).toBe(403);
    const other = await listen(await openTab(lockAdapter));
    expect(mine.status).toBe(200);
    clock += 16 * 60_000;
    await vi.waitFor(() => expect(mine.text()).toContain('"name":"auth:changed"'), { timeout: 5_000 });
    expect(mine.text()).toContain('"locked":true');
    expect(other.text()).not.toContain('auth:changed');
    expect((await callAs(lockAdapter, tab, 'auth:status', {})).result).toMatchObject({ ok: true, value: { locked: true } });
    mine.close();
    other.close();
  });
});
