import { CHANNELS } from '../../shared/contract/channels';
import type { Result } from '../../shared/contract/errors';
import { messages } from '../../shared/i18n';
import type { Core } from '../core/core';
import { dispatch } from '../core/dispatch/dispatch';
import { isTrustedSender } from './security';

export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: { senderFrame: { url: string; parent?: unknown } | null; sender?: { id: number } }, payload: unknown) => Promise<Result<unknown>>,
  ): void;
}

/**
 * One ipcMain handler per contract channel, all through the shared handler table. A window's
 * session is its webContents: signing in binds the user to it, main checks it on every call.
 */
export function bindIpc(ipcMain: IpcMainLike, getCore: () => Core): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, payload) => {
      if (!isTrustedSender(event.senderFrame)) return { ok: false, error: { code: 'FORBIDDEN', message: messages.errors.forbiddenSender } };
      const session = event.sender ? { key: `ipc:${event.sender.id}`, via: 'app' as const } : undefined;
      return dispatch(channel, payload, getCore(), session);
    });
  }
}
