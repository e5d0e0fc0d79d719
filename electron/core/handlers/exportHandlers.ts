import { writeOutgoing } from '../files/writeOutgoing';
import { listFileName, reportFileName } from '../excel/export/fileNames';
import { exportList } from '../excel/export/listExport';
import { writeReport } from '../excel/export/report/reportWorkbook';
import type { HandlerMap } from './types';

export const exportHandlers: HandlerMap<'export:list' | 'export:report'> = {
  'export:list': (input, ctx) => writeOutgoing(ctx, listFileName(input), (path) => exportList(path, input, ctx)),
  'export:report': (input, ctx) => writeOutgoing(ctx, reportFileName(input), (path) => writeReport(path, ctx, input)),
};
