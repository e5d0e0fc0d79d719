// News main pushes to a window, never polled: names and payload types only, so the sandboxed
// preload can bundle the names cheaply. Main is the only sender, so payloads need no schema.
import type { ImportProgress } from './excel';
import type { MoveProgress } from './transfer';

export const EVENTS = ['import:progress', 'auth:changed', 'registry:moveProgress'] as const;
export type EventName = (typeof EVENTS)[number];

export interface EventPayloads {
  /** Each step of an import's write (and its checks before), for the wizard's progress bar. */
  'import:progress': { sessionId: string; progress: ImportProgress };
  /** The window's session changed without a call from it: locked after being idle. */
  'auth:changed': { locked: boolean };
  /** Each batch of a move of the registry to the server, for the page's progress bar. */
  'registry:moveProgress': MoveProgress;
}

export interface AppEvent<N extends EventName = EventName> {
  name: N;
  data: EventPayloads[N];
}

/** The one IPC channel the events travel on (Electron's webContents.send). */
export const EVENT_CHANNEL = 'kemitraan:event';
