// Issue 13, "The browser preview's server": each attack sent with node's own HTTP client to a real
// loopback adapter on 127.0.0.1, and after each one the server still answers the page and a call.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LINK_HEADER, TAB_HEADER, type HttpAdapter } from '../../electron/adapters/http/server';
import { messages } from '../../shared/i18n';
import { callAs, E2E_LIKE_ADMIN, openTab, request, startLoopback, streamBody } from '../support/loopback';
import { tempContext } from '../support/tempDb';

const MB = 1024 * 1024;
const LIMIT = 8 * MB;

let env: Awaited<ReturnType<typeof tempContext>>;
let adapter: HttpAdapter;
let uploadDir: string;
let admin: string;

beforeAll(async () => {
  // The HTTP adapter is under test, not the engine: SQLite (integration-pg leaves this file out).
  env = await tempContext({}, 'sqlite');
  uploadDir = path.join(env.dir, 'uploads');
  fs.mkdirSync(uploadDir);
  adapter = await startLoopback(env.core, env.dir, { maxUpload: LIMIT, uploadDir });
  admin = await openTab(adapter);
  expect((await callAs(adapter, admin, 'auth:setup', E2E_LIKE_ADMIN)).result).toMatchObject({ ok: true });
});

afterAll(async () => {
  await adapter.close();
  await env.cleanup();
});

/** The server still serves the page and answers a signed-in call. */
async function stillServing(): Promise<void> {
  expect((await request(adapter.url, { path: '/' })).status).toBe(200);
  expect((await callAs(adapter, admin, 'auth:status', {})).result).toMatchObject({ ok: true, value: { user: { username: 'admin' } } });
}

/** A request line written to the socket as is, for targets node's client would not send. */
function rawRequestLine(target: string): Promise<string> {
  const { port } = new URL(adapter.url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`));
    let text = '';
    socket.setEncoding('utf8').on('data', (c: string) => (text += c));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}

const uploadsLeft = () => fs.readdirSync(uploadDir);

describe('malformed addresses', () => {
  for (const target of ['/%', '//', '/%E0%A4%A', '/api/%', '/api/%E0%A4%A', '/files/%', '/upload/%zz', '/\\evil.example/', '//evil.example/x']) {
    it(`${target} is answered 400, with no credential, and the server keeps serving`, async () => {
      const res = await request(adapter.url, { path: target });
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body)).toEqual({ ok: false, error: { code: 'VALIDATION', message: messages.errors.badAddress } });
      await stillServing();
    });
  }

  it('the same from another site\'s page (its Origin) and as an absolute URL on the request line', async () => {
    const res = await request(adapter.url, { path: '/%', headers: { Origin: 'http://evil.example', 'Sec-Fetch-Site': 'cross-site' } });
    expect(res.status).toBe(400);
    expect(await rawRequestLine(`http://127.0.0.1:${new URL(adapter.url).port}/`)).toMatch(/^HTTP\/1\.1 400 /);
    expect(await rawRequestLine('/%')).toMatch(/^HTTP\/1\.1 400 /);
    await stillServing();
  });
});

