// The messages between the core's worker and the thread that started it (Electron's main process,
// the loopback adapter). Everything crosses by structured clone.
import type { AppEvent } from '../../../shared/contract/events';
import type { Result } from '../../../shared/contract/errors';
import type { SessionRef } from '../auth/sessions';
import type { ViewerOutcome } from '../lampiran/viewerOutcome';

export interface CoreWorkerConfig {
  file: string;
  /**
   * The office's PostgreSQL registry to open instead of `file` (the preview's --pg; the desktop app
   * reads its connection settings instead). Its password is in the URL: never logged.
   */
  pgUrl?: string;
  appVersion: string;
  nativeBinding?: string;
  /**
   * 'app': the desktop's start: the quick check before anything writes, a damaged file offered
   * for restore (asked through the host), and after `ready` the daily backup. 'plain': open as is.
   */
  startup: 'app' | 'plain';
  /** Which of the shell's services the host answers; the core says "desktop only" for the rest. */
  host: { dialogs: boolean; printerOrigin: string | null; sealer?: boolean; relaunch?: boolean };
}

/** What the core asks of the shell: its dialogs and its hidden print window. */
export interface HostRequests {
  'dialog:open': { args: { purpose: 'import' | 'restore' | 'lampiran' }; result: string | null };
  'dialog:view': { args: { file: string }; result: ViewerOutcome };
  'dialog:save': { args: { defaultName: string }; result: string | null };
  'startup:askRestore': { args: { message: string }; result: boolean };
  'print:open': { args: Record<string, never>; result: { handle: number; sessionKey: string } };
  'print:load': { args: { handle: number; url: string }; result: null };
  'print:ready': { args: { handle: number }; result: string | undefined };
  'print:pdf': { args: { handle: number; options: unknown }; result: Uint8Array };
  'print:close': { args: { handle: number }; result: null };
  /** The PostgreSQL password sealed with Electron's safeStorage, and opened (db/connection/shellProxies.ts). */
  'sealer:seal': { args: { text: string }; result: string };
  'sealer:open': { args: { sealed: string }; result: string };
  'app:relaunch': { args: Record<string, never>; result: null };
}
export type HostKind = keyof HostRequests;

export type ToWorker =
  | { t: 'call'; id: number; channel: unknown; payload: unknown; session?: SessionRef }
  | { t: 'upload'; id: number; name: string; bytes: Uint8Array }
  | { t: 'adopt'; id: number; name: string; tempPath: string }
  | { t: 'held'; id: number; fileId: string }
  | { t: 'close'; id: number }
  | { t: 'hostReply'; id: number; ok: true; value: unknown }
  | { t: 'hostReply'; id: number; ok: false; message: string };

export type FromWorker =
  | { t: 'ready'; notice: string | null }
  /** The clerk chose to quit at the damaged-file question. */
  | { t: 'declined' }
  | { t: 'startFailed'; code: string; message: string }
  | { t: 'reply'; id: number; value: unknown }
  | { t: 'host'; id: number; kind: HostKind; args: unknown }
  | { t: 'event'; event: AppEvent; sessionKey: string | undefined };

export type CallReply = Result<unknown>;
