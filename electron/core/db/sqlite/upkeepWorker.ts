// The upkeep thread (upkeepThread.ts): a connection of its own copies what the commits wrote into
// the database file, and builds the indexes a large write left owed, so no call waits behind them.
import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { buildOwed } from './owedIndexes';
import { hardenConnection } from './hardenConnection';

export type UpkeepJob = 'checkpoint' | 'indexes';
export type UpkeepReply = { job: UpkeepJob; ok: boolean; message?: string };

const job = workerData as { file: string; nativeBinding?: string };
const raw = new BetterSqlite3(job.file, { fileMustExist: true, ...(job.nativeBinding ? { nativeBinding: job.nativeBinding } : {}) });
hardenConnection(raw);
raw.pragma('busy_timeout = 1000');

parentPort!.on('message', (msg: UpkeepJob | 'close') => {
  if (msg === 'close') {
    raw.close();
    parentPort!.close();
    return;
  }
  try {
    // PASSIVE: copies what no reader still needs, never waits for the writer or a reader.
    if (msg === 'checkpoint') raw.pragma('wal_checkpoint(PASSIVE)');
    else buildOwed(raw);
    parentPort!.postMessage({ job: msg, ok: true } satisfies UpkeepReply);
  } catch (err) {
    parentPort!.postMessage({ job: msg, ok: false, message: err instanceof Error ? err.message : String(err) } satisfies UpkeepReply);
  }
});
