import { writeOutgoing } from '../../files/writeOutgoing';
import { listFileName, reportFileName } from './fileNames';
import { exportList } from './listExport';
import { collectReportData } from './report/reportData';
import { writeReport } from './report/reportWorkbook';
import type { ChannelBindings } from '../../dispatch/binding';

export const exportChannels: ChannelBindings<'export:list' | 'export:report' | 'report:summary'> = {
  'export:list': (input, ctx) => writeOutgoing(ctx, listFileName(input), (path) => exportList(path, input, ctx)),
  'export:report': (input, ctx) => writeOutgoing(ctx, reportFileName(input), (path) => writeReport(path, ctx, input)),
  // The printed (PDF) report's figures: the same as the workbook's summary sheet.
  'report:summary': (input, ctx) => collectReportData(ctx, input.from, input.to),
};
