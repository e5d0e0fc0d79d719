// Raw HTTP against the loopback adapter with node's own client, so a test can send what a browser
// would never send (a bad target, another Host or Origin, a body that does not stop) and read
// exactly what came back.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { LINK_HEADER, startHttpAdapter, TAB_HEADER, type HttpAdapter } from '../../electron/adapters/http/server';
import { localGateway } from '../../electron/core/gateway/localGateway';
import type { Core } from '../../electron/core/core';

export interface Reply {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
}

/** One request; the reply once its body has ended. */
export function request(base: string, opts: RawRequest): Promise<Reply> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.request({ host: '127.0.0.1', port: url.port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers }, (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    // A server that refuses a body before reading it answers and closes: writing the rest of the
    // body then fails (EPIPE), as it does for a browser, which shows the answer all the same.
    req.on('error', (err) => (answered ? undefined : reject(err)));
    req.end(opts.body);
  });
}

/** A page folder with an index.html and one script, as the built renderer has. */
export function staticFolder(dir: string): string {
  const staticDir = path.join(dir, 'static');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<html><head></head><body><div id="root"></div></body></html>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  return staticDir;
}

export async function startLoopback(core: Core, dir: string, extra: { maxUpload?: number; uploadDir?: string } = {}): Promise<HttpAdapter> {
  return startHttpAdapter({ core: localGateway(core), staticDir: staticFolder(dir), ...extra });
}

/** What the page does with its one-time link: trades it at POST /tab for the tab's credential. */
export async function openTab(adapter: HttpAdapter, link = adapter.newLink()): Promise<string> {
  const res = await request(adapter.url, { method: 'POST', path: '/tab', headers: { [LINK_HEADER]: link } });
  if (res.status !== 200) throw new Error(`POST /tab: ${res.status} ${res.body}`);
  return (JSON.parse(res.body) as { value: { tab: string } }).value.tab;
}

/** A contract call as the tab; the parsed Result and the status. */
export async function callAs(adapter: HttpAdapter, tab: string | undefined, channel: string, payload: unknown, headers: Record<string, string> = {}): Promise<{ status: number; result: { ok: boolean; value?: unknown; error?: { code: string; message: string; fields?: Record<string, string> } } }> {
  const res = await request(adapter.url, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'Content-Type': 'application/json', ...(tab ? { [TAB_HEADER]: tab } : {}), ...headers },
    body: JSON.stringify(payload),
  });
  return { status: res.status, result: JSON.parse(res.body) };
}

export const E2E_LIKE_ADMIN = { username: 'admin', fullName: 'Admin Dinas', password: 'uji-pratinjau-sandi-7' };

/**
 * A body sent in 1 MB chunks without a declared length (as a stream would be), with backpressure.
 * `pauseAt` bytes in, it waits for `atPause` before sending the rest; it stops sending as soon as
 * the server answers. `sent` is how much had gone out when the answer came.
 */
export function streamBody(base: string, opts: { path: string; headers: Record<string, string>; total: number; pauseAt?: number; atPause?: () => Promise<void> }): Promise<Reply & { sent: number }> {
  const url = new URL(base);
  const chunk = Buffer.alloc(1024 * 1024, 0x61);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    let paused = false;
    const req = http.request({ host: '127.0.0.1', port: url.port, method: 'POST', path: opts.path, headers: opts.headers }, (res) => {
      answered = true;
      const sentAtAnswer = sent;
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body, headers: res.headers, sent: sentAtAnswer });
        req.destroy();
      });
    });
    req.on('error', (err) => (answered ? undefined : reject(err)));
    const write = (): void => {
      while (!answered && sent < opts.total) {
        if (opts.pauseAt !== undefined && !paused && sent >= opts.pauseAt) {
          paused = true;
          void opts.atPause!().then(write, reject);
          return;
        }
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', write);
      }
      if (!answered) req.end();
    };
    write();
  });
}
