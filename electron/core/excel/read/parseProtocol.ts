import type { ReadLimits } from './limits';
import type { StreamInput } from './streamReader';
import type { RowData } from './types';

/** What the parse worker is started with (workerData). */
export type ParseJob = StreamInput & { limits: ReadLimits };

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
