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

/** Licences and certificates: the register, its queue, batch actions and lists (issue 15). */
export const SERTIFIKAT_CHANNELS = ['sertifikat:list', 'sertifikat:get', 'sertifikat:create', 'sertifikat:update', 'sertifikat:setStatus', 'sertifikat:delete', 'sertifikat:markSubmitted', 'sertifikat:markIssued', 'sertifikat:expiring', 'sertifikat:ready', 'sertifikat:options'] as const;

/** Attachments: scans and photos on any record (issue 15). */
export const LAMPIRAN_CHANNELS = ['lampiran:list', 'lampiran:add', 'lampiran:delete', 'lampiran:thumbnail', 'lampiran:open', 'lampiran:view'] as const;

/** Assistance handed to a UMKM (issue 15). */
export const BANTUAN_CHANNELS = ['bantuan:list', 'bantuan:get', 'bantuan:check', 'bantuan:create', 'bantuan:update', 'bantuan:delete', 'bantuan:settings', 'bantuan:setSettings'] as const;

/** Monitoring and evaluation of partnerships: visits and the reviews due (issue 15). */
export const MONEV_CHANNELS = ['monev:due', 'monev:list', 'monev:get', 'monev:create', 'monev:update', 'monev:delete'] as const;

/** One history per UMKM and the coaching/facilitation figures (issue 15). */
export const RIWAYAT_CHANNELS = ['riwayat:list', 'riwayat:export', 'pembinaan:figures'] as const;

/** Kegiatan pembinaan: participants, attendance per day, the UMKM's activities, import and export (issue 15). */
export const KEGIATAN_CHANNELS = ['kegiatan:participants', 'kegiatan:addParticipants', 'kegiatan:updateParticipant', 'kegiatan:removeParticipant', 'kegiatan:attend', 'kegiatan:forUmkm', 'kegiatan:importParticipants', 'kegiatan:exportParticipants', 'kegiatan:export'] as const;
