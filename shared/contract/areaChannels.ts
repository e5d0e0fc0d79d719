// Channel names of the later areas, one list each, so every area owns its own lines.

/** Files chosen or saved through the shell's native dialogs (Electron only). */
export const FILE_CHANNELS = ['file:pick', 'file:save'] as const;

/** Excel import wizard, template and exports (issue 5). */
export const EXCEL_CHANNELS = [
  'import:open',
  'import:sheet',
  'import:preview',
  'import:commit',
  'import:progress',
  'import:cancel',
  'import:refusedFile',
  'import:template',
  'export:list',
  'export:report',
] as const;

/** Accounts, sessions, audit trail and recycle bin (issue 6). */
export const AUTH_CHANNELS = ['auth:status', 'auth:setup', 'auth:login', 'auth:logout', 'auth:lock', 'auth:unlock', 'auth:changePassword', 'users:list', 'users:create', 'users:update', 'users:unlock', 'audit:list', 'audit:entity', 'trash:list', 'trash:restore', 'trash:purge'] as const;

/** Backups, restore and the integrity check (issue 6). */
export const BACKUP_CHANNELS = ['backup:list', 'backup:create', 'backup:save', 'backup:restore', 'backup:setKeep', 'db:check'] as const;

/** The office's letterhead and signatory, and the report's figures for its printed form (issue 11). */
export const OFFICE_CHANNELS = ['office:get', 'office:set', 'report:summary', 'report:pdf'] as const;

/** The database connection (SQLite or the office's PostgreSQL) and the desktop app's restart (issue 14). */
export const CONNECTION_CHANNELS = ['connection:get', 'connection:test', 'connection:save', 'app:relaunch'] as const;

/** Moving the registry from this PC's file to the office's PostgreSQL server (issue 14). */
export const TRANSFER_CHANNELS = ['registry:moveCounts', 'registry:moveToPostgres'] as const;
