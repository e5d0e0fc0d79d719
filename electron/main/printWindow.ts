// The shell's part of printing a page to PDF: a hidden window of the app (same protocol, same
// preload, same lockdown) that main loads, asks whether it is ready, and prints. What it loads,
// when it is ready and what is printed are decided in core/print (electron-free, tested).
import { BrowserWindow } from 'electron';
import type { PagePrinter } from '../core/print/printReport';
import { APP_ORIGIN, hardenContents, secureWebPreferences } from './security';

export function hiddenWindowPrinter(preloadPath: string): PagePrinter {
  return {
    origin: APP_ORIGIN,
    open: async () => {
      // Out of sight but not throttled: its timers and frames run as a shown window's do.
      const webPreferences = { ...secureWebPreferences(preloadPath), backgroundThrottling: false };
      const win = new BrowserWindow({ show: false, width: 1280, height: 900, webPreferences });
      hardenContents(win.webContents);
      return {
        sessionKey: `ipc:${win.webContents.id}`,
        load: (url) => win.loadURL(url),
        readyState: async () => (await win.webContents.executeJavaScript('document.body ? document.body.dataset.ready || "" : ""', false)) as string,
        printToPdf: (options) => win.webContents.printToPDF(options),
        close: () => {
          if (!win.isDestroyed()) win.destroy();
        },
      };
    },
  };
}
