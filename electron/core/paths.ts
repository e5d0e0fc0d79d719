import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Kemitraan UMKM';

/**
 * The same folder Electron's app.getPath('userData') gives for this app, worked out without
 * Electron so the command-line tool opens the app's own database. KEMITRAAN_DATA_DIR overrides.
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.KEMITRAAN_DATA_DIR) return path.resolve(env.KEMITRAAN_DATA_DIR);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

export function defaultDatabaseFile(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(userDataDir(env), 'kemitraan-umkm.sqlite');
}

/** Where the app's daily and manual backups go: `<userData>/backups`. */
export function backupsDir(env: NodeJS.ProcessEnv = process.env): string {
  return backupsDirFor(defaultDatabaseFile(env));
}

/**
 * The backups of a database live beside it, so `--db FILE` (tests, a second registry) never
 * mixes its backups with the app's; for the app's own file this is `<userData>/backups`.
 */
export function backupsDirFor(dbFile: string): string {
  return path.join(path.dirname(path.resolve(dbFile)), 'backups');
}

/**
 * Where the backups this PC makes of its registry go: beside the SQLite file, or, for the office's
 * shared PostgreSQL registry, this PC's own data folder (`<userData>/backups`).
 */
export function backupsDirOf(db: { kind: 'sqlite'; file: string } | { kind: 'postgres' }, env: NodeJS.ProcessEnv = process.env): string {
  return db.kind === 'sqlite' ? backupsDirFor(db.file) : backupsDir(env);
}
