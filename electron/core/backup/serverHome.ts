import path from 'node:path';
import { defaultDatabaseFile } from '../paths';

/**
 * The place on this PC that a backup of the office's PostgreSQL registry belongs to: a file name in
 * the data folder (`<userData>`, paths.ts) beside which the installation's key (kunci-cadangan.key,
 * the same key the app's own SQLite file there uses) and a restore's staged copy live. No database
 * is ever made under this name; the backups go to `<userData>/backups` (paths.ts backupsDirOf).
 */
export const serverHome = (env: NodeJS.ProcessEnv = process.env): string => path.join(path.dirname(defaultDatabaseFile(env)), 'kemitraan-server.sqlite');
