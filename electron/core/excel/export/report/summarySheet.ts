import type ExcelJS from 'exceljs';
import { UMKM_CLASSES } from '../../../../../shared/domain/classification';
import { KEMITRAAN_STATUS, PARTNERSHIP_PATTERNS, SUPPORT_KINDS } from '../../../../../shared/domain/partnership';
import { TRANSITION_KEYS } from '../../../../../shared/contract';
import { formatDate } from '../../../../../shared/format/date';
import { fill, messages } from '../../../../../shared/i18n';
import type { ChartSpec, Drawings, PictureSpec } from '../../xlsxDrawing';
import { DATE_FORMAT, excelDate, INTEGER_FORMAT, OFFICIAL_RUPIAH_FORMAT, PERCENT_FORMAT, TEXT_FORMAT } from '../cellFormats';
import { fixedScaleLayout, printableArea, type Paper } from '../pageLayout';
import type { ReportData } from './reportData';
import { SheetPlan } from './sheetPlan';
import { planSignOff } from './signOff';
import { planSummaryTable, type SummaryCell } from './summaryTable';
import { periodText, planKop } from './titleBlock';
import { planPembinaanSections } from './pembinaanSections';

const t = messages.exportText;
const e = messages.kemitraanEnums;
/** Columns A–H: labels, five figure columns, two wider ones (the chart beside section A, the sign-off). */
const BASE_WIDTHS = [30, 13, 13, 13, 13, 13, 17, 17];
const LAST = BASE_WIDTHS.length;
/** Page breaks are planned on a page a little shorter than the real one: rows print a shade taller than their nominal height. */
const PAGE_SAFETY = 0.92;
/** Rows of a long table kept with its heading. */
const KEEP_ROWS = 4;
/** The chart's bars: the app's class colours (mikro to besar). */
const CHART_COLOR = '2E7D5B';

const transitionLabel = (key: string) =>
  key
    .split('->')
    .map((c) => messages.enums.class[c as (typeof UMKM_CLASSES)[number]])
    .join(' → ');

/** ROUND(naik / recorded × 100, 1), 0 when nothing was recorded: the app's naikPercent. */
const percent = (naik: string, recorded: string, result: number): SummaryCell => ({
  formula: () => `IF(${recorded}=0,0,ROUND(${naik}/${recorded}*100,1))`,
  result,
});
const pct = (naik: number, recorded: number) => (recorded === 0 ? 0 : Math.round((naik / recorded) * 1000) / 10);

/** A section's heading and its note (merged across the sheet, the note wrapped); returns the heading's row. */
function section(plan: SheetPlan, title: string, note?: string): number {
  plan.blank(10);
  const head = plan.add({ cells: [{ value: title, font: { bold: true, size: 12 } }], merge: [1, LAST] });
  if (note) plan.add({ cells: [{ value: note, font: { italic: true, size: 9 }, alignment: { wrapText: true, vertical: 'top' } }], merge: [1, LAST] });
  return head;
}

/** A line in place of an empty table ("Tidak ada … pada periode ini."). */
function nothing(plan: SheetPlan, text: string): number {
  return plan.add({ cells: [{ value: text, font: { italic: true } }], merge: [1, LAST] });
}

/** A label and its figure on one row, outside a table (tetap, recorded, percentage). */
function figure(plan: SheetPlan, label: string, value: ExcelJS.CellValue, numFmt: string, bold = false): number {
  return plan.add({ cells: [{ value: label, ...(bold ? { font: { bold: true } } : {}) }, { value, numFmt, ...(bold ? { font: { bold: true } } : {}) }] });
}

export interface SummaryPlacement {
  /** The native chart and the emblem, placed after the workbook is written. */
  drawings: Drawings;
}

/**
 * The summary sheet: letterhead, every figure of the report (each total a formula), the sign-off.
 * Planned whole first, so the columns fit their widest figure, the rows their wrapped text, and
 * the page breaks keep each heading with its table and the sign-off with the last one.
 */
