import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SESSION_HEADER, startHttpAdapter, TOKEN_HEADER, type HttpAdapter } from '../../electron/adapters/http/server';
import { localGateway } from '../../electron/core/gateway/localGateway';
import { tempContext, validUmkm } from '../support/tempDb';

let adapter: HttpAdapter;
let env: Awaited<ReturnType<typeof tempContext>>;
const token = 'test-token-0123456789';

beforeAll(async () => {
  env = await tempContext();
  const staticDir = path.join(env.dir, 'static');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<html><head></head><body><div id="root"></div></body></html>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(env.dir, 'secret.txt'), 'secret');
  adapter = await startHttpAdapter({ core: localGateway(env.ctx.core), staticDir, token });
});

afterAll(async () => {
  await adapter.close();
  await env.cleanup();
});

/** Raw request, so the Host header can be set as an attacker would. */
function request(opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  const url = new URL(adapter.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: url.port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

const SESSION = 'page-session-0123456789abcdef';
const api = (channel: string, payload: unknown, headers: Record<string, string> = { [TOKEN_HEADER]: token, [SESSION_HEADER]: SESSION }) =>
  request({ method: 'POST', path: `/api/${channel}`, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(payload) });

describe('loopback adapter', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(adapter.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the page with the token and the CSP', async () => {
    const res = await request({ path: '/' });
    expect(res.status).toBe(200);
    expect(res.body).toContain(`<meta name="kemitraan-token" content="${token}">`);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await request({ path: '/assets/app.js' })).body).toBe('console.log(1)');
  });

  it('refuses paths outside the static folder', async () => {
    expect((await request({ path: '/../secret.txt' })).status).toBe(404);
    expect((await request({ path: '/%2e%2e/secret.txt' })).status).toBe(404);
  });

  it('answers the contract with the right token, for the page session that signed in', async () => {
    expect(JSON.parse((await api('umkm:create', validUmkm())).body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const setup = JSON.parse((await api('auth:setup', { username: 'admin', fullName: 'Admin', password: 'sandi-admin-1' })).body);
    expect(setup).toMatchObject({ ok: true, value: { user: { username: 'admin' } } });
    const otherPage = await api('umkm:list', {}, { [TOKEN_HEADER]: token, [SESSION_HEADER]: 'another-page-0123456789' });
    expect(JSON.parse(otherPage.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const noSession = await api('umkm:list', {}, { [TOKEN_HEADER]: token });
    expect(JSON.parse(noSession.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const res = await api('umkm:create', validUmkm());
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body);
    expect(body).toMatchObject({ ok: true, value: { class: 'mikro', classBasis: 'penjualan' } });
    const bad = JSON.parse((await api('umkm:create', validUmkm({ nik: '123' }))).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { nik: expect.stringContaining('16 digit') } } });
  });

  it('refuses a missing or wrong token, a foreign Host and unknown channels', async () => {
    expect((await api('stats:summary', {}, {})).status).toBe(403);
    expect((await api('stats:summary', {}, { [TOKEN_HEADER]: 'wrong' })).status).toBe(403);
    const rebound = await request({ method: 'POST', path: '/api/stats:summary', headers: { Host: 'evil.example:80', [TOKEN_HEADER]: token }, body: '{}' });
    expect(rebound.status).toBe(421);
    const unknown = JSON.parse((await api('system:exec', {})).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    const notJson = await request({ method: 'POST', path: '/api/stats:summary', headers: { [TOKEN_HEADER]: token }, body: '{oops' });
    expect(notJson.status).toBe(400);
  });
});

describe('event stream', () => {
  let clock = Date.now();
  let lockEnv: Awaited<ReturnType<typeof tempContext>>;
  let lockAdapter: HttpAdapter;

  beforeAll(async () => {
    lockEnv = await tempContext({ now: () => clock, lockCheckMs: 20 });
    const staticDir = path.join(lockEnv.dir, 'static');
    fs.mkdirSync(staticDir, { recursive: true });
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<html><head></head><body></body></html>');
    lockAdapter = await startHttpAdapter({ core: localGateway(lockEnv.core), staticDir, token });
  });

  afterAll(async () => {
    await lockAdapter.close();
    await lockEnv.cleanup();
  });

  /** Opens /events for a page session and collects what arrives. */
  function listen(session: string, withToken = token): Promise<{ status: number; text: () => string; close: () => void }> {
    const url = new URL(lockAdapter.url);
    return new Promise((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: url.port, path: `/events?token=${withToken}&session=${session}` }, (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (c: string) => (text += c));
        resolve({ status: res.statusCode ?? 0, text: () => text, close: () => req.destroy() });
      });
      req.on('error', (err) => (String(err).includes('socket hang up') ? undefined : reject(err)));
    });
  }

  it('pushes the idle lock to the page whose session locked, and only to it', async () => {
    const page = 'locking-page-0123456789abcdef';
    const url = new URL(lockAdapter.url);
    const post = (channel: string, payload: unknown, sid: string) =>
      new Promise<string>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port: url.port, method: 'POST', path: `/api/${channel}`, headers: { [TOKEN_HEADER]: token, [SESSION_HEADER]: sid } }, (res) => {
          let body = '';
          res.on('data', (c) => (body += c)).on('end', () => resolve(body));
        });
        req.on('error', reject);
        req.end(JSON.stringify(payload));
      });
    expect(JSON.parse(await post('auth:setup', { username: 'admin', fullName: 'Admin', password: 'sandi-admin-1' }, page))).toMatchObject({ ok: true });
    expect((await listen(page, 'wrong')).status).toBe(403);
    const mine = await listen(page);
    const other = await listen('other-page-0123456789abcdef');
    expect(mine.status).toBe(200);
    clock += 16 * 60_000;
    await vi.waitFor(() => expect(mine.text()).toContain('"name":"auth:changed"'), { timeout: 5_000 });
    expect(mine.text()).toContain('"locked":true');
    expect(other.text()).not.toContain('auth:changed');
    expect(JSON.parse(await post('auth:status', {}, page))).toMatchObject({ ok: true, value: { locked: true } });
    mine.close();
    other.close();
  });
});
