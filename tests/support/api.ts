import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import { appServerAt } from './appServer';

/**
 * Calls the loopback adapter directly, as a browser tab does (see renderer/src/api/transport.ts
 * and previewTab.ts), to arrange data for a test (never to check what the UI shows). The tab's
 * credential comes as a real tab's does: a one-time link from the server, traded at `POST /tab`.
 */
export interface Api {
  call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
}

/** The tab credentials connectApi obtained, by the name the test gave the tab. */
const credentials = new Map<string, string>();

/** A name for a tab the api and pages share (the credential itself is main's to issue). */
export const newSessionId = () => `tab-${crypto.randomUUID()}`;

/** The credential main issued for the named tab: what useSession puts in a page's sessionStorage. */
export function tabCredentialOf(sessionId: string): string {
  const credential = credentials.get(sessionId);
  if (!credential) throw new Error(`connectApi(url, ${sessionId}) must run before a page uses that tab`);
  return credential;
}

/** Opens a tab with a new one-time link; the headers its calls carry. */
export async function openTab(link: string): Promise<string> {
  const url = new URL(link);
  const secret = url.hash.replace(/^#token=/, '');
  const res = await fetch(new URL('tab', url.origin), { method: 'POST', headers: { 'X-Kemitraan-Link': secret } });
  const body = (await res.json()) as { ok: boolean; value?: { tab: string } };
  if (!body.ok || !body.value) throw new Error(`POST /tab refused (${res.status})`);
  return body.value.tab;
}

export async function connectApi(baseUrl: string, sessionId: string = newSessionId()): Promise<Api> {
  const credential = credentials.get(sessionId) ?? (await openTab(await appServerAt(baseUrl).newLink()));
  credentials.set(sessionId, credential);
  return {
    async call(channel, input) {
      const res = await fetch(new URL(`api/${encodeURIComponent(channel)}`, baseUrl), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Kemitraan-Tab': credential },
        body: JSON.stringify(input ?? {}),
      });
      const body = (await res.json()) as { ok: true; value: never } | { ok: false; error: { code: string; message: string } };
      if (!body.ok) throw new Error(`${channel}: ${body.error.code} ${body.error.message}`);
      return body.value;
    },
  };
}
