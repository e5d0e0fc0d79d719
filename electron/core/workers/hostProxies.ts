import type { Dialogs } from '../files/dialogs';
import type { PagePrinter } from '../print/printReport';
import type { HostKind, HostRequests } from './coreProtocol';

export type AskHost = <K extends HostKind>(kind: K, args: HostRequests[K]['args']) => Promise<HostRequests[K]['result']>;

/** The shell's dialogs, asked from the worker. */
export function hostDialogs(ask: AskHost): Dialogs {
  return {
    chooseOpen: (purpose) => ask('dialog:open', { purpose }),
    chooseSave: (defaultName) => ask('dialog:save', { defaultName }),
    openWithViewer: (file) => ask('dialog:view', { file }),
  };
}

/** The shell's hidden print window, driven from the worker one step at a time. */
export function hostPrinter(ask: AskHost, origin: string): PagePrinter {
  return {
    origin,
    open: async () => {
      const { handle, sessionKey } = await ask('print:open', {});
      return {
        sessionKey,
        load: async (url) => void (await ask('print:load', { handle, url })),
        readyState: () => ask('print:ready', { handle }),
        printToPdf: (options) => ask('print:pdf', { handle, options }),
        close: () => void ask('print:close', { handle }).catch(() => undefined),
      };
    },
  };
}
