import type { Worker } from 'node:worker_threads';
import { startWorker } from '../../workers/startWorker';

/**
 * A WAL checkpoint copies every page the commits wrote into the database file. SQLite runs it
 * inside the commit that crosses its threshold, in one synchronous call: after a 50,000-row
 * import that call held the core's thread for about 370 ms, and every request waited behind it.
 * Where the core serves a window, the writer's autocheckpoint is off and this hands the copy to a
 * thread of its own (checkpointWorker.ts) after every write; one with nothing new to copy costs
 * that thread a read of the WAL's index. (The WAL file's size cannot say: it keeps its size when
 * SQLite starts writing it from the beginning again.)
 * If that thread fails, the writer checkpoints inline again (`fallBack`): slower, never unbounded.
 */
export class WalCheckpointer {
  private worker: Worker | undefined;
  private running = false;
  private again = false;
  private failed = false;

  constructor(
    private readonly file: string,
    private readonly nativeBinding: string | undefined,
    private readonly fallBack: (reason: string) => void,
  ) {}

  /** After a write: a checkpoint, one at a time (writes meanwhile ask for one more). */
  nudge(): void {
    if (this.failed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.ensureWorker().postMessage('checkpoint');
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker({ bundle: 'checkpointWorker.cjs', source: () => new URL('./checkpointWorker.ts', import.meta.url) }, { workerData: { file: this.file, nativeBinding: this.nativeBinding } });
    worker.on('message', (m: { ok: boolean; message?: string }) => {
      this.running = false;
      if (!m.ok) return this.fail(m.message ?? 'checkpoint failed');
      if (this.again) {
        this.again = false;
        this.nudge();
      }
    });
    worker.on('error', (err) => this.fail(err.message));
    worker.on('exit', () => {
      if (this.worker === worker && !this.failed) this.fail('checkpoint thread stopped');
    });
    // The thread alone never keeps the process alive.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private fail(reason: string): void {
    if (this.failed) return;
    this.failed = true;
    this.worker = undefined;
    this.fallBack(reason);
  }

  /** Stops the thread (its connection closed) before the database's own connections close. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.failed = true;
    this.worker = undefined;
    if (!worker) return;
    const exited = new Promise<void>((r) => worker.once('exit', () => r()));
    worker.postMessage('close');
    // A checkpoint under way finishes first; one that hangs is not waited for past a second.
    await Promise.race([exited, new Promise<void>((r) => setTimeout(r, 1000).unref())]);
    await worker.terminate();
  }
}

