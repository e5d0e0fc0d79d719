import type { Worker } from 'node:worker_threads';
import type { Result } from '../../../shared/contract/errors';
import type { FileRef } from '../../../shared/contract/files';
import { messages } from '../../../shared/i18n';
import { AppError } from '../errors';
import type { EventListener } from '../events';
import type { Dialogs } from '../files/dialogs';
import type { CoreGateway, HeldFileInfo } from '../gateway/gateway';
import type { PagePrinter, PrintWindow } from '../print/printReport';
import type { SecretSealer } from '../db/connection/secretSealer';
import type { CoreWorkerConfig, FromWorker, HostKind, HostRequests, ToWorker } from './coreProtocol';
import { startWorker } from './startWorker';

/** The shell's services the core may ask for (absent ones answer "desktop only" in the core). */
export interface CoreHost {
  dialogs?: Dialogs;
  printer?: PagePrinter;
  /** A damaged database at start: true restores the newest good backup, false quits. */
  askRestore?: (message: string) => Promise<boolean>;
  /** Electron's safeStorage for the PostgreSQL password (absent: the core seals with its key file). */
  sealer?: SecretSealer;
  /** Restarts the app after a new connection is saved (absent: the page says to restart by hand). */
  relaunch?: () => Promise<void>;
}

export type CoreStart = { state: 'ready'; notice: string | null } | { state: 'declined' } | { state: 'failed'; code: string; message: string };

export interface CoreWorkerGateway extends CoreGateway {
  /** Settles once the database is open (or could not be, or the clerk chose to quit). */
  started: Promise<CoreStart>;
  /** Called once if the worker dies unasked (its pending and later calls answer INTERNAL). */
  onExit(listener: (code: number) => void): void;
}

type Without<M, K extends keyof M> = M extends unknown ? Omit<M, K> : never;
type WorkerRequest = Without<Exclude<ToWorker, { t: 'hostReply' }>, 'id'>;

const stopped = (): Result<unknown> => ({ ok: false, error: { code: 'INTERNAL', message: messages.errors.coreStopped } });

/**
 * Starts the core in its own worker thread and answers for it: calls and files travel as
 * messages, events come back, and what the core asks of the shell (dialogs, printing, the
 * damaged-file question) is answered here from `host`.
 */
