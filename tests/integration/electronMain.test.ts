// The Electron shell wired up against a stand-in for the `electron` module (the only test double
// the project allows): the window gets the locked-down settings, the app protocol is served with
// the CSP, and IPC answers every contract channel through the real handler table and database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/contract/channels';

const fake = vi.hoisted(() => {
  const state = {
    windows: [] as Array<{ options: Record<string, unknown>; url?: string; contents: Record<string, unknown> }>,
    ipc: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
    protocolHandler: undefined as undefined | ((req: Request) => Promise<Response>),
    privileged: [] as unknown[],
    permissionRequest: undefined as undefined | ((c: unknown, p: string, cb: (g: boolean) => void) => void),
    errors: [] as string[],
    ready: undefined as undefined | Promise<void>,
    resolveReady: () => {},
  };
  state.ready = new Promise<void>((r) => (state.resolveReady = r));
  class BrowserWindow {
    static getAllWindows = () => state.windows;
    webContents: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      const listeners: Record<string, unknown> = {};
      this.webContents = { on: (e: string, l: unknown) => (listeners[e] = l), setWindowOpenHandler: (h: unknown) => (listeners['open'] = h), listeners };
      state.windows.push({ options, contents: this.webContents });
    }
    once() {}
    async loadURL(url: string) {
      state.windows[state.windows.length - 1]!.url = url;
    }
  }
  const electron = {
    app: {
      setPath: () => {},
      getAppPath: () => process.cwd(),
      whenReady: () => state.ready,
      on: () => {},
      isPackaged: false,
      exit: (code: number) => state.errors.push(`exit ${code}`),
      quit: () => {},
    },
    BrowserWindow,
    webContents: { getAllWebContents: () => [] },
    dialog: {
      showErrorBox: (_t: string, m: string) => state.errors.push(m),
      // A damaged database at start: the stand-in records the offer and answers "quit".
      showMessageBox: async (opts: { message: string }) => {
        state.errors.push(opts.message);
        return { response: 1 };
      },
    },
    ipcMain: { handle: (ch: string, l: (event: unknown, payload: unknown) => Promise<unknown>) => state.ipc.set(ch, l) },
    // Electron's net.fetch reads file: URLs; Node's fetch does not, so the stand-in reads the file.
    net: {
      fetch: async (url: string) => {
        const { readFileSync } = await import('node:fs');
        const { fileURLToPath } = await import('node:url');
        return new Response(readFileSync(fileURLToPath(url)), { headers: { 'Content-Type': 'text/html' } });
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => state.privileged.push(...s),
      handle: (_scheme: string, h: (req: Request) => Promise<Response>) => (state.protocolHandler = h),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: typeof state.permissionRequest) => (state.permissionRequest = h),
        setPermissionCheckHandler: () => {},
      },
    },
  };
  return { state, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kemitraan-shell-'));

beforeAll(async () => {
  process.env.KEMITRAAN_DATA_DIR = dir;
  process.env.KEMITRAAN_DB_FILE = path.join(dir, 'shell.sqlite');
  // Tests run on Node: the Node build of better-sqlite3 stands in for the Electron one.
  process.env.KEMITRAAN_NATIVE_BINDING = require.resolve('better-sqlite3/build/Release/better_sqlite3.node');
  await import('../../electron/main/main');
  fake.state.resolveReady();
  await vi.waitFor(() => expect(fake.state.windows.length).toBe(1), { timeout: 15_000 });
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const trusted = { senderFrame: { url: 'app://kemitraan/#/umkm', parent: null }, sender: { id: 1 } };

describe('Electron shell', () => {
  it('opens the window at once and the database in the core thread, without error', async () => {
    // The window came first (beforeAll); the database is opened by the core's worker meanwhile.
    await vi.waitFor(() => expect(fs.existsSync(path.join(dir, 'shell.sqlite'))).toBe(true), { timeout: 15_000 });
    expect(fake.state.errors).toEqual([]);
  });

  it('creates the window locked down and loads the app protocol', () => {
    const w = fake.state.windows[0]!;
    expect(w.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(String((w.options.webPreferences as { preload: string }).preload)).toMatch(/preload\.cjs$/);
    expect(w.url).toBe('app://kemitraan/');
    const listeners = (w.contents as { listeners: Record<string, unknown> }).listeners;
    expect(Object.keys(listeners).sort()).toEqual(['open', 'will-attach-webview', 'will-navigate', 'will-redirect']);
    expect((listeners.open as () => unknown)()).toEqual({ action: 'deny' });
  });

  it('registers app:// as a secure standard scheme and denies permissions', () => {
    expect(fake.state.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, codeCache: true }) }]);
    const cb = vi.fn();
    fake.state.permissionRequest!(null, 'geolocation', cb);
    expect(cb).toHaveBeenCalledWith(false);
  });

  it('binds exactly the contract channels', () => {
    expect([...fake.state.ipc.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('answers IPC from the app frame through the handler table and refuses other frames', async () => {
    // A window is its own session: nothing answers before it signs in, then the user is bound to it.
    expect(await fake.state.ipc.get('stats:summary')!(trusted, {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const setup = await fake.state.ipc.get('auth:setup')!(trusted, { username: 'admin', fullName: 'Admin', password: 'sandi-admin-1' });
    expect(setup).toMatchObject({ ok: true, value: { user: { username: 'admin', role: 'admin' } } });
    const otherWindow = await fake.state.ipc.get('stats:summary')!({ ...trusted, sender: { id: 2 } }, {});
    expect(otherWindow).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const stats = (await fake.state.ipc.get('stats:summary')!(trusted, {})) as { ok: boolean; value: { umkm: number } };
    expect(stats).toMatchObject({ ok: true, value: { umkm: 0 } });
    const foreign = await fake.state.ipc.get('stats:summary')!({ senderFrame: { url: 'https://evil.example/' } }, {});
    expect(foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const sub = await fake.state.ipc.get('umkm:list')!({ senderFrame: { url: 'app://kemitraan/', parent: {} } }, {});
    expect(sub).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const bad = (await fake.state.ipc.get('umkm:create')!(trusted, { businessName: 'x' })) as { ok: boolean; error: { code: string; fields: Record<string, string> } };
    expect(bad.ok).toBe(false);
    expect(bad.error.code).toBe('VALIDATION');
    expect(bad.error.fields.nik).toBeTruthy();
  });

  it('serves the renderer with the CSP and refuses paths outside it', async () => {
    // `npm test` builds the renderer before the Node tests run.
    const index = await fake.state.protocolHandler!(new Request('app://kemitraan/'));
    expect(index.status).toBe(200);
    expect(index.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    expect(await index.text()).toContain('<div id="root">');
    const outside = await fake.state.protocolHandler!(new Request('app://kemitraan/../../package.json'));
    expect([404]).toContain(outside.status);
    const foreignHost = await fake.state.protocolHandler!(new Request('app://other/index.html'));
    expect(foreignHost.status).toBe(404);
  });
});
