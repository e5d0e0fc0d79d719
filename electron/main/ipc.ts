import { CHANNELS } from '../../shared/contract/channels';
import { EVENT_CHANNEL } from '../../shared/contract/events';
import type { Result } from '../../shared/contract/errors';
import { messages } from '../../shared/i18n';
import type { CoreGateway } from '../core/gateway/gateway';
import { isTrustedSender } from './security';

export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: { senderFrame: { url: string; parent?: unknown } | null; sender?: { id: number } }, payload: unknown) => Promise<Result<unknown>>,
  ): void;
}

/**
 * One ipcMain handler per contract channel, forwarded to the core's thread and its handler table. A window's
 * session is its webContents: signing in binds the user to it, main checks it on every call.
 */
export function bindIpc(ipcMain: IpcMainLike, core: CoreGateway): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, payload) => {
      if (!isTrustedSender(event.senderFrame)) return { ok: false, error: { code: 'FORBIDDEN', message: messages.errors.forbiddenSender } };
      const session = event.sender ? { key: `ipc:${event.sender.id}`, via: 'app' as const } : undefined;
      return core.call(channel, payload, session);
    });
  }
}

export interface WebContentsLike {
  id: number;
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

/** The core's events to the windows: one for its session's window, the others to every window. */
export function forwardEvents(core: CoreGateway, allContents: () => WebContentsLike[]): () => void {
  return core.onEvent((event, sessionKey) => {
    for (const wc of allContents()) {
      if (wc.isDestroyed()) continue;
      if (sessionKey === undefined || sessionKey === `ipc:${wc.id}`) wc.send(EVENT_CHANNEL, event);
    }
  });
}
