// The thin Electron shell: window, protocol, IPC binding. Everything else is electron-free.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, net, protocol, session } from 'electron';
import { messages } from '../../shared/i18n';
import { CONTENT_SECURITY_POLICY } from '../adapters/static/webPolicy';
import { Core } from '../core/core';
import { dailyBackup } from '../core/backup/dailyBackup';
import { openAtStartup } from '../core/backup/openAtStartup';
import type { Dialogs } from '../core/files/dialogs';
import { defaultDatabaseFile, userDataDir } from '../core/paths';
import { APP_VERSION } from '../core/version';
import { bindIpc } from './ipc';
import { electronNativeBinding } from './nativeBinding';
import { hiddenWindowPrinter } from './printWindow';
import { APP_ORIGIN, APP_SCHEME, denyAllPermissions, hardenContents, resolveAppFile, secureWebPreferences } from './security';

// The folder of package.json, in development and inside the packaged app.asar alike.
const appRoot = app.getAppPath();
const rendererRoot = path.join(appRoot, 'dist', 'renderer');

// The same folder the command-line tool uses (KEMITRAAN_DATA_DIR lets tests isolate a run).
app.setPath('userData', userDataDir());

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let core: Core | undefined;

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

async function askRestore(plan: { message: string }): Promise<boolean> {
  const r = await dialog.showMessageBox({
    type: 'error',
    title: messages.startup.damagedTitle,
    message: plan.message,
    buttons: [messages.startup.restoreLatest, messages.startup.quit],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  return r.response === 0;
}

async function start(): Promise<void> {
  await app.whenReady();
  denyAllPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, serveApp);
  const file = process.env.KEMITRAAN_DB_FILE ?? defaultDatabaseFile();
  const nativeBinding =
    process.env.KEMITRAAN_NATIVE_BINDING ??
    electronNativeBinding({ packaged: app.isPackaged, resourcesPath: process.resourcesPath, appRoot, electronVersion: process.versions.electron ?? 'unknown' });
  try {
    // The integrity check and the choice for a damaged file are decided in core; the shell only asks.
    const opened = await openAtStartup(file, { nativeBinding, ask: askRestore });
    if (!opened) {
      app.exit(1);
      return;
    }
    core = new Core(opened.db, { appVersion: APP_VERSION, nativeBinding });
    core.dialogs = nativeDialogs();
    core.printer = hiddenWindowPrinter(path.join(appRoot, 'dist-electron', 'preload.cjs'));
    if (opened.notice) await dialog.showMessageBox({ type: 'info', title: messages.app.title, message: opened.notice });
  } catch (err) {
    dialog.showErrorBox(messages.app.title, (err as Error).message);
    app.exit(1);
    return;
  }
  // Before any window can call in, so the copy never meets a transaction; a failure is logged, never fatal.
  await dailyBackup(core).catch((err: unknown) => console.error('[backup] daily backup failed:', err instanceof Error ? err.message : err));
  bindIpc(ipcMain, () => core!);
  await createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow();
  });
}

app.on('window-all-closed', () => {
  void (core?.close() ?? Promise.resolve()).finally(() => app.quit());
});

void start();
