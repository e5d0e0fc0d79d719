import { useEffect, useRef } from 'react';
import type { AppEvent, EventName, EventPayloads } from '../../../shared/contract/events';
import { sessionId, token } from './transport';

declare global {
  interface Window {
    /** Set by the Electron preload: main's events for this window. */
    kemitraanEvents?: { listen(listener: (event: AppEvent) => void): () => void };
  }
}

type Listener = (event: AppEvent) => void;
const listeners = new Set<Listener>();
let source: { stop: () => void } | undefined;

// One connection for the page however many components listen: IPC in the desktop app, an
// EventSource on the loopback adapter in a browser (it reconnects by itself).
function connect(): { stop: () => void } {
  const deliver = (event: AppEvent) => listeners.forEach((l) => l(event));
  const bridge = window.kemitraanEvents;
  if (bridge) return { stop: bridge.listen(deliver) };
  const es = new EventSource(`./events?token=${encodeURIComponent(token())}&session=${encodeURIComponent(sessionId())}`);
  es.onmessage = (m: MessageEvent<string>) => deliver(JSON.parse(m.data) as AppEvent);
  return { stop: () => es.close() };
}

export function onAppEvent(listener: Listener): () => void {
  listeners.add(listener);
  source ??= connect();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      source?.stop();
      source = undefined;
    }
  };
}

/** Calls `handle` with each event of that name while the component is mounted. */
export function useAppEvent<N extends EventName>(name: N, handle: (data: EventPayloads[N]) => void): void {
  const latest = useRef(handle);
  useEffect(() => {
    latest.current = handle;
  });
  useEffect(() => onAppEvent((event) => event.name === name && latest.current(event.data as EventPayloads[N])), [name]);
}
