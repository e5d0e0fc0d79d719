// Loopback-only HTTP adapter over the same handler table, so a browser (Playwright in Debian's
// Chromium, `npm run preview`) drives the real renderer. Never part of the packaged app.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { AppError } from '../../core/errors';
import type { CoreGateway } from '../../core/gateway/gateway';
import { messages } from '../../../shared/i18n';
import { CONTENT_SECURITY_POLICY, resolveStaticFile } from '../static/webPolicy';

export const TOKEN_HEADER = 'x-kemitraan-token';
/** A random id the page makes at load (kept in sessionStorage): main binds the signed-in user to it. */
export const SESSION_HEADER = 'x-kemitraan-session';
const SESSION_ID = /^[A-Za-z0-9_-]{16,128}$/;
const MAX_BODY = 5 * 1024 * 1024;
// Uploads stand in for the desktop's open dialog; the import itself refuses files over its own limit.
const MAX_UPLOAD = 200 * 1024 * 1024;

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

export interface HttpAdapter {
  url: string;
  close(): Promise<void>;
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' });
  res.end(body);
}

function readBytes(req: http.IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const readBody = async (req: http.IncomingMessage) => (await readBytes(req, MAX_BODY)).toString('utf8');

/** POST /upload?name=…: the browser's stand-in for the open dialog. Answers a FileRef. */
async function upload(req: http.IncomingMessage, res: http.ServerResponse, url: URL, core: CoreGateway): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = await readBytes(req, MAX_UPLOAD);
  } catch {
    return send(res, 413, 'application/json', JSON.stringify({ ok: false, error: { code: 'BAD_FILE', message: messages.errors.uploadTooLarge } }));
  }
  try {
    const ref = await core.saveUpload(url.searchParams.get('name') ?? 'berkas', bytes);
    send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ ok: true, value: ref }));
  } catch (err) {
    const error = err instanceof AppError ? err.toData() : { code: 'INTERNAL', message: messages.errors.internal };
    send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ ok: false, error }));
  }
}

/** GET /files/<id>?token=…: the browser's stand-in for the save dialog, as a download. */
async function download(res: http.ServerResponse, fileId: string, core: CoreGateway): Promise<void> {
  const held = await core.heldFile(fileId);
  if (!held) return send(res, 404, 'text/plain', 'Not found');
  res.writeHead(200, {
    'Content-Type': 'application/octet-stream',
    'Content-Length': held.size,
    'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(held.name)}`,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  fs.createReadStream(held.path).pipe(res);
}

/**
 * GET /events?token=…&session=…: the page's events (Server-Sent Events), those for its session
 * and those for every window; the browser's stand-in for Electron's webContents.send.
 */
function events(req: http.IncomingMessage, res: http.ServerResponse, sessionKey: string, core: CoreGateway): void {
  res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.write(': ok\n\n');
  const stop = core.onEvent((event, key) => {
    if (key === undefined || key === sessionKey) res.write(`data: ${JSON.stringify(event)}\n\n`);
  });
  req.on('close', stop);
}

const sessionOf = (sid: unknown) => (typeof sid === 'string' && SESSION_ID.test(sid) ? { key: `http:${sid}`, via: 'app' as const } : undefined);

export async function startHttpAdapter(opts: { core: CoreGateway; staticDir: string; token: string; port?: number }): Promise<HttpAdapter> {
  const root = path.resolve(opts.staticDir);
  const indexHtml = fs
    .readFileSync(path.join(root, 'index.html'), 'utf8')
    .replace('</head>', `<meta name="kemitraan-token" content="${opts.token}"></head>`);
  let allowedHosts: Set<string> = new Set();

  const server = http.createServer(async (req, res) => {
    // Host check stops DNS rebinding; the token stops other local pages and programs.
    if (!allowedHosts.has(req.headers.host ?? '')) return send(res, 421, 'text/plain', 'Misdirected');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/upload') {
      if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only');
      if (req.headers[TOKEN_HEADER] !== opts.token) return send(res, 403, 'text/plain', 'Forbidden');
      return upload(req, res, url, opts.core);
    }
    if (url.pathname.startsWith('/files/')) {
      // A download is a plain navigation, so the token rides in the query string.
      if (url.searchParams.get('token') !== opts.token) return send(res, 403, 'text/plain', 'Forbidden');
      return download(res, url.pathname.slice(7), opts.core);
    }
    if (url.pathname === '/events') {
      // EventSource cannot set headers: the token and the session ride in the query string.
      if (url.searchParams.get('token') !== opts.token) return send(res, 403, 'text/plain', 'Forbidden');
      const session = sessionOf(url.searchParams.get('session'));
      if (!session) return send(res, 400, 'text/plain', 'Session required');
      return events(req, res, session.key, opts.core);
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only');
      if (req.headers[TOKEN_HEADER] !== opts.token) return send(res, 403, 'text/plain', 'Forbidden');
      const channel = decodeURIComponent(url.pathname.slice(5));
      let payload: unknown;
      try {
        const body = await readBody(req);
        payload = body ? JSON.parse(body) : undefined;
      } catch {
        return send(res, 400, 'application/json', JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: 'JSON tidak sah.' } }));
      }
      const result = await opts.core.call(channel, payload, sessionOf(req.headers[SESSION_HEADER]));
      return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(result));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'GET only');
    // The same path guard as the app:// protocol; index.html is always the copy that carries the token.
    const file = resolveStaticFile(root, url.pathname);
    if (file === path.join(root, 'index.html')) return send(res, 200, TYPES['.html']!, indexHtml);
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) return send(res, 404, 'text/plain', 'Not found');
    send(res, 200, TYPES[path.extname(file)] ?? 'application/octet-stream', fs.readFileSync(file));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        // Open event streams would keep the server from closing.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