describe("another site's page", () => {
  it('is refused on every call, even with a valid tab credential, and nothing is read or written', async () => {
    const foreign: Array<Record<string, string>> = [{ Origin: 'http://evil.example' }, { Origin: 'null' }, { 'Sec-Fetch-Site': 'cross-site' }, { 'Sec-Fetch-Site': 'same-site' }];
    for (const headers of foreign) {
      const res = await callAs(adapter, admin, 'users:create', { username: 'penyusup', fullName: 'Penyusup', role: 'admin', password: 'penyusup-sandi-99' }, headers);
      expect(res.status).toBe(403);
      expect(res.result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: messages.errors.forbiddenSender } });
    }
    const users = (await callAs(adapter, admin, 'users:list', {})).result.value as Array<{ username: string }>;
    expect(users.map((u) => u.username)).toEqual(['admin']);
    const events = await request(adapter.url, { path: '/events', headers: { [TAB_HEADER]: admin, Origin: 'http://evil.example' } });
    expect(events.status).toBe(403);
    const upload = await request(adapter.url, { method: 'POST', path: '/upload?name=a.xlsx', headers: { [TAB_HEADER]: admin, 'Sec-Fetch-Site': 'cross-site' }, body: 'x' });
    expect(upload.status).toBe(403);
    expect(uploadsLeft()).toEqual([]);
    await stillServing();
  });

  it('cannot spend a link: refused before the link is looked at, which still opens a tab from our page', async () => {
    const link = adapter.newLink();
    const foreign = await request(adapter.url, { method: 'POST', path: '/tab', headers: { [LINK_HEADER]: link, Origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
    const ours = await request(adapter.url, { method: 'POST', path: '/tab', headers: { [LINK_HEADER]: link, Origin: new URL(adapter.url).origin, 'Sec-Fetch-Site': 'same-origin' } });
    expect(ours.status).toBe(200);
  });

  it('our own origin, by either name, is answered', async () => {
    const { port } = new URL(adapter.url);
    for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) {
      expect((await callAs(adapter, admin, 'auth:status', {}, { Origin: origin, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
    }
  });
});

describe('the credential', () => {
  it('is not in what GET / serves, whatever is asked, so a local program reading the page cannot call main', async () => {
    const page = await request(adapter.url, { path: '/' });
    const asRoute = await request(adapter.url, { path: '/umkm' });
    for (const res of [page, asRoute]) {
      expect(res.body).toBe(fs.readFileSync(path.join(env.dir, 'static', 'index.html'), 'utf8'));
      expect(res.body).not.toMatch(/token|kemitraan-/i);
      expect(Object.keys(res.headers).filter((h) => h.startsWith('x-kemitraan') || h === 'set-cookie')).toEqual([]);
    }
    // With nothing but the page, every call is refused with what to do.
    const res = await callAs(adapter, undefined, 'auth:status', {});
    expect(res.status).toBe(403);
    expect(res.result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: messages.errors.previewLink } });
  });

  it('comes only from a one-time link, traded once; a guessed link gets nothing', async () => {
    expect((await request(adapter.url, { method: 'POST', path: '/tab', headers: { [LINK_HEADER]: 'A'.repeat(43) } })).status).toBe(403);
    const link = adapter.newLink();
    const tab = await openTab(adapter, link);
    expect((await callAs(adapter, tab, 'auth:status', {})).result).toMatchObject({ ok: true, value: { user: null } });
    await expect(openTab(adapter, link)).rejects.toThrow(/403/);
    await stillServing();
  });

  it('signing in binds the user to a key main made, never one the page named', async () => {
    const tab = await openTab(adapter);
    // A page that still sends the old header with a session id of its choosing gets nothing from it.
    const named = await callAs(adapter, tab, 'auth:login', { username: 'admin', password: E2E_LIKE_ADMIN.password }, { 'X-Kemitraan-Session': 'chosen-by-the-page-0123456789' });
    expect(named.result).toMatchObject({ ok: true });
    const bound = [...env.core.auth.sessions['sessions'].keys()] as string[];
    expect(bound.some((k) => k.includes('chosen-by-the-page'))).toBe(false);
    expect(bound.every((k) => /^http:[A-Za-z0-9_-]{32}$/.test(k))).toBe(true);
    // Each sign-in on the tab is a new key; the one before is signed out, not left behind.
    const before = new Set(bound);
    expect((await callAs(adapter, tab, 'auth:login', { username: 'admin', password: E2E_LIKE_ADMIN.password })).result).toMatchObject({ ok: true });
    const after = [...env.core.auth.sessions['sessions'].keys()] as string[];
    expect(after.length).toBe(bound.length);
    expect(after.filter((k) => !before.has(k))).toHaveLength(1);
  });
});

describe('uploads', () => {
  it('above the limit are answered 413 as soon as they pass it, nothing kept, and the server keeps serving', async () => {
    // Declared too large: refused before a byte of the body is read.
    const declared = await request(adapter.url, { method: 'POST', path: '/upload?name=besar.xlsx', headers: { [TAB_HEADER]: admin, 'Content-Length': LIMIT + 1 }, body: Buffer.alloc(LIMIT + 1) });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toEqual({ ok: false, error: { code: 'BAD_FILE', message: 'Berkas terlalu besar untuk dibuka (lebih dari 8 MB).' } });
    // Streamed with no length: answered once it passes the limit, long before the sender is done.
    const streamed = await streamBody(adapter.url, { path: '/upload?name=besar.xlsx', headers: { [TAB_HEADER]: admin }, total: 64 * MB });
    expect(streamed.status).toBe(413);
    expect(streamed.sent).toBeLessThan(32 * MB);
    await vi.waitFor(() => expect(uploadsLeft()).toEqual([]));
    await stillServing();
  });

  it('go to disk as they arrive: half way through, the bytes are in a file, not in the server', async () => {
    let midway = 0;
    const res = await streamBody(adapter.url, {
      path: '/upload?name=data.xlsx',
      headers: { [TAB_HEADER]: admin },
      total: 6 * MB,
      pauseAt: 4 * MB,
      atPause: () =>
        vi.waitFor(() => {
          const files = uploadsLeft();
          expect(files).toHaveLength(1);
          midway = fs.statSync(path.join(uploadDir, files[0]!)).size;
          // Everything sent so far but what sits in the sockets' buffers.
          expect(midway).toBeGreaterThanOrEqual(3 * MB);
        }),
    });
    expect(res.status).toBe(200);
    expect(midway).toBeGreaterThanOrEqual(3 * MB);
    const ref = (JSON.parse(res.body) as { value: { fileId: string; name: string; size: number } }).value;
    expect(ref).toMatchObject({ name: 'data.xlsx', size: 6 * MB });
    // The core took the file over: nothing left in the adapter's folder, the bytes whole in the store.
    expect(uploadsLeft()).toEqual([]);
    const held = env.core.files.get(ref.fileId);
    expect(fs.readFileSync(held.path).equals(Buffer.alloc(6 * MB, 0x61))).toBe(true);
  });
});

describe('uploads and downloads need a signed-in session', () => {
  it('a connected tab nobody signed in on, or one locked, is refused both; signed in, both work', async () => {
    const anon = await openTab(adapter);
    const up = (tab: string) => request(adapter.url, { method: 'POST', path: '/upload?name=a.xlsx', headers: { [TAB_HEADER]: tab }, body: 'isi berkas' });
    const refusedUp = await up(anon);
    expect(refusedUp.status).toBe(401);
    expect(JSON.parse(refusedUp.body)).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: messages.errors.filesNeedSignIn } });
    expect(uploadsLeft()).toEqual([]);

    const uploaded = await up(admin);
    expect(uploaded.status).toBe(200);
    const fileId = (JSON.parse(uploaded.body) as { value: { fileId: string } }).value.fileId;
    const down = (tab: string | undefined) => request(adapter.url, { path: `/files/${fileId}`, headers: tab ? { [TAB_HEADER]: tab } : {} });
    const mine = await down(admin);
    expect(mine.status).toBe(200);
    expect(mine.body).toBe('isi berkas');
    expect(mine.headers['content-disposition']).toBe("attachment; filename*=UTF-8''a.xlsx");
    expect((await down(anon)).status).toBe(401);
    expect((await down(undefined)).status).toBe(403);
    // The old way (the token in the address) carries nothing now.
    expect((await request(adapter.url, { path: `/files/${fileId}?token=${admin}` })).status).toBe(403);

    // Locked: refused until the password opens it again.
    const other = await openTab(adapter);
    expect((await callAs(adapter, other, 'auth:login', { username: 'admin', password: E2E_LIKE_ADMIN.password })).result).toMatchObject({ ok: true });
    expect((await callAs(adapter, other, 'auth:lock', {})).result).toMatchObject({ ok: true, value: { locked: true } });
    expect((await down(other)).status).toBe(401);
    expect((await up(other)).status).toBe(401);
    expect((await callAs(adapter, other, 'auth:unlock', { password: E2E_LIKE_ADMIN.password })).result).toMatchObject({ ok: true });
    expect((await down(other)).status).toBe(200);
    // Signed out: refused again.
    expect((await callAs(adapter, other, 'auth:logout', {})).result).toMatchObject({ ok: true });
    expect((await down(other)).status).toBe(401);
    await stillServing();
  });
});
