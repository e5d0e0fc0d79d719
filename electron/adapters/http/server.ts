// Loopback-only HTTP adapter over the same handler table, so a browser (Playwright in Debian's
// Chromium, `npm run preview`) drives the real renderer. Never part of the packaged app.
//
// Who may call it: a tab that opened a one-time link (`/#token=…`, printed by serve.ts) and traded
// it at `POST /tab` for its own credential, sent on every call as X-Kemitraan-Tab. `GET /` hands
// out nothing. Main issues the session key a user is bound to at each sign-in (tabs.ts); uploads
// and downloads also need that user signed in and not locked. A request no handler expects (a
// target that does not parse, another site's page) gets its 4xx and the server keeps serving.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { AuthStatus } from '../../../shared/contract/auth';
import type { AppErrorData, ErrorCode } from '../../../shared/contract/errors';
import { fill, messages } from '../../../shared/i18n';
import { AppError } from '../../core/errors';
import type { CoreGateway } from '../../core/gateway/gateway';
import { CONTENT_SECURITY_POLICY, resolveStaticFile } from '../static/webPolicy';
import { fromOurPage, originsFor, parseTarget } from './requestChecks';
import { sessionRef, TabRegistry, type Tab } from './tabs';
import { receiveToFile } from './uploadToDisk';

/** The tab's credential, on every call but the trade of a link (and the page's own files). */
export const TAB_HEADER = 'x-kemitraan-tab';
/** The one-time secret from the link's fragment, sent once to `POST /tab`. */
export const LINK_HEADER = 'x-kemitraan-link';
const MAX_BODY = 5 * 1024 * 1024;
// Uploads stand in for the desktop's open dialog; the import itself refuses files over its own limit.
const MAX_UPLOAD = 200 * 1024 * 1024;
// Channels that bind a user to a session: they run on a key main has just made.
const SIGN_IN = new Set(['auth:login', 'auth:setup']);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};
const JSON_TYPE = 'application/json; charset=utf-8';

export interface HttpAdapter {
  url: string;
  /** A one-time secret for a new tab's link: open `${url}#token=${newLink()}`. */
  newLink(): string;
  close(): Promise<void>;
}

