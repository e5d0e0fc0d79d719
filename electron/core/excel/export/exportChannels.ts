import { writeOutgoing } from '../../files/writeOutgoing';
import { printReportPdf } from '../../print/printReport';
import { listFileName, reportFileName, reportPdfFileName } from './fileNames';
import { exportList } from './listExport';
import { collectReportData } from './report/reportData';
import { writeReport } from './report/reportWorkbook';
import type { ChannelBindings } from '../../dispatch/binding';

export const exportChannels: ChannelBindings<'export:list' | 'export:report' | 'report:summary' | 'report:pdf'> = {
  'export:list': (input, ctx) => writeOutgoing(ctx, listFileName(input), (path) => exportList(path, input, ctx)),
  'export:report': (input, ctx) => writeOutgoing(ctx, reportFileName(input), (path) => writeReport(path, ctx, input)),
  // The printed (PDF) report's figures: the same as the workbook's summary sheet.
  'report:summary': (input, ctx) => collectReportData(ctx, input.from, input.to),
  // The printed report: its print page, printed by the shell (desktop only), saved like an export.
  'report:pdf': (input, ctx, caller) => writeOutgoing(ctx, reportPdfFileName(input), (path) => printReportPdf(ctx, caller, input, path)),
};
