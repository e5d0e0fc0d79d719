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
  /** SHA-256 of the file as it was read (hex), for the import's line in the audit trail. */
  checksum?: string;
  /**
   * The last evaluation, reused while the clerk pages or filters the preview and by the write
   * (while the database is as it was checked against). Once `written`, only the file of refused
   * rows reads it: a preview checks again.
   */
  cached?: { key: string; evaluation: Evaluation; written?: boolean };
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

/**
 * The progress as a plain object whose fields report each change: a count bumped in place is
 * heard like a new progress, and the object still crosses a thread or JSON as it is.
 */
function watched(p: ImportProgress, onChange: (now: ImportProgress) => void): ImportProgress {
  const fields = { ...p };
  const o = {} as ImportProgress;
  for (const key of Object.keys(fields) as Array<keyof ImportProgress>) {
    Object.defineProperty(o, key, {
      enumerable: true,
      get: () => fields[key],
      set: (v: never) => {
        fields[key] = v;
        onChange({ ...fields });
      },
    });
  }
  return o;
}

/** The import wizards open in this process, by random id. */
export class ImportSessions {
  private readonly sessions = new Map<string, ImportSession>();

  /** `onProgress` hears every change of a session's progress (pushed to the window, never polled). */
  constructor(private readonly onProgress: (sessionId: string, progress: ImportProgress) => void = () => undefined) {}

  open(fileName: string, target: ImportTarget, workbook: WorkbookData): ImportSession {
    while (this.sessions.size >= MAX_SESSIONS) {
      const oldest = [...this.sessions.values()].filter((s) => s.progress.phase !== 'writing').sort((a, b) => a.lastUsed - b.lastUsed)[0];
      if (!oldest) break;
      this.sessions.delete(oldest.id);
    }
    const id = crypto.randomBytes(16).toString('hex');
    let progress: ImportProgress = watched({ phase: 'idle', done: 0, total: 0 }, () => undefined);
    const onProgress = this.onProgress;
    const session: ImportSession = {
      id,
      fileName,
      target,
      workbook,
      // The write assigns progress or its counts; either way the window hears of it here.
      get progress() {
        return progress;
      },
      set progress(next: ImportProgress) {
        progress = watched(next, (now) => onProgress(id, now));
        onProgress(id, { ...next });
      },
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
