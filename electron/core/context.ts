import type { Database } from './db/openDatabase';
import { SettingsService } from './services/settingsService';
import { StatsService } from './services/statsService';
import { UmkmService } from './services/umkmService';

/** What every handler receives: the open database and the services over it. */
export interface AppContext {
  db: Database;
  umkm: UmkmService;
  stats: StatsService;
  settings: SettingsService;
  appVersion: string;
}

export function createContext(db: Database, appVersion: string): AppContext {
  const ds = db.dataSource;
  return { db, umkm: new UmkmService(ds), stats: new StatsService(ds), settings: new SettingsService(ds), appVersion };
}
