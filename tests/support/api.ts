import type { Channel, InputOf, OutputOf } from '../../shared/contract';

/**
 * Calls the loopback adapter directly (as the page session it is given), the way the renderer's transport does, to arrange data for a
 * test (never to check what the UI shows). The token is the one the server puts into index.html.
 */
export interface Api {
  call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
}

/** A page session id as the renderer makes one (see renderer/src/api/transport.ts). */
export const newSessionId = () => crypto.randomUUID().replace(/-/g, '');

export async function connectApi(baseUrl: string, sessionId: string = newSessionId()): Promise<Api> {
  const html = await (await fetch(baseUrl)).text();
  const token = /<meta name="kemitraan-token" content="([0-9a-f]+)">/.exec(html)?.[1];
  if (!token) throw new Error('no kemitraan-token in index.html');
  return {
    async call(channel, input) {
      const res = await fetch(new URL(`api/${encodeURIComponent(channel)}`, baseUrl), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Kemitraan-Token': token, 'X-Kemitraan-Session': sessionId },
        body: JSON.stringify(input ?? {}),
      });
      const body = (await res.json()) as { ok: true; value: never } | { ok: false; error: { code: string; message: string } };
      if (!body.ok) throw new Error(`${channel}: ${body.error.code} ${body.error.message}`);
      return body.value;
    },
  };
}
