import type { AppEvent, EventName, EventPayloads } from '../../shared/contract/events';

/** An event and the session it is for (undefined: every window). */
export type EventListener = (event: AppEvent, sessionKey: string | undefined) => void;

/**
 * The Core's news for its windows. Adapters subscribe and route by session key (IPC: the
 * webContents, HTTP: the page's event stream); the core never knows how a window is reached.
 */
export class CoreEvents {
  private readonly listeners = new Set<EventListener>();

  emit<N extends EventName>(name: N, data: EventPayloads[N], sessionKey?: string): void {
    const event = { name, data } as AppEvent;
    for (const l of this.listeners) {
      try {
        l(event, sessionKey);
      } catch {
        // A window that went away must not stop the others hearing.
      }
    }
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
