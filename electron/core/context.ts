import type { Database } from './db/openDatabase';
import { KegiatanService } from './services/kegiatanService';
import { KemitraanService } from './services/kemitraanService';
import { KomunitasService } from './services/komunitasService';
import { MatchmakingService } from './services/matchmakingService';
import { MitraService } from './services/mitraService';
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
  stats: StatsService;
  settings: SettingsService;
  appVersion: string;
}

export function createContext(db: Database, appVersion: string): AppContext {
  const ds = db.dataSource;
  const mitra = new MitraService(db.raw);
  return {
    db,
    umkm: new UmkmService(ds),
    komunitas: new KomunitasService(db.raw),
    mitra,
    kemitraan: new KemitraanService(db.raw, mitra),
    kegiatan: new KegiatanService(db.raw, mitra),
    matchmaking: new MatchmakingService(db.raw, mitra),
    stats: new StatsService(ds),
    settings: new SettingsService(ds),
    appVersion,
  };
}