export function writeSummarySheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, data: ReportData, paper: Paper, sheetName = t.summarySheet): SummaryPlacement {
  const plan = new SheetPlan();
  const asOf = formatDate(data.asOf);
  const kop = planKop(plan, data.office, LAST, t.reportTitle, periodText(data.from, data.to));

  // A. Registry by class and kecamatan, at the period's end; the chart beside the table.
  const headA = section(plan, t.sectionClass, fill(t.sectionClassNote, { date: asOf }));
  const a = planSummaryTable(plan, {
    headers: [t.colKecamatan, ...UMKM_CLASSES.map((c) => messages.enums.class[c])],
    rows: data.classByKecamatan.map((k) => [k.kecamatan, ...UMKM_CLASSES.map((c) => k.counts[c])]),
    rowTotal: { header: t.totalLabel },
    totalRow: { label: t.totalLabel },
  });
  for (let r = a.firstRow; r <= a.totalRow!; r++) plan.rows[r - 1]!.height = 20;
  plan.keep(headA, a.totalRow!);

  // B. Moves up (and down) over the period.
  const p = data.progress;
  const headB = section(plan, t.sectionNaik, t.sectionNaikNote);
  if (p.recorded === 0) {
    plan.keep(headB, nothing(plan, t.noMoves));
  } else {
    const naik = planSummaryTable(plan, {
      headers: [t.colTransition, t.colCount],
      rows: TRANSITION_KEYS.naik.map((k) => [transitionLabel(k), p.naik[k]]),
      totalRow: { label: t.naikTotal },
    });
    plan.blank(6);
    planSummaryTable(plan, {
      headers: [t.colTransition, t.colCount],
      rows: TRANSITION_KEYS.turun.map((k) => [transitionLabel(k), p.turun[k]]),
      totalRow: { label: t.turunTotal },
    });
    plan.blank(6);
    figure(plan, t.tetapTotal, p.tetap, INTEGER_FORMAT);
    const recorded = figure(plan, t.recordedTotal, p.recorded, INTEGER_FORMAT);
    const share = figure(plan, t.naikPercent, { formula: `IF(B${recorded}=0,0,ROUND(B${naik.totalRow}/B${recorded}*100,1))`, result: p.naikPercent }, PERCENT_FORMAT, true);
    plan.keep(headB, share);

    const headB1 = section(plan, t.sectionNaikKecamatan);
    const kec = Object.entries(p.byKecamatan);
    const b1 = planSummaryTable(plan, {
      headers: [t.colKecamatan, t.colRecorded, t.colNaik, t.colTurun, t.colTetap, t.colNaikPercent],
      formats: [undefined, undefined, undefined, undefined, undefined, PERCENT_FORMAT],
      rows: kec.map(([name, v]) => [name, v.recorded, v.naik, v.turun, v.tetap, { formula: (r) => `IF(B${r}=0,0,ROUND(C${r}/B${r}*100,1))`, result: pct(v.naik, v.recorded) }]),
      totalRow: {
        label: t.totalLabel,
        columns: [
          'none',
          'sum',
          'sum',
          'sum',
          'sum',
          (r) => percent(`C${r}`, `B${r}`, pct(kec.reduce((s, [, v]) => s + v.naik, 0), kec.reduce((s, [, v]) => s + v.recorded, 0))),
        ],
      },
    });
    plan.keep(headB1, b1.totalRow!);
  }

  // C. Agreements by pattern and status.
  const headC = section(plan, t.sectionKemitraan, t.sectionKemitraanNote);
  const agreements = PARTNERSHIP_PATTERNS.reduce((s, pat) => s + KEMITRAAN_STATUS.reduce((x, st) => x + data.agreements[pat][st], 0), 0);
  if (agreements === 0) plan.keep(headC, nothing(plan, t.noAgreements));
  else {
    const c = planSummaryTable(plan, {
      headers: [t.colPattern, ...KEMITRAAN_STATUS.map((s) => e.status[s])],
      rows: PARTNERSHIP_PATTERNS.map((pat) => [e.pattern[pat], ...KEMITRAAN_STATUS.map((s) => data.agreements[pat][s])]),
      rowTotal: { header: t.totalLabel },
      totalRow: { label: t.totalLabel },
    });
    plan.keep(headC, c.totalRow!);
  }

  // D. Support by kind and value, in the official style of money (Rp1.500.000,00).
  const headD = section(plan, t.sectionSupport, t.sectionSupportNote);
  const items = SUPPORT_KINDS.reduce((s, k) => s + data.supports[k].items, 0);
  if (items === 0) plan.keep(headD, nothing(plan, t.noSupport));
  else {
    const d = planSummaryTable(plan, {
      headers: [t.colSupportKind, t.colSupportItems, t.colSupportValue],
      formats: [undefined, undefined, OFFICIAL_RUPIAH_FORMAT],
      wideLast: true,
      rows: SUPPORT_KINDS.map((k) => [e.support[k], data.supports[k].items, data.supports[k].value]),
      totalRow: { label: t.totalLabel },
    });
    plan.keep(headD, d.totalRow!);
  }

  // E. Meetings held.
  const headE = section(plan, t.sectionMeetings);
  if (data.meetings.length === 0) {
    plan.keep(headE, nothing(plan, t.noMeetings));
  } else {
    const m = planSummaryTable(plan, {
      headers: [t.colMeeting, t.colDate, t.colVenue, t.colKomunitasPresent, t.colUmkmPresent, t.colPartnersPresent, t.colProposed, t.colSigned],
      formats: [undefined, DATE_FORMAT, TEXT_FORMAT],
      wrap: [2],
      rows: data.meetings.map((x) => [
        x.name,
        excelDate(x.date),
        x.venue,
        x.figures.komunitasPresent,
        x.figures.umkmPresent,
        x.figures.partnersPresent,
        x.figures.agreementsProposed,
        x.figures.agreementsSigned,
      ]),
      totalRow: { label: t.totalLabel, columns: ['none', 'none', 'none'] },
    });
    plan.keep(headE, Math.min(m.totalRow!, m.headerRow + KEEP_ROWS));
  }

  // F and G (issue 15); the last of their tables keeps the sign-off.
  const lastTable = planPembinaanSections(plan, data, { section, nothing });

  // The sign-off never stands alone on a page: it goes with the last rows of the last table.
  const sign = planSignOff(plan, data.office, data.today, [6, LAST]);
  plan.keep(lastTable.first, sign.lastRow);

  // The figure columns B–F share the widest one's width, so the tables line up under each other
  // (section D's money spans two of them).
  const measured = plan.widths(BASE_WIDTHS);
  const figureWidth = Math.max(...measured.slice(1, 6));
  const widths = plan.widths(measured.map((w, i) => (i >= 1 && i <= 5 ? figureWidth : w)));
  const { options, scale } = fixedScaleLayout(paper, widths);
  const ws = wb.addWorksheet(sheetName, options);
  ws.columns = widths.map((width) => ({ width }));
  const heights = plan.heights(widths);
  const pageHeight = ((printableArea(paper).height * 100) / scale) * PAGE_SAFETY;
  plan.write(ws, heights, plan.pageBreaks(heights, pageHeight));
  ws.commit();

  const abs = (col: string, row: number) => `'${sheetName}'!$${col}$${row}`;
  const chart: ChartSpec = {
    title: fill(t.chartTitle, { date: asOf }),
    kind: 'column',
    // Beside section A's table (columns G and H), from its header row to its totals row.
    from: { col: 6, row: a.headerRow - 1 },
    to: { col: 8, row: a.totalRow! },
    categories: `${abs('B', a.headerRow)}:${abs('E', a.headerRow).split('!')[1]}`,
    series: [{ name: t.colCount, values: `${abs('B', a.totalRow!)}:${abs('E', a.totalRow!).split('!')[1]}`, color: CHART_COLOR }],
  };
  const pictures: PictureSpec[] = [];
  const emblem = data.office.emblem;
  if (emblem) {
    // The emblem's box: column A over the kop's lines; the drawing module fits it, proportions kept.
    pictures.push({ from: { col: 0, row: kop.firstRow - 1 }, to: { col: 1, row: kop.lastRow - 1 }, data: Buffer.from(emblem.base64, 'base64'), ext: emblem.mime === 'image/png' ? 'png' : 'jpeg' });
  }
  return { drawings: { charts: [chart], pictures } };
}
