import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../errors';
import type { ParseJob, ParseMessage } from './parseProtocol';
import { streamWorkbook } from './streamReader';

// The parse worker: reads one workbook under the heap limit readWorkbook gave it, and streams the
// rows back in batches (structured clone keeps Dates), so this thread never holds the whole sheet.
const post = (m: ParseMessage) => parentPort!.postMessage(m);

async function run(job: ParseJob): Promise<void> {
  try {
    const { date1904 } = await streamWorkbook(job, {
      sheet: (index, name, hidden) => post({ t: 'sheet', index, name, hidden }),
      rows: (index, rows) => post({ t: 'rows', index, rows }),
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
