import type { Channel } from '../../../shared/contract/channels';
import type { Result } from '../../../shared/contract/errors';
import { messages } from '../../../shared/i18n';

type Invoke = (channel: Channel, payload: unknown) => Promise<Result<unknown>>;

declare global {
  interface Window {
    /** Set by the Electron preload: one function per contract channel. */
    kemitraan?: Record<Channel, (payload: unknown) => Promise<Result<unknown>>>;
  }
}

/** The loopback adapter's token, set in the page it served (empty in the desktop app). */
export const token = () => document.querySelector<HTMLMetaElement>('meta[name="kemitraan-token"]')?.content ?? '';

// The loopback adapter's session: one random id per browser tab, kept across reloads of the tab.
const SESSION_KEY = 'kemitraan-session';
export function sessionId(): string {
  let id = sessionStorage.getItem(SESSION_KEY);
  if (!id) {
    id = crypto.randomUUID().replace(/-/g, '');
    sessionStorage.setItem(SESSION_KEY, id);
  }
  return id;
}

/** Electron IPC when the preload is there; otherwise the loopback adapter that served this page. */
function pickTransport(): Invoke {
  const bridge = window.kemitraan;
  if (bridge) return (channel, payload) => bridge[channel](payload);
  return async (channel, payload) => {
    try {
      const res = await fetch(`./api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Kemitraan-Token': token(), 'X-Kemitraan-Session': sessionId() },
        body: JSON.stringify(payload ?? {}),
      });
      return (await res.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: messages.errors.network } };
    }
  };
}

export const invoke: Invoke = pickTransport();
