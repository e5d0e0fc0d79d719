// The core's own thread: the database, the handler table and the Excel engine run here, so a long
// import or export never holds up the thread that draws the window. Started by coreClient.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { backupInWorker } from '../backup/backupInWorker';
import { dailyBackup } from '../backup/dailyBackup';
import { messages } from '../../../shared/i18n';
import { openAtStartup } from '../backup/openAtStartup';
import { Core } from '../core';
import { openDatabase } from '../db/openDatabase';
import { openPostgres } from '../db/postgres/openPostgres';
import { openConfiguredPostgres } from '../db/connection/configuredDatabase';
import { AppError } from '../errors';
import { localGateway } from '../gateway/localGateway';
import type { CoreWorkerConfig, FromWorker, HostKind, ToWorker } from './coreProtocol';
import { hostDialogs, hostPrinter, type AskHost } from './hostProxies';
import { startupChainCheck } from '../backup/startupChainCheck';
import { hostRelaunch, hostSealer } from '../db/connection/shellProxies';

const port = parentPort!;
const config = workerData as CoreWorkerConfig;
const post = (message: FromWorker) => port.postMessage(message);

let nextHostId = 1;
const waitingOnHost = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
const ask: AskHost = (kind: HostKind, args: unknown) =>
  new Promise((resolve, reject) => {
    const id = nextHostId++;
    waitingOnHost.set(id, { resolve: resolve as (v: unknown) => void, reject });
    post({ t: 'host', id, kind, args });
  }) as never;

/** A result that cannot cross the thread boundary is an app fault: logged, answered as one, never fatal. */
function reply(id: number, value: unknown, channel: unknown): void {
  try {
    post({ t: 'reply', id, value });
  } catch (err) {
    console.error(`[${String(channel)}] result could not be sent to the window`, err);
    post({ t: 'reply', id, value: { ok: false, error: { code: 'INTERNAL', message: messages.errors.internal } } });
  }
}

// Host replies arrive while the core is still opening (the damaged-file question), so listen first.
let gatewayReady: (g: ReturnType<typeof localGateway>) => void;
const gateway = new Promise<ReturnType<typeof localGateway>>((r) => (gatewayReady = r));
port.on('message', (msg: ToWorker) => {
  if (msg.t === 'hostReply') {
    const w = waitingOnHost.get(msg.id);
    waitingOnHost.delete(msg.id);
    if (msg.ok) w?.resolve(msg.value);
    else w?.reject(new Error(msg.message));
    return;
  }
  void gateway.then(async (g) => {
    if (msg.t === 'call') return reply(msg.id, await g.call(msg.channel, msg.payload, msg.session), msg.channel);
    if (msg.t === 'upload' || msg.t === 'adopt') {
      // A full disk or a folder gone: said to the page as an error, never a crash of this thread.
      const saved = msg.t === 'upload' ? g.saveUpload(msg.name, msg.bytes) : g.adoptUpload(msg.name, msg.tempPath);
      const value = await saved.catch((err: unknown) => ({ ok: false, error: err instanceof AppError ? err.toData() : { code: 'INTERNAL', message: messages.errors.internal } }));
      return post({ t: 'reply', id: msg.id, value });
    }
    if (msg.t === 'held') return post({ t: 'reply', id: msg.id, value: await g.heldFile(msg.fileId) });
    if (msg.t === 'close') {
      await g.close();
      post({ t: 'reply', id: msg.id, value: null });
      port.close();
    }
  });
});

async function start(): Promise<void> {
  let notice: string | null = null;
  // The shell's safeStorage and restart, when the shell offers them (the desktop app).
  const shell = { sealer: config.host.sealer ? hostSealer(ask) : undefined, relaunch: config.host.relaunch ? hostRelaunch(ask) : undefined };
  let core: Core;
  try {
    // The office's shared registry when the admin chose it (koneksi.json); else this PC's SQLite file.
    const shared = config.startup === 'app' ? await openConfiguredPostgres(config.file, shell.sealer) : null;
    if (shared) {
      core = new Core(shared, { appVersion: config.appVersion, nativeBinding: config.nativeBinding, upkeep: 'thread', ...shell });
    } else if (config.startup === 'app') {
      const opened = await openAtStartup(config.file, { nativeBinding: config.nativeBinding, upkeep: 'thread', ask: (plan) => ask('startup:askRestore', { message: plan.message }) });
      if (!opened) return post({ t: 'declined' });
      notice = opened.notice;
      core = new Core(opened.db, { appVersion: config.appVersion, nativeBinding: config.nativeBinding, upkeep: 'thread', ...shell });
    } else {
      const db = config.pgUrl
        ? await openPostgres({ url: config.pgUrl })
        : await openDatabase({ file: config.file, nativeBinding: config.nativeBinding, upkeep: 'thread' });
      core = new Core(db, { appVersion: config.appVersion, nativeBinding: config.nativeBinding, upkeep: 'thread', ...shell });
    }
  } catch (err) {
    const code = err instanceof AppError ? err.code : 'INTERNAL';
    return post({ t: 'startFailed', code, message: err instanceof Error ? err.message : String(err) });
  }
  if (config.host.dialogs) core.dialogs = hostDialogs(ask);
  if (config.host.printerOrigin) core.printer = hostPrinter(ask, config.host.printerOrigin);
  const g = localGateway(core);
  g.onEvent((event, sessionKey) => post({ t: 'event', event, sessionKey }));
  gatewayReady(g);
  const chainCheck = config.startup === 'app' ? startupChainCheck(core, config.nativeBinding) : null;
  post({ t: 'ready', notice });
  // After the window can call in, in a thread of its own on a read-only connection: nothing waits for it.
  if (config.startup === 'app') {
    const make = (dir: string, meta: Parameters<typeof backupInWorker>[2]) => backupInWorker(config.file, dir, meta, config.nativeBinding);
    await dailyBackup(core, new Date(), core.db.kind === 'sqlite' ? make : undefined).catch((err: unknown) => console.error('[backup] daily backup failed:', err instanceof Error ? err.message : err));
  }
  await chainCheck?.().catch((err: unknown) => console.error('[audit] the start-up check of the trail failed:', err instanceof Error ? err.message : err));
}

void start();
