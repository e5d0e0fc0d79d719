import { AppError } from '../errors';
import type { ErrorCode } from '../../../shared/contract/errors';
import { startWorker } from '../workers/startWorker';
import type { BackupMeta, CreatedBackup } from './createBackup';

/** createBackup in a thread of its own (backupWorker.ts): a snapshot of the last commit, never a lock. */
export function backupInWorker(file: string, dir: string, meta: BackupMeta, nativeBinding?: string): Promise<CreatedBackup> {
  const worker = startWorker({ bundle: 'backupWorker.cjs', source: () => new URL('./backupWorker.ts', import.meta.url) }, { workerData: { file, dir, meta, nativeBinding } });
  return new Promise((resolve, reject) => {
    worker.once('message', (m: { ok: true; created: CreatedBackup } | { ok: false; code: ErrorCode; message: string }) => {
      if (m.ok) resolve(m.created);
      else reject(new AppError(m.code, m.message));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`backup worker exited ${code}`)));
  });
}
