import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../errors';
import { ROWS_AHEAD, type ParseJob, type ParseMessage } from './parseProtocol';
import { streamWorkbook } from './streamReader';

// The parse worker: reads one workbook under the heap limit readWorkbook gave it, and streams the
// rows back in batches (structured clone keeps Dates), so this thread never holds the whole sheet.
const post = (m: ParseMessage) => parentPort!.postMessage(m);

/** Sends a batch of rows, first waiting (this thread only) while ROWS_AHEAD are not yet taken in. */
function rowsSender(taken: Int32Array | undefined): (index: number, rows: ParseMessage & { t: 'rows' }) => void {
  let sent = 0;
  return (_index, m) => {
    if (taken) {
      for (let seen = Atomics.load(taken, 0); sent - seen >= ROWS_AHEAD; seen = Atomics.load(taken, 0)) Atomics.wait(taken, 0, seen, 1000);
    }
    post(m);
    sent++;
  };
}

async function run(job: ParseJob): Promise<void> {
  const sendRows = rowsSender(job.taken ? new Int32Array(job.taken) : undefined);
  try {
    const { date1904 } = await streamWorkbook(job, {
      sheet: (index, name, hidden) => post({ t: 'sheet', index, name, hidden }),
      rows: (index, rows) => sendRows(index, { t: 'rows', index, rows }),
      end: (index, merges, used) => post({ t: 'end', index, merges, used }),
    });
    post({ t: 'done', date1904 });
  } catch (err) {
    if (err instanceof AppError) post({ t: 'refused', code: 'BAD_FILE', message: err.message });
    // "Invalid string length" and the like: a value past what V8 can hold is a file too big to read.
    else if (err instanceof RangeError) post({ t: 'failed', reason: 'tooBig', detail: err.message });
    else post({ t: 'failed', reason: 'damaged', detail: String((err as Error)?.message ?? err) });
  }
}

// No top-level await: the bundle is CommonJS.
void run(workerData as ParseJob);