export interface HttpAdapterOptions {
  core: CoreGateway;
  staticDir: string;
  port?: number;
  /** Largest upload accepted, in bytes (200 MB). */
  maxUpload?: number;
  /** Where uploads are streamed before the core takes them over (a private temp folder). */
  uploadDir?: string;
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra: http.OutgoingHttpHeaders = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

/** A refusal the renderer reads like any other result: a status for the network, a Result for the page. */
function refuse(res: http.ServerResponse, status: number, code: ErrorCode, message: string, extra?: http.OutgoingHttpHeaders): void {
  const error: AppErrorData = { code, message };
  send(res, status, JSON_TYPE, JSON.stringify({ ok: false, error }), extra);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startHttpAdapter(opts: HttpAdapterOptions): Promise<HttpAdapter> {
  const { core } = opts;
  const root = path.resolve(opts.staticDir);
  const indexHtml = fs.readFileSync(path.join(root, 'index.html'));
  const maxUpload = opts.maxUpload ?? MAX_UPLOAD;
  const ownUploadDir = !opts.uploadDir;
  const uploadDir = opts.uploadDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-upload-'));
  const tabs = new TabRegistry();
  let allowed = originsFor(0);

  /** Who is signed in on the tab's session, or null. A locked session counts as nobody. */
  async function signedIn(tab: Tab): Promise<boolean> {
    const status = await core.call('auth:status', {}, sessionRef(tab.sessionKey, tab.source));
    return status.ok && (status.value as AuthStatus).user !== null && !(status.value as AuthStatus).locked;
  }

  /** A contract call; a sign-in runs on a fresh key, which becomes the tab's once it succeeds. */
  async function callFor(tab: Tab, channel: string, payload: unknown) {
    if (!SIGN_IN.has(channel)) {
      const result = await core.call(channel, payload, sessionRef(tab.sessionKey, tab.source));
      if (channel === 'auth:logout' && result.ok) Object.assign(tab, { sessionKey: tabs.freshKey(), signedIn: false });
      return result;
    }
    const key = tabs.freshKey();
    const result = await core.call(channel, payload, sessionRef(key, tab.source));
    if (result.ok) {
      const previous = tab.signedIn ? tab.sessionKey : null;
      Object.assign(tab, { sessionKey: key, signedIn: true });
      // The user the tab held before signs out, rather than lingering on a key nobody holds.
      if (previous) await core.call('auth:logout', {}, sessionRef(previous, tab.source));
    }
    return result;
  }

  /** POST /upload?name=…: the browser's stand-in for the open dialog. Answers a FileRef. */
  async function upload(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const received = await receiveToFile(req, uploadDir, maxUpload);
    if ('tooLarge' in received) {
      // No `Connection: close`: the socket would close with the rest of the body unread, and the
      // sender's next write fail (EPIPE) before it reads this answer; receiveToFile drains it instead.
      return refuse(res, 413, 'BAD_FILE', fill(messages.errors.uploadTooLarge, { mb: Math.floor(maxUpload / (1024 * 1024)) }));
    }
    try {
      const ref = await core.adoptUpload(url.searchParams.get('name') ?? 'berkas', received.file);
      send(res, 200, JSON_TYPE, JSON.stringify({ ok: true, value: ref }));
    } catch (err) {
      fs.rmSync(received.file, { force: true });
      const error = err instanceof AppError ? err.toData() : { code: 'INTERNAL', message: messages.errors.internal };
      send(res, 200, JSON_TYPE, JSON.stringify({ ok: false, error }));
    }
  }

  /** GET /files/<id>: the browser's stand-in for the save dialog, fetched by the page as a download. */
  async function download(res: http.ServerResponse, fileId: string): Promise<void> {
    const held = await core.heldFile(fileId);
    if (!held) return refuse(res, 404, 'NOT_FOUND', messages.errors.fileGone);
    res.writeHead(200, {
      'Content-Type': 'application/octet-stream',
      'Content-Length': held.size,
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(held.name)}`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    fs.createReadStream(held.path)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  /**
   * GET /events: the page's events (Server-Sent Events, read by fetch so the credential rides in a
   * header): those for the tab's session as it is at the moment, and those for every window.
   */
  function events(req: http.IncomingMessage, res: http.ServerResponse, tab: Tab): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    res.write(': ok\n\n');
    const stop = core.onEvent((event, key) => {
      if (key === undefined || key === tab.sessionKey) res.write(`data: ${JSON.stringify(event)}\n\n`);
    });
    req.on('close', stop);
  }

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // Host check stops DNS rebinding.
    if (!allowed.hosts.has(req.headers.host ?? '')) return send(res, 421, 'text/plain', 'Misdirected');
    const url = parseTarget(req.url);
    if (!url) return refuse(res, 400, 'VALIDATION', messages.errors.badAddress);
    const p = url.pathname;
    const isStatic = p !== '/tab' && p !== '/upload' && p !== '/events' && !p.startsWith('/files/') && !p.startsWith('/api/');
    if (isStatic) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'GET only');
      // The same path guard as the app:// protocol. index.html carries no secret: anyone may read it.
      const file = resolveStaticFile(root, p);
      if (file === path.join(root, 'index.html')) return send(res, 200, TYPES['.html']!, indexHtml);
      if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) return send(res, 404, 'text/plain', 'Not found');
      return send(res, 200, TYPES[path.extname(file)] ?? 'application/octet-stream', fs.readFileSync(file));
    }
    // Everything else is for our page only: another site's page is refused before anything is read.
    if (!fromOurPage(req, allowed.origins)) return refuse(res, 403, 'FORBIDDEN', messages.errors.forbiddenSender, { Connection: 'close' });
    if (p === '/tab') {
      if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only');
      const credential = tabs.open(req.headers[LINK_HEADER]);
      if (!credential) return refuse(res, 403, 'FORBIDDEN', messages.errors.previewLink);
      return send(res, 200, JSON_TYPE, JSON.stringify({ ok: true, value: { tab: credential } }));
    }
    const tab = tabs.get(req.headers[TAB_HEADER]);
    if (!tab) return refuse(res, 403, 'FORBIDDEN', messages.errors.previewLink, { Connection: 'close' });
    if (p === '/events') return events(req, res, tab);
    if (p === '/upload' || p.startsWith('/files/')) {
      if (p === '/upload' && req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only');
      if (!(await signedIn(tab))) return refuse(res, 401, 'UNAUTHENTICATED', messages.errors.filesNeedSignIn, { Connection: 'close' });
      return p === '/upload' ? upload(req, res, url) : download(res, p.slice('/files/'.length));
    }
    // /api/<channel>
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only');
    const channel = decodeURIComponent(p.slice('/api/'.length));
    let payload: unknown;
    try {
      const body = await readBody(req);
      payload = body ? JSON.parse(body) : undefined;
    } catch {
      return refuse(res, 400, 'VALIDATION', 'JSON tidak sah.');
    }
    return send(res, 200, JSON_TYPE, JSON.stringify(await callFor(tab, channel, payload)));
  }

  const server = http.createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      // A fault in one request is that request's 500, never the end of the server.
      console.error('[http] request failed', err instanceof Error ? err.message : err);
      if (!res.headersSent) refuse(res, 500, 'INTERNAL', messages.errors.internal);
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowed = originsFor(port);
  return {
    url: `http://127.0.0.1:${port}/`,
    newLink: () => tabs.newLink(),
    close: () =>
      new Promise<void>((resolve) => {
        // Open event streams would keep the server from closing.
        server.closeAllConnections();
        server.close(() => {
          if (ownUploadDir) fs.rmSync(uploadDir, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}
