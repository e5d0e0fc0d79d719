// The thin Electron shell: window, protocol, IPC binding. Everything else is electron-free.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, net, protocol, session, webContents } from 'electron';
import { applyConnectionFailureChoice, CONNECTION_FAILURE_CHOICES, connectionFailureQuestion } from '../core/db/connection/startupFailure';
import { messages } from '../../shared/i18n';
import { CONTENT_SECURITY_POLICY } from '../adapters/static/webPolicy';
import type { Dialogs } from '../core/files/dialogs';
import { defaultDatabaseFile, userDataDir } from '../core/paths';
import { APP_VERSION } from '../core/version';
import { startCoreWorker, type CoreWorkerGateway } from '../core/workers/coreClient';
import { bindIpc, forwardEvents } from './ipc';
import { electronNativeBinding } from './nativeBinding';
import { hiddenWindowPrinter } from './printWindow';
import { safeStorageSealer } from './safeStorageSealer';
import { openWithSystemViewer } from './systemViewer';
import { APP_ORIGIN, APP_SCHEME, denyAllPermissions, hardenContents, resolveAppFile, secureWebPreferences } from './security';

// The folder of package.json, in development and inside the packaged app.asar alike.
const appRoot = app.getAppPath();
const rendererRoot = path.join(appRoot, 'dist', 'renderer');

// The same folder the command-line tool uses (KEMITRAAN_DATA_DIR lets tests isolate a run).
app.setPath('userData', userDataDir());

// codeCache: V8 keeps the compiled renderer between starts, so the second and later starts skip
// compiling its JavaScript (the first screen's ~1.4 MB cost about 200 ms to compile and run).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);

let core: CoreWorkerGateway | undefined;

async function serveApp(request: Request): Promise<Response> {
  const file = resolveAppFile(rendererRoot, request.url);
  if (!file || !fs.existsSync(file)) return new Response('Not found', { status: 404 });
  const res = await net.fetch(pathToFileURL(file).toString());
  const headers = new Headers(res.headers);
  headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  return new Response(res.body, { status: res.status, headers });
}

const DIALOG_FILTERS = {
  import: [{ name: 'Excel', extensions: ['xlsx', 'xlsm'] }],
  restore: [{ name: messages.errors.backupFilterName, extensions: ['sqlite', 'db'] }],
  lampiran: [{ name: messages.lampiran.title, extensions: ['jpg', 'jpeg', 'png', 'webp', 'pdf'] }],
};

function nativeDialogs(): Dialogs {
  const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  return {
    chooseOpen: async (purpose) => {
      const win = parent();
      const opts = { properties: ['openFile' as const], filters: DIALOG_FILTERS[purpose] };
      const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    chooseSave: async (defaultName) => {
      const win = parent();
      const opts = { defaultPath: path.join(app.getPath('documents'), defaultName) };
      const r = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
      return r.canceled ? null : (r.filePath ?? null);
    },
    openWithViewer: openWithSystemViewer,
  };
}

async function createWindow(): Promise<void> {
  const win = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: messages.app.title,
    show: false,
    icon: path.join(appRoot, 'resources', 'icon.png'),
    webPreferences: secureWebPreferences(path.join(appRoot, 'dist-electron', 'preload.cjs')),
  });
  hardenContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  await win.loadURL(`${APP_ORIGIN}/`);
}

async function askRestore(message: string): Promise<boolean> {
  const r = await dialog.showMessageBox({
    type: 'error',
    title: messages.startup.damagedTitle,
    message,
    buttons: [messages.startup.restoreLatest, messages.startup.quit],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  return r.response === 0;
}

/**
 * A new database connection takes effect at the next start: the page's "Buka ulang sekarang". The
 * answer goes back first; then the core closes its database and the app starts again.
 */
async function relaunch(): Promise<void> {
  setTimeout(() => {
    void (core?.close() ?? Promise.resolve()).finally(() => {
      app.relaunch();
      app.exit(0);
    });
  }, 200);
}

async function start(): Promise<void> {
  await app.whenReady();
  denyAllPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, serveApp);
  const file = process.env.KEMITRAAN_DB_FILE ?? defaultDatabaseFile();
  const nativeBinding =
    process.env.KEMITRAAN_NATIVE_BINDING ??
    electronNativeBinding({ packaged: app.isPackaged, resourcesPath: process.resourcesPath, appRoot, electronVersion: process.versions.electron ?? 'unknown' });
  // The core (database, handler table, Excel) runs in its own thread: this one only draws windows
  // and forwards calls. The window opens at once; its first calls wait in the core's thread while
  // the integrity check runs, and the daily backup runs there afterwards beside them.
  const preload = path.join(appRoot, 'dist-electron', 'preload.cjs');
  core = startCoreWorker(
    { file, appVersion: APP_VERSION, nativeBinding, startup: 'app' },
    { dialogs: nativeDialogs(), printer: hiddenWindowPrinter(preload), askRestore, sealer: safeStorageSealer, relaunch },
  );
  core.onExit(() => {
    dialog.showErrorBox(messages.app.title, messages.errors.coreStopped);
    app.exit(1);
  });
  bindIpc(ipcMain, core);
  forwardEvents(core, () => webContents.getAllWebContents());
  await createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow();
  });
  const started = await core.started;
  if (started.state === 'declined') return app.exit(1);
  if (started.state === 'failed' && started.code === 'DB_CONNECTION') {
    // The office's server is not there: try again, use this PC's own file, or close (never unasked).
    const q = connectionFailureQuestion();
    const r = await dialog.showMessageBox({ type: 'error', title: messages.app.title, message: started.message, detail: q.detail, buttons: q.buttons, defaultId: 0, cancelId: 2, noLink: true });
    if (applyConnectionFailureChoice(CONNECTION_FAILURE_CHOICES[r.response] ?? 'quit', file)) app.relaunch();
    return app.exit(1);
  }
  if (started.state === 'failed') {
    dialog.showErrorBox(messages.app.title, started.message);
    return app.exit(1);
  }
  if (started.notice) await dialog.showMessageBox({ type: 'info', title: messages.app.title, message: started.notice });
}

app.on('window-all-closed', () => {
  void (core?.close() ?? Promise.resolve()).finally(() => app.quit());
});

void start();