export function startCoreWorker(config: Omit<CoreWorkerConfig, 'host'>, host: CoreHost = {}): CoreWorkerGateway {
  const worker: Worker = startWorker(
    { bundle: 'coreWorker.cjs', source: () => new URL('./coreWorker.ts', import.meta.url) },
    { workerData: { ...config, host: { dialogs: Boolean(host.dialogs), printerOrigin: host.printer?.origin ?? null, sealer: Boolean(host.sealer), relaunch: Boolean(host.relaunch) } } satisfies CoreWorkerConfig },
  );
  let nextId = 1;
  const pending = new Map<number, (value: unknown) => void>();
  const listeners = new Set<EventListener>();
  const exitListeners: Array<(code: number) => void> = [];
  let alive = true;
  let closing = false;
  let settleStart: (s: CoreStart) => void;
  const started = new Promise<CoreStart>((r) => (settleStart = r));

  const printWindows = new Map<number, PrintWindow>();
  let nextPrint = 1;
  const hostAnswers: { [K in HostKind]: (args: HostRequests[K]['args']) => Promise<HostRequests[K]['result']> } = {
    'dialog:open': ({ purpose }) => need(host.dialogs).chooseOpen(purpose),
    'dialog:save': ({ defaultName }) => need(host.dialogs).chooseSave(defaultName),
    'dialog:view': ({ file }) => need(need(host.dialogs).openWithViewer)(file),
    'startup:askRestore': ({ message }) => (host.askRestore ? host.askRestore(message) : Promise.resolve(false)),
    'print:open': async () => {
      const win = await need(host.printer).open();
      const handle = nextPrint++;
      printWindows.set(handle, win);
      return { handle, sessionKey: win.sessionKey };
    },
    'print:load': async ({ handle, url }) => {
      await printWindow(handle).load(url);
      return null;
    },
    'print:ready': ({ handle }) => printWindow(handle).readyState(),
    'print:pdf': ({ handle, options }) => printWindow(handle).printToPdf(options as never),
    'print:close': async ({ handle }) => {
      printWindows.get(handle)?.close();
      printWindows.delete(handle);
      return null;
    },
    'sealer:seal': ({ text }) => need(host.sealer).seal(text),
    'sealer:open': ({ sealed }) => need(host.sealer).open(sealed),
    'app:relaunch': async () => {
      await need(host.relaunch)();
      return null;
    },
  };
  function printWindow(handle: number): PrintWindow {
    const w = printWindows.get(handle);
    if (!w) throw new AppError('INTERNAL', messages.errors.internal);
    return w;
  }

  worker.on('message', (msg: FromWorker) => {
    switch (msg.t) {
      case 'reply': {
        const done = pending.get(msg.id);
        pending.delete(msg.id);
        done?.(msg.value);
        return;
      }
      case 'event':
        for (const l of listeners) l(msg.event, msg.sessionKey);
        return;
      case 'host': {
        const answer = hostAnswers[msg.kind] as (args: unknown) => Promise<unknown>;
        void answer(msg.args).then(
          (value) => send({ t: 'hostReply', id: msg.id, ok: true, value }),
          (err: unknown) => send({ t: 'hostReply', id: msg.id, ok: false, message: err instanceof Error ? err.message : String(err) }),
        );
        return;
      }
      case 'ready':
        return settleStart({ state: 'ready', notice: msg.notice });
      case 'declined':
        return settleStart({ state: 'declined' });
      case 'startFailed':
        return settleStart({ state: 'failed', code: msg.code, message: msg.message });
    }
  });
  const died = (code: number, reason: string) => {
    if (!alive) return;
    alive = false;
    settleStart({ state: 'failed', code: 'INTERNAL', message: reason });
    for (const done of pending.values()) done(stopped());
    pending.clear();
    if (!closing) for (const l of exitListeners) l(code);
  };
  worker.on('error', (err) => died(1, err.message));
  worker.on('exit', (code) => died(code, `exit ${code}`));

  function send(msg: ToWorker): void {
    if (alive) worker.postMessage(msg);
  }
  function request<T>(msg: WorkerRequest, whenStopped: () => T): Promise<T> {
    if (!alive) return Promise.resolve(whenStopped());
    const id = nextId++;
    return new Promise<T>((resolve) => {
      pending.set(id, (v) => resolve(v as T));
      send({ ...msg, id } as ToWorker);
    });
  }

  return {
    started,
    call: (channel, payload, session) => request<Result<unknown>>({ t: 'call', channel, payload, session }, stopped),
    saveUpload: async (name, bytes) => {
      const ref = await request<FileRef | Result<unknown>>({ t: 'upload', name, bytes }, stopped);
      if ('ok' in ref) throw ref.ok ? new AppError('INTERNAL', messages.errors.internal) : new AppError(ref.error.code, ref.error.message);
      return ref;
    },
    adoptUpload: async (name, tempPath) => {
      const ref = await request<FileRef | Result<unknown>>({ t: 'adopt', name, tempPath }, stopped);
      if ('ok' in ref) throw ref.ok ? new AppError('INTERNAL', messages.errors.internal) : new AppError(ref.error.code, ref.error.message);
      return ref;
    },
    heldFile: (fileId) => request<HeldFileInfo | null>({ t: 'held', fileId }, () => null),
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onExit: (listener) => void exitListeners.push(listener),
    close: async () => {
      closing = true;
      if (!alive) return;
      // A start still under way (the damaged-file question) has nothing to close: stop the thread.
      const state = await Promise.race([started, new Promise<null>((r) => setTimeout(() => r(null), 0))]);
      if (state?.state === 'ready') await request({ t: 'close' }, () => null);
      await worker.terminate();
    },
  };
}

function need<T>(service: T | undefined): T {
  if (!service) throw new AppError('UNAVAILABLE', messages.errors.desktopOnly);
  return service;
}
