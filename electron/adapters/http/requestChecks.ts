// What every request to the loopback adapter is checked for before it is routed: a target that
// parses, a Host of ours (no DNS rebinding) and, for anything but the page's own files, a request
// made by our page (Origin and Sec-Fetch-Site), not by another site the browser has open.
import type http from 'node:http';

/**
 * The request target as a URL, or null when it is not one this server can serve: not a plain
 * path (`//host`, a backslash, an absolute URL) or a path that does not percent-decode (`/%`).
 */
export function parseTarget(raw: string | undefined): URL | null {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return null;
  try {
    const url = new URL(raw, 'http://127.0.0.1');
    decodeURIComponent(url.pathname);
    return url;
  } catch {
    return null;
  }
}

/** The origins the page is served from: Host and Origin must name one of them. */
export function originsFor(port: number): { hosts: Set<string>; origins: Set<string> } {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  return { hosts: new Set(hosts), origins: new Set(hosts.map((h) => `http://${h}`)) };
}

/**
 * True when the browser says the request comes from a page of ours. Chromium sends Origin on every
 * POST and on cross-origin requests, and Sec-Fetch-Site on every request; a program that is not a
 * browser sends neither and is held back by the tab credential instead.
 */
export function fromOurPage(req: http.IncomingMessage, origins: Set<string>): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined && !origins.has(origin)) return false;
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin';
}
