// The daily backup's own thread: VACUUM INTO and the check of the copy take seconds on a big
// registry, so they run here on a read-only connection of their own while the core answers calls.
import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../errors';
import { createBackup, type BackupMeta } from './createBackup';
import { hardenConnection } from '../db/sqlite/hardenConnection';

const job = workerData as { file: string; dir: string; meta: BackupMeta; nativeBinding?: string };

async function run(): Promise<void> {
  const raw = new BetterSqlite3(job.file, { readonly: true, fileMustExist: true, ...(job.nativeBinding ? { nativeBinding: job.nativeBinding } : {}) });
  try {
    hardenConnection(raw);
    parentPort!.postMessage({ ok: true, created: await createBackup(raw, job.dir, job.meta) });
  } catch (err) {
    parentPort!.postMessage({ ok: false, code: err instanceof AppError ? err.code : 'INTERNAL', message: err instanceof Error ? err.message : String(err) });
  } finally {
    raw.close();
  }
}

void run();
