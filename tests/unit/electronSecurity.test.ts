import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, resolveStaticFile } from '../../electron/adapters/static/webPolicy';
import {
  denyAllPermissions,
  hardenContents,
  isAppUrl,
  isTrustedSender,
  resolveAppFile,
  secureWebPreferences,
  type ContentsLike,
} from '../../electron/main/security';

function fakeContents() {
  const listeners: Record<string, (...a: unknown[]) => void> = {};
  let openHandler: ((d: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (event: string, l: (...a: unknown[]) => void) => {
      listeners[event] = l;
      return contents;
    },
    setWindowOpenHandler: (h: (d: { url: string }) => { action: string }) => {
      openHandler = h;
    },
  };
  hardenContents(contents as unknown as ContentsLike);
  const fire = (event: string, url?: string) => {
    const e = { preventDefault: vi.fn() };
    listeners[event]!(e, url);
    return e.preventDefault.mock.calls.length > 0;
  };
  return { fire, open: (url: string) => openHandler!({ url }), listeners };
}

describe('window settings', () => {
  it('isolates the page from Node', () => {
    const p = secureWebPreferences('/app/preload.cjs');
    expect(p).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, preload: '/app/preload.cjs' });
    expect(p.nodeIntegrationInSubFrames).toBe(false);
    expect(p.allowRunningInsecureContent).toBe(false);
  });

  it('has a strict content security policy', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
    expect(/script-src[^;]*unsafe-inline/.test(CONTENT_SECURITY_POLICY)).toBe(false);
  });
});

describe('navigation and new windows', () => {
  it('blocks navigation and redirects away from the app, allows its own routes', () => {
    const c = fakeContents();
    expect(c.fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(c.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(c.fire('will-navigate', 'app://kemitraan.evil/')).toBe(true);
    expect(c.fire('will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(c.fire('will-navigate', 'app://kemitraan/#/umkm')).toBe(false);
  });

  it('denies every new window and webview', () => {
    const c = fakeContents();
    expect(c.open('app://kemitraan/')).toEqual({ action: 'deny' });
    expect(c.open('https://example.com')).toEqual({ action: 'deny' });
    expect(c.fire('will-attach-webview')).toBe(true);
  });

  it('denies every permission', () => {
    let request: ((c: unknown, p: string, cb: (g: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    denyAllPermissions({ setPermissionRequestHandler: (h) => (request = h), setPermissionCheckHandler: (h) => (check = h) });
    const cb = vi.fn();
    request!(null, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
    expect(check!()).toBe(false);
  });
});

describe('IPC senders', () => {
  it('answers only the app top frame', () => {
    expect(isTrustedSender({ url: 'app://kemitraan/#/umkm' })).toBe(true);
    expect(isTrustedSender({ url: 'app://kemitraan/', parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://kemitraan/' })).toBe(false);
    expect(isTrustedSender({ url: 'app://kemitraan.evil.com/' })).toBe(false);
    expect(isTrustedSender({ url: 'not a url' })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });

  it('parses URLs instead of comparing prefixes', () => {
    expect(isAppUrl('app://kemitraan')).toBe(true);
    expect(isAppUrl('app://kemitraanx/')).toBe(false);
    expect(isAppUrl('app://user@kemitraan.evil/')).toBe(false);
  });
});

describe('app:// path guard', () => {
  const root = path.resolve('/srv/renderer');
  it('serves files under the root and routes to index.html', () => {
    expect(resolveAppFile(root, 'app://kemitraan/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://kemitraan/umkm/12')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://kemitraan/assets/index-x.js')).toBe(path.join(root, 'assets', 'index-x.js'));
  });
  it('refuses paths that leave the root and foreign hosts', () => {
    // The URL parser folds encoded dot segments itself; what comes out must stay under the root.
    const folded = resolveAppFile(root, 'app://kemitraan/%2e%2e/%2e%2e/etc/passwd.txt');
    expect(folded === null || folded.startsWith(root + path.sep)).toBe(true);
    expect(resolveAppFile(root, 'app://kemitraan/..%2f..%2fetc%2fpasswd.txt')).toBeNull();
    expect(resolveAppFile(root, 'app://kemitraan/a%00.js')).toBeNull();
    expect(resolveAppFile(root, 'app://other/index.html')).toBeNull();
  });
});

describe('static path guard (app:// and the loopback adapter alike)', () => {
  const root = path.resolve('/srv/renderer');
  it('serves files under the root and routes to index.html', () => {
    expect(resolveStaticFile(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticFile(root, '/kemitraan/12')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticFile(root, '/assets/index-x.js')).toBe(path.join(root, 'assets', 'index-x.js'));
  });
  it('refuses encoded dot segments, separators, NUL and undecodable paths', () => {
    expect(resolveStaticFile(root, '/..%2f..%2fetc%2fpasswd.txt')).toBeNull();
    expect(resolveStaticFile(root, '/%2e%2e/secret.txt')).toBeNull();
    expect(resolveStaticFile(root, '/..%5c..%5csecret.txt')).toBe(process.platform === 'win32' ? null : path.join(root, '..\\..\\secret.txt'));
    expect(resolveStaticFile(root, '/a%00.js')).toBeNull();
    expect(resolveStaticFile(root, '/%E0%A4%A.js')).toBeNull();
  });
});
