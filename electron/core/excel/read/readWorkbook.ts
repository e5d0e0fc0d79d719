import path from 'node:path';
import { groupThousands } from '../../../../shared/format/rupiah';
import { AppError } from '../../errors';
import { startWorker } from '../../workers/startWorker';
import { checkWorkbookFile } from './checkFile';
import { readDocument } from './documentReader';
import { DEFAULT_LIMITS, type ReadLimits } from './limits';
import type { ParseJob, ParseMessage } from './parseProtocol';
import { nextTurn } from '../../turns';
import { refuse } from './refuse';
import { streamWorkbook } from './streamReader';
import type { WorkbookData } from './types';
import { WorkbookAssembler } from './workbookAssembler';

export { DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS } from './limits';

export interface ReadOptions {
  maxBytes?: number;
  maxRows?: number;
  /** Tighter or looser limits than DEFAULT_LIMITS (tests, benchmarks). */
  limits?: Partial<ReadLimits>;
  /**
   * 'auto' and 'stream' read with the streaming reader (the app always does); 'document' loads the
   * whole workbook with exceljs in this thread, unguarded: only for tests that compare the two.
   */
  mode?: 'auto' | 'document' | 'stream';
  /** No longer used: every file streams. Kept so older callers still compile. */
  streamAboveBytes?: number;
  /** 'worker' (the default) parses in a worker thread under a heap limit; 'inline' in this thread. */
  thread?: 'worker' | 'inline';
}

const PARSE_WORKER = { bundle: 'parseWorker.cjs', source: () => new URL('./parseWorker.ts', import.meta.url) };

/**
 * Every sheet of an .xlsx, cells normalised. Bad and oversized files are refused with BAD_FILE
 * before parsing (checkFile.ts); the parse streams, counts rows, columns and memory as it goes, and
 * runs in a worker whose heap is capped, so a file that slips past every check fails its import
 * with a message, never the app.
 */
export async function readWorkbook(file: string, opts: ReadOptions = {}): Promise<WorkbookData> {
  const limits: ReadLimits = {
    ...DEFAULT_LIMITS,
    ...opts.limits,
    ...(opts.maxBytes !== undefined ? { maxFileBytes: opts.maxBytes } : {}),
    ...(opts.maxRows !== undefined ? { maxRows: opts.maxRows } : {}),
  };
  const fileName = path.basename(file);
  await checkWorkbookFile(file, limits);
  if (opts.mode === 'document') return readDocumentGuarded(file, fileName, limits);
  const job: ParseJob = { file, fileName, limits };
  return opts.thread === 'inline' ? readInline(job) : readInWorker(job);
}

async function readInline(job: ParseJob): Promise<WorkbookData> {
  const assembler = new WorkbookAssembler(job.fileName, job.limits);
  try {
    const { date1904 } = await streamWorkbook(job, assembler);
    return assembler.finish(date1904);
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (err instanceof RangeError) throw refuse('tooBigToRead', { file: job.fileName, mb: job.limits.workerHeapMb });
    throw refuse('damaged', { file: job.fileName });
  }
}

function readInWorker(job: ParseJob): Promise<WorkbookData> {
  return new Promise((resolve, reject) => {
    const assembler = new WorkbookAssembler(job.fileName, job.limits);
    const taken = new Int32Array(new SharedArrayBuffer(4));
    let received = 0;
    // What was taken in is told to the worker a turn later: told at once, its next batches would
    // join the messages this thread is still being handed in one go (parseProtocol.ts).
    let telling = false;
    const tellTaken = (): void => {
      if (telling) return;
      telling = true;
      void nextTurn().then(() => {
        telling = false;
        Atomics.store(taken, 0, received);
        Atomics.notify(taken, 0);
      });
    };
    const worker = startWorker(PARSE_WORKER, {
      workerData: { ...job, taken: taken.buffer as SharedArrayBuffer },
      resourceLimits: { maxOldGenerationSizeMb: job.limits.workerHeapMb },
    });
    let settled = false;
    const settle = (err: Error | null, data?: WorkbookData) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      if (err) reject(err);
      else resolve(data!);
    };
    worker.on('message', (m: ParseMessage) => {
      try {
        switch (m.t) {
          case 'sheet':
            return assembler.sheet(m.index, m.name, m.hidden);
          case 'rows':
            assembler.rows(m.index, m.rows);
            received++;
            return tellTaken();
          case 'end':
            return assembler.end(m.index, m.merges, m.used);
          case 'done':
            return settle(null, assembler.finish(m.date1904));
          case 'refused':
            return settle(new AppError(m.code, m.message));
          case 'failed':
            return settle(m.reason === 'tooBig' ? refuse('tooBigToRead', { file: job.fileName, mb: job.limits.workerHeapMb }) : refuse('damaged', { file: job.fileName }));
        }
      } catch (err) {
        // Filling merged ranges here can exceed the budget too.
        settle(err instanceof AppError ? err : refuse('damaged', { file: job.fileName }));
      }
    });
    worker.on('error', (err: Error & { code?: string }) => {
      // The heap limit: the worker is stopped, this thread and the app go on.
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') settle(refuse('tooBigToRead', { file: job.fileName, mb: groupThousands(job.limits.workerHeapMb) }));
      else settle(err);
    });
    worker.on('exit', (code) => settle(new Error(`The workbook parser stopped (exit code ${code}) before it finished ${job.fileName}.`)));
  });
}

/** The exceljs document reader, for comparison in tests: the same checks before, row limit while building. */
async function readDocumentGuarded(file: string, fileName: string, limits: ReadLimits): Promise<WorkbookData> {
  const counts = new Map<string, number>();
  const onRow = (sheet: string) => {
    const n = (counts.get(sheet) ?? 0) + 1;
    counts.set(sheet, n);
    if (n > limits.maxRows) throw refuse('tooManyRows', { sheet, max: groupThousands(limits.maxRows) });
  };
  try {
    return await readDocument(file, onRow);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw refuse('damaged', { file: fileName });
  }
}
