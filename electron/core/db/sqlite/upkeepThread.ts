import type { Worker } from 'node:worker_threads';
import { startWorker } from '../../workers/startWorker';
import type { UpkeepReply } from './upkeepWorker';

/**
 * The database's upkeep in a thread of its own connection (upkeepWorker.ts), where the core
 * serves a window, so no call waits behind it:
 *  - WAL checkpoints. SQLite runs one inside the commit that crosses its threshold, in one
 *    synchronous call: after a 50,000-row import that call held the core's thread for about
 *    370 ms. Here the writer's autocheckpoint is off and a PASSIVE checkpoint follows every write;
 *    one with nothing new to copy costs that thread a read of the WAL's index. (The WAL file's size
 *    cannot say: it keeps its size when SQLite starts writing it from the beginning again.)
 *  - The indexes a large write left owed (owedIndexes.ts), built after its commit.
 * If the thread fails, the writer checkpoints inline again (`fallBack`) and builds owed indexes
 * itself: slower, never unbounded.
 */
export class UpkeepThread {
  private worker: Worker | undefined;
  private running = false;
  private again = false;
  private failed = false;
  /** Callers waiting for an index build, in the order they asked. */
  private readonly building: Array<(ok: boolean) => void> = [];

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

  /** Builds the owed indexes in the thread; false when it could not (the caller builds them). */
  buildIndexes(): Promise<boolean> {
    if (this.failed) return Promise.resolve(false);
    return new Promise<boolean>((resolve) => {
      this.building.push(resolve);
      this.ensureWorker().postMessage('indexes');
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker({ bundle: 'upkeepWorker.cjs', source: () => new URL('./upkeepWorker.ts', import.meta.url) }, { workerData: { file: this.file, nativeBinding: this.nativeBinding } });
    worker.on('message', (m: UpkeepReply) => {
      if (m.job === 'indexes') {
        if (!m.ok) console.error(`[database] the upkeep thread could not build the owed indexes: ${m.message}`);
        this.building.shift()?.(m.ok);
        return;
      }
      this.running = false;
      if (!m.ok) return this.fail(m.message ?? 'checkpoint failed');
      if (this.again) {
        this.again = false;
        this.nudge();
      }
    });
    worker.on('error', (err) => this.fail(err.message));
    worker.on('exit', () => {
      if (this.worker === worker && !this.failed) this.fail('upkeep thread stopped');
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
    for (const waiting of this.building.splice(0)) waiting(false);
    this.fallBack(reason);
  }

  /** Stops the thread (its connection closed) before the database's own connections close. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.failed = true;
    this.worker = undefined;
    for (const waiting of this.building.splice(0)) waiting(false);
    if (!worker) return;
    const exited = new Promise<void>((r) => worker.once('exit', () => r()));
    worker.postMessage('close');
    // A checkpoint under way finishes first; one that hangs is not waited for past a second.
    await Promise.race([exited, new Promise<void>((r) => setTimeout(r, 1000).unref())]);
    await worker.terminate();
  }
}
