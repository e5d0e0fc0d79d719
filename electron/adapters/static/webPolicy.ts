// What the page may load and which files it may be served: one policy for both ways the renderer
// is served, Electron's app:// protocol (electron/main) and the loopback HTTP adapter. Electron-free.
import path from 'node:path';

/** antd injects its CSS at run time, hence 'unsafe-inline' for styles only; scripts stay 'self'. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The path guard: maps a request's URL path (still percent-encoded, as `URL.pathname` gives it) to a
 * file under root, or null when it would leave root, is not decodable or holds a NUL. A path
 * without an extension is a client route and gets index.html.
 */
export function resolveStaticFile(root: string, urlPathname: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const rel = pathname === '/' || pathname === '' || !path.extname(pathname) ? 'index.html' : pathname.replace(/^[/\\]+/, '');
  const base = path.resolve(root);
  const file = path.resolve(base, rel);
  return file.startsWith(base + path.sep) ? file : null;
}
