import { CHANNELS } from '../../shared/contract/channels';
import type { Result } from '../../shared/contract/errors';
import { messages } from '../../shared/i18n';
import type { AppContext } from '../core/context';
import { dispatch } from '../core/handlers/handlerTable';
import { isTrustedSender } from './security';

export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: { url: string; parent?: unknown } | null }, payload: unknown) => Promise<Result<unknown>>): void;
}

/** One ipcMain handler per contract channel, all through the shared handler table. */
export function bindIpc(ipcMain: IpcMainLike, getContext: () => AppContext): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, payload) => {
      if (!isTrustedSender(event.senderFrame)) return { ok: false, error: { code: 'FORBIDDEN', message: messages.errors.forbiddenSender } };
      return dispatch(channel, payload, getContext());
    });
  }
}
