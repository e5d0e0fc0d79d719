import { useEffect, useRef } from 'react';
import type { AppEvent, EventName, EventPayloads } from '../../../shared/contract/events';
import { TAB_HEADER, tabCredential } from './previewTab';

declare global {
  interface Window {
    /** Set by the Electron preload: main's events for this window. */
    kemitraanEvents?: { listen(listener: (event: AppEvent) => void): () => void };
  }
}

type Listener = (event: AppEvent) => void;
const listeners = new Set<Listener>();
let source: { stop: () => void } | undefined;

const RECONNECT_MS = 3_000;

// One connection for the page however many components listen: IPC in the desktop app, a
// Server-Sent Events stream on the loopback adapter in a browser.
function connect(): { stop: () => void } {
  const deliver = (event: AppEvent) => listeners.forEach((l) => l(event));
  const bridge = window.kemitraanEvents;
  if (bridge) return { stop: bridge.listen(deliver) };
  return streamEvents(deliver);
}

/**
 * The stream read with fetch, not EventSource, so the tab's credential rides in a header rather
 * than in the address. Reconnects after a drop, as EventSource would; stops when main refuses the tab.
 */
function streamEvents(deliver: (event: AppEvent) => void): { stop: () => void } {
  const abort = new AbortController();
  const run = async () => {
    while (!abort.signal.aborted) {
      try {
        const res = await fetch('./events', { headers: { [TAB_HEADER]: await tabCredential() }, signal: abort.signal, cache: 'no-store' });
        if (res.status === 403) return;
        if (res.ok && res.body) await readEvents(res.body, deliver);
      } catch {
        // Dropped or stopped: the loop decides.
      }
      if (!abort.signal.aborted) await new Promise((r) => setTimeout(r, RECONNECT_MS));
    }
  };
  void run();
  return { stop: () => abort.abort() };
}

async function readEvents(body: ReadableStream<Uint8Array>, deliver: (event: AppEvent) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let pending = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    pending += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = pending.indexOf('\n\n')) >= 0) {
      const block = pending.slice(0, end);
      pending = pending.slice(end + 2);
      const data = block
        .split('\n')
        .filter((line) => line.startsWith('data: '))
        .map((line) => line.slice(6))
        .join('\n');
      if (data) deliver(JSON.parse(data) as AppEvent);
    }
  }
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
