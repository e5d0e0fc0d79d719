import type { ReportInput } from '../../../../../shared/contract';
import { todayIso } from '../../../../../shared/format/date';
import type { Scope } from '../../../scope';
import { abandon, newStreamingWorkbook } from '../listWorkbook';
import type { Paper } from '../pageLayout';
import { writeDetailSheets } from './detailSheets';
import { classChartPicture } from './chartPng';
import { injectPicture } from './injectPicture';
import { collectReportData } from './reportData';
import { writeSummarySheet } from './summarySheet';

/**
 * The report for the mayor's office (Laporan Perkembangan UMKM dan Kemitraan): the summary sheet
 * with the letterhead, the figures and the sign-off, then the lists behind each figure. Written
 * with the streaming writer, sheet after sheet, so the registry's detail sheet keeps memory flat
 * at city scale (exceljs cannot place a picture on a streamed sheet: the chart is added after).
 * Returns the rows of the detail sheets.
 */
export async function writeReport(file: string, ctx: Scope, input: ReportInput, opts: { today?: string } = {}): Promise<number> {
  const today = opts.today ?? todayIso();
  const paper: Paper = input.paper ?? 'A4';
  const data = await collectReportData(ctx, input.from, input.to, today);
  const wb = newStreamingWorkbook(file);
  try {
    writeSummarySheet(wb, data, paper);
    const counts = await writeDetailSheets(wb, ctx, { from: input.from, to: input.to, today, paper });
    await wb.commit();
    await injectPicture(file, classChartPicture(data));
    return Object.values(counts).reduce((s, n) => s + n, 0);
  } catch (err) {
    await abandon(wb);
    throw err;
  }
}
