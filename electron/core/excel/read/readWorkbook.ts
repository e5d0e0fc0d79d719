import path from 'node:path';
import { fill, messages } from '../../../../shared/i18n';
import { groupThousands } from '../../../../shared/format/rupiah';
import { AppError } from '../../errors';
import { checkWorkbookFile } from './checkFile';
import { readDocument } from './documentReader';
import { readStream } from './streamReader';
import type { WorkbookData } from './types';

export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;
export const DEFAULT_MAX_ROWS = 1_048_576;
/**
 * Above this the document reader's memory (≈90× the file: 600 MB for 50,000 rows in 6.8 MB) is too
 * much for an office PC: stream, losing merges. Little is lost: a cell merged down a two-row header
 * is empty in the header row, and headerTexts then takes the title above it.
 */
export const STREAM_ABOVE_BYTES = 2 * 1024 * 1024;

export interface ReadOptions {
  maxBytes?: number;
  maxRows?: number;
  /** 'auto' picks by size (STREAM_ABOVE_BYTES); the others force a reader (benchmarks, tests). */
  mode?: 'auto' | 'document' | 'stream';
  streamAboveBytes?: number;
}

/** Every sheet of an .xlsx, cells normalised; bad files are refused with BAD_FILE before parsing. */
export async function readWorkbook(file: string, opts: ReadOptions = {}): Promise<WorkbookData> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRows = opts.maxRows ?? DEFAULT_MAX_ROWS;
  const size = checkWorkbookFile(file, maxBytes);
  const mode = opts.mode && opts.mode !== 'auto' ? opts.mode : size > (opts.streamAboveBytes ?? STREAM_ABOVE_BYTES) ? 'stream' : 'document';
  const counts = new Map<string, number>();
  const onRow = (sheet: string) => {
    const n = (counts.get(sheet) ?? 0) + 1;
    counts.set(sheet, n);
    if (n > maxRows) throw new AppError('BAD_FILE', fill(messages.excelFile.tooManyRows, { sheet, max: groupThousands(maxRows) }));
  };
  try {
    return mode === 'stream' ? await readStream(file, onRow) : await readDocument(file, onRow);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('BAD_FILE', fill(messages.excelFile.damaged, { file: path.basename(file) }));
  }
}
