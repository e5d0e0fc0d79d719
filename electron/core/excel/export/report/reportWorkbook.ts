import type { ReportInput } from '../../../../../shared/contract';
import { todayIso } from '../../../../../shared/format/date';
import type { Scope } from '../../../scope';
import { addDrawings } from '../../xlsxDrawing';
import { abandon, newStreamingWorkbook } from '../listWorkbook';
import type { Paper } from '../pageLayout';
import { writeDetailSheets } from './detailSheets';
import { collectReportData } from './reportData';
import { writeSummarySheet } from './summarySheet';

/**
 * The report for the mayor's office (Laporan Perkembangan UMKM dan Kemitraan): the summary sheet
 * with the letterhead, the figures and the sign-off, then the lists behind each figure. Written
 * with the streaming writer, sheet after sheet, so the registry's detail sheet keeps memory flat
 * at city scale (exceljs cannot draw on a streamed sheet: the chart and the emblem are added to
 * the finished file). Returns the rows of the detail sheets.
 */
export async function writeReport(file: string, ctx: Scope, input: ReportInput, opts: { today?: string } = {}): Promise<number> {
  const today = opts.today ?? todayIso();
  const paper: Paper = input.paper ?? 'A4';
  const data = await collectReportData(ctx, input.from, input.to, today);
  const wb = newStreamingWorkbook(file);
  let drawings;
  let counts;
  try {
    drawings = writeSummarySheet(wb, data, paper).drawings;
    counts = await writeDetailSheets(wb, ctx, { from: input.from, to: input.to, today, asOf: data.asOf, paper, office: data.office });
    await wb.commit();
  } catch (err) {
    await abandon(wb);
    throw err;
  }
  await addDrawings(file, 1, drawings);
  return Object.values(counts).reduce((s, n) => s + n, 0);
}
