import crypto from 'node:crypto';
import type { ImportProgress, ImportTarget } from '../../../../shared/contract/excel';
import { messages } from '../../../../shared/i18n';
import { AppError } from '../../errors';
import { Turns } from '../../turns';
import type { WorkbookData } from '../read/types';
import type { Evaluation } from './evaluate';

export interface ImportSession {
  id: string;
  fileName: string;
  target: ImportTarget;
  workbook: WorkbookData;
  progress: ImportProgress;
  cancelRequested: boolean;
  /** The last evaluation, reused while the clerk pages or filters the preview. */
  cached?: { key: string; evaluation: Evaluation };
  lastUsed: number;
  /**
   * The wizard's steps on this session, one at a time: they read and replace its cached
   * evaluation across awaits, so two previews sent together (a cell fixed while the last one
   * loads) would otherwise evaluate the whole sheet twice at once. Progress and cancel never wait.
   */
  turns: Turns;
}

// A parsed workbook can hold a few hundred MB; an office PC has one clerk importing at a time.
const MAX_SESSIONS = 3;

/** The import wizards open in this process, by random id. */
export class ImportSessions {
  private readonly sessions = new Map<string, ImportSession>();

  open(fileName: string, target: ImportTarget, workbook: WorkbookData): ImportSession {
    while (this.sessions.size >= MAX_SESSIONS) {
      const oldest = [...this.sessions.values()].filter((s) => s.progress.phase !== 'writing').sort((a, b) => a.lastUsed - b.lastUsed)[0];
      if (!oldest) break;
      this.sessions.delete(oldest.id);
    }
    const session: ImportSession = {
      id: crypto.randomBytes(16).toString('hex'),
      fileName,
      target,
      workbook,
      progress: { phase: 'idle', done: 0, total: 0 },
      cancelRequested: false,
      lastUsed: Date.now(),
      turns: new Turns(),
    };
    this.sessions.set(session.id, session);
    return session;
  }

  get(id: string): ImportSession {
    const s = this.sessions.get(id);
    if (!s) throw new AppError('NOT_FOUND', messages.importEngine.sessionGone);
    s.lastUsed = Date.now();
    return s;
  }

  /** Progress of a session, without refreshing its age (polled while a write runs). */
  peek(id: string): ImportSession | undefined {
    return this.sessions.get(id);
  }

  close(id: string): void {
    this.sessions.delete(id);
  }
}
