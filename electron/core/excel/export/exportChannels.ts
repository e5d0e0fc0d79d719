import { writeOutgoing } from '../../files/writeOutgoing';
import { listFileName, reportFileName } from './fileNames';
import { exportList } from './listExport';
import { writeReport } from './report/reportWorkbook';
import type { ChannelBindings } from '../../dispatch/binding';

export const exportChannels: ChannelBindings<'export:list' | 'export:report'> = {
  'export:list': (input, ctx) => writeOutgoing(ctx, listFileName(input), (path) => exportList(path, input, ctx)),
  'export:report': (input, ctx) => writeOutgoing(ctx, reportFileName(input), (path) => writeReport(path, ctx, input)),
};
