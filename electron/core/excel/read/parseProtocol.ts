import type { ReadLimits } from './limits';
import type { StreamInput } from './streamReader';
import type { RowData } from './types';

/**
 * What the parse worker is started with (workerData). `taken` (one Int32) counts the batches of
 * rows the reading thread has taken in: the worker stays at most ROWS_AHEAD batches ahead of it.
 * Node hands a thread every message already waiting (at least 1,000) in one go, so a worker
 * running ahead made the core copy in a hundred batches without a turn of its event loop: about
 * 100 ms in which no call was answered.
 */
export type ParseJob = StreamInput & { limits: ReadLimits; taken?: SharedArrayBuffer };

/** Batches of 250 rows the worker may send before the reading thread has taken them in. */
export const ROWS_AHEAD = 4;

/** What it sends back, in order: each sheet, its rows in batches, its end; then done, or why not. */
export type ParseMessage =
  | { t: 'sheet'; index: number; name: string; hidden: boolean }
  | { t: 'rows'; index: number; rows: RowData[] }
  | { t: 'end'; index: number; merges: string[]; used: number }
  | { t: 'done'; date1904: boolean }
  /** Refused with a message for the clerk (an AppError in the worker). */
  | { t: 'refused'; code: 'BAD_FILE'; message: string }
  /** The bytes could not be read as a workbook, or a value outgrew what V8 can hold. */
  | { t: 'failed'; reason: 'damaged' | 'tooBig'; detail: string };
