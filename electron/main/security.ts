// All of the window's lockdown in one place. Electron objects are passed in, so the rules can be
// tested in plain Node without the electron module. The CSP and the path guard are shared with the
// loopback HTTP adapter, so they live in electron/adapters/static/webPolicy.ts.
import { resolveStaticFile } from '../adapters/static/webPolicy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'kemitraan';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
  } as const;
}

/** Compares parsed URLs, never string prefixes ("app://kemitraan.evil" must not pass). */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

interface PreventableEvent {
  preventDefault(): void;
}
export interface ContentsLike {
  on(event: 'will-navigate' | 'will-redirect', listener: (e: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (e: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' | 'allow' }): void;
}

/** Navigation stays inside the app; new windows and webviews are never created. */
export function hardenContents(contents: ContentsLike): void {
  const guard = (e: PreventableEvent, url: string) => {
    if (!isAppUrl(url)) e.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (e) => e.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export interface SessionLike {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
}

/** The app needs no camera, location, notifications or anything else: deny by default. */
export function denyAllPermissions(session: SessionLike): void {
  session.setPermissionRequestHandler((_c, _p, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** IPC is answered only for the app's own top frame. */
export function isTrustedSender(frame: { url: string; parent?: unknown } | null | undefined): boolean {
  return Boolean(frame) && !frame!.parent && isAppUrl(frame!.url);
}

/** Maps an app:// URL to a file under root (the shared path guard), or null for another origin. */
export function resolveAppFile(root: string, requestUrl: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  return resolveStaticFile(root, new URL(requestUrl).pathname);
}
