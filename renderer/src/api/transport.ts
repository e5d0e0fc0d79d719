import type { Channel } from '../../../shared/contract/channels';
import type { Result } from '../../../shared/contract/errors';
import { messages } from '../../../shared/i18n';
import { TAB_HEADER, tabCredential } from './previewTab';

type Invoke = (channel: Channel, payload: unknown) => Promise<Result<unknown>>;

declare global {
  interface Window {
    /** Set by the Electron preload: one function per contract channel. */
    kemitraan?: Record<Channel, (payload: unknown) => Promise<Result<unknown>>>;
  }
}

/** Electron IPC when the preload is there; otherwise the loopback adapter that served this page. */
function pickTransport(): Invoke {
  const bridge = window.kemitraan;
  if (bridge) return (channel, payload) => bridge[channel](payload);
  // Started now, not at the first call: the link's secret leaves the address bar before the app reads it.
  void tabCredential();
  return async (channel, payload) => {
    try {
      const res = await fetch(`./api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TAB_HEADER]: await tabCredential() },
        body: JSON.stringify(payload ?? {}),
      });
      return (await res.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: messages.errors.network } };
    }
  };
}

export const invoke: Invoke = pickTransport();
