import path from 'node:path';

/**
 * better-sqlite3 is compiled per runtime. Tests use the Node build in node_modules; the app uses
 * a separate Electron build (scripts/native-electron.mjs), so `npm test` and `npm start` never
 * overwrite each other's binary.
 */
export function electronNativeBinding(opts: { packaged: boolean; resourcesPath: string; appRoot: string; electronVersion: string }): string {
  if (opts.packaged) return path.join(opts.resourcesPath, 'native', 'better_sqlite3.node');
  return path.join(opts.appRoot, 'build', 'native', `electron-${opts.electronVersion}`, 'better_sqlite3.node');
}
