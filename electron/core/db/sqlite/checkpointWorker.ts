// The WAL checkpoints' own thread (walCheckpointer.ts): a connection of its own copies what the
// commits wrote into the database file, so no call waits behind the copy.
import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';

const job = workerData as { file: string; nativeBinding?: string };
const raw = new BetterSqlite3(job.file, { fileMustExist: true, ...(job.nativeBinding ? { nativeBinding: job.nativeBinding } : {}) });
raw.pragma('busy_timeout = 1000');

parentPort!.on('message', (msg: 'checkpoint' | 'close') => {
  if (msg === 'close') {
    raw.close();
    parentPort!.close();
    return;
  }
  try {
    // PASSIVE: copies what no reader still needs, never waits for the writer or a reader.
    raw.pragma('wal_checkpoint(PASSIVE)');
    parentPort!.postMessage({ ok: true });
  } catch (err) {
    parentPort!.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
  }
});
