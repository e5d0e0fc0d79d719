import { AuditLog } from './audit/auditLog';
import { followAuthEvents } from './audit/authTrail';
import { AuthService } from './auth/authService';
import type { Database } from './db/openDatabase';
import type { Dialogs } from './files/dialogs';
import { FileStore } from './files/fileStore';
import { ImportSessions } from './excel/import/sessions';
import { KegiatanService } from './services/kegiatanService';
import { KemitraanService } from './services/kemitraanService';
import { KomunitasService } from './services/komunitasService';
import { MatchmakingService } from './services/matchmakingService';
import { MitraService } from './services/mitraService';
import { ProgressReportService } from './services/progressReport';
import { ProgressService } from './services/progressService';
import { ProgressStore } from './services/progressStore';
import { SettingsService } from './services/settingsService';
import { StatsService } from './services/statsService';
import { UmkmService } from './services/umkmService';

/** What every handler receives: the open database and the services over it. */
export interface AppContext {
  db: Database;
  umkm: UmkmService;
  komunitas: KomunitasService;
  mitra: MitraService;
  kemitraan: KemitraanService;
  kegiatan: KegiatanService;
  matchmaking: MatchmakingService;
  progress: ProgressService;
  progressReport: ProgressReportService;
  stats: StatsService;
  settings: SettingsService;
  /** Files the renderer names by id: chosen, uploaded or exported. */
  files: FileStore;
  /** Open import wizards: the parsed workbook and the progress of its write. */
  imports: ImportSessions;
  /** Accounts and the adapters' signed-in sessions. */
  auth: AuthService;
  /** The append-only audit trail every write records into. */
  audit: AuditLog;
  /** Native dialogs: only the Electron shell has them. */
  dialogs?: Dialogs;
  appVersion: string;
}

export function createContext(db: Database, appVersion: string): AppContext {
  const ds = db.dataSource;
  const mitra = new MitraService(db.raw);
  // One store of prepared statements for every writer of class records on this connection.
  const store = new ProgressStore(db.raw);
  const auth = new AuthService(db.raw);
  // Sign-ins, failed ones included, reach the audit trail through the accounts' event hook.
  const audit = new AuditLog(db.raw);
  followAuthEvents(auth, audit, db.raw);
  return {
    db,
    umkm: new UmkmService(ds, store),
    komunitas: new KomunitasService(db.raw),
    mitra,
    kemitraan: new KemitraanService(db.raw, mitra),
    kegiatan: new KegiatanService(db.raw, mitra),
    matchmaking: new MatchmakingService(db.raw, mitra),
    progress: new ProgressService(store),
    progressReport: new ProgressReportService(db.raw),
    stats: new StatsService(ds),
    settings: new SettingsService(ds),
    files: new FileStore(),
    auth,
    audit,
    imports: new ImportSessions(),
    appVersion,
  };
}
