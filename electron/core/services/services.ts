import { AuditLog, thisComputer } from '../audit/auditLog';
import type { Tx } from '../db/database';
import { KegiatanService } from './kegiatanService';
import { KegiatanPesertaService } from './kegiatanPesertaService';
import { KemitraanService } from './kemitraanService';
import { KomunitasService } from './komunitasService';
import { MatchmakingService } from './matchmakingService';
import { MitraService } from './mitraService';
import { ProgressReportService } from './progressReport';
import { ProgressService } from './progressService';
import { ProgressStore } from './progressStore';
import { RecycleBin } from './recycleBin';
import { Edits } from './edits';
import { OfficeService } from './officeService';
import { SettingsService } from './settingsService';
import { StatsService } from './statsService';
import { UmkmService } from './umkmService';
import { SertifikatService } from './sertifikat/sertifikatService';
import { BantuanService } from './bantuan/bantuanService';
import { BantuanSettingsStore } from './bantuan/bantuanSettings';
import { MonevService } from './monev/monevService';

/**
 * The services of one unit of work, all over its manager: made per call (each on first use), so
 * none outlives its transaction or holds a connection a restore has closed.
 */
export class Services {
  private readonly made = new Map<string, unknown>();

  constructor(
    readonly tx: Tx,
    /** The computer this unit of work runs on, as its audit lines name it. */
    readonly workstation: string = thisComputer(),
  ) {}

  /**
   * The call this unit of work serves is made by `caller`: every record it changes names them
   * (updated_by). Dispatch says so before the call runs.
   */
  actFor(caller: { username: string }): this {
    this.edits.by = caller.username;
    return this;
  }

  /** Who changes the records, and the version-checked write a clerk's save goes through. */
  get edits(): Edits {
    return this.once('edits', () => new Edits(this.tx.em));
  }

  private once<T>(name: string, make: () => T): T {
    if (!this.made.has(name)) this.made.set(name, make());
    return this.made.get(name) as T;
  }

  /** The class records and their derived rows, shared by every writer of records in this unit of work. */
  private get store(): ProgressStore {
    return this.once('store', () => new ProgressStore(this.tx.em, this.edits));
  }

  get umkm(): UmkmService {
    return this.once('umkm', () => new UmkmService(this.tx, this.store, this.edits));
  }
  get komunitas(): KomunitasService {
    return this.once('komunitas', () => new KomunitasService(this.tx.em, this.edits));
  }
  get mitra(): MitraService {
    return this.once('mitra', () => new MitraService(this.tx.em, this.edits));
  }
  get kemitraan(): KemitraanService {
    return this.once('kemitraan', () => new KemitraanService(this.tx.em, this.mitra, this.edits));
  }
  /** Monitoring visits of partnerships and the reviews due. */
  get monev(): MonevService {
    return this.once('monev', () => new MonevService(this.tx, this.edits));
  }
  /** Participants, attendance per day and certificate numbers of activities (issue 15). */
  get kegiatanPeserta(): KegiatanPesertaService {
    return this.once('kegiatanPeserta', () => new KegiatanPesertaService(this.tx.em, this.edits));
  }
  get kegiatan(): KegiatanService {
    return this.once('kegiatan', () => new KegiatanService(this.tx.em, this.mitra, this.edits));
  }
  get matchmaking(): MatchmakingService {
    return this.once('matchmaking', () => new MatchmakingService(this.tx.em, this.mitra));
  }
  get progress(): ProgressService {
    return this.once('progress', () => new ProgressService(this.tx, this.store, this.settings, this.edits));
  }
  get progressReport(): ProgressReportService {
    return this.once('progressReport', () => new ProgressReportService(this.tx));
  }
  get stats(): StatsService {
    return this.once('stats', () => new StatsService(this.tx.em));
  }
  get settings(): SettingsService {
    return this.once('settings', () => new SettingsService(this.tx.em));
  }
  /** The office's letterhead and the report's signatory. */
  get office(): OfficeService {
    return this.once('office', () => new OfficeService(this.settings, this.audit));
  }
  /** Assistance handed to UMKM (issue 15), and the admin's period for its repeat warning. */
  /** Licences and certificates (issue 15). */
  get sertifikat(): SertifikatService {
    return this.once('sertifikat', () => new SertifikatService(this.tx.em, this.edits, this.audit));
  }
  get bantuan(): BantuanService {
    return this.once('bantuan', () => new BantuanService(this.tx.em, this.edits, this.bantuanSettings));
  }
  get bantuanSettings(): BantuanSettingsStore {
    return this.once('bantuanSettings', () => new BantuanSettingsStore(this.settings, this.audit));
  }
  /** The append-only audit trail every write records into, in the write's own transaction. */
  get audit(): AuditLog {
    return this.once('audit', () => new AuditLog(this.tx.em, this.workstation));
  }
  /** Deleted records, restored or purged with their audit rows in the same transaction. */
  get recycleBin(): RecycleBin {
    return this.once('recycleBin', () => new RecycleBin(this.tx.em, this.audit, this.edits));
  }
}
