import fs from 'node:fs';
import type { FileRef } from '../../../shared/contract/files';
import { AppError, fsError } from '../errors';
import { listFileName, reportFileName } from '../excel/export/fileNames';
import { exportList } from '../excel/export/listExport';
import { writeReport } from '../excel/export/report/reportWorkbook';
import type { AppContext } from '../context';
import type { HandlerMap } from './types';

/** Writes to a fresh outgoing path; a failed write leaves no partial file behind. */
async function writeOutgoing(ctx: AppContext, name: string, write: (path: string) => Promise<number>): Promise<{ file: FileRef; rows: number }> {
  const out = ctx.files.outgoing(name);
  try {
    const rows = await write(out.path);
    return { file: out.done(), rows };
  } catch (err) {
    fs.rmSync(out.path, { force: true });
    if (err instanceof AppError) throw err;
    throw fsError(err, name);
  }
}

export const exportHandlers: HandlerMap<'export:list' | 'export:report'> = {
  'export:list': (input, ctx) => writeOutgoing(ctx, listFileName(input), (path) => exportList(path, input, ctx)),
  'export:report': (input, ctx) => writeOutgoing(ctx, reportFileName(input), (path) => writeReport(path, ctx, input)),
};
