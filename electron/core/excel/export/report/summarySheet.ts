import type ExcelJS from 'exceljs';
import { UMKM_CLASSES } from '../../../../../shared/domain/classification';
import { KEMITRAAN_STATUS, PARTNERSHIP_PATTERNS, SUPPORT_KINDS } from '../../../../../shared/domain/partnership';
import { TRANSITION_KEYS } from '../../../../../shared/contract';
import { messages } from '../../../../../shared/i18n';
import { addRow, DATE_FORMAT, excelDate, PERCENT_FORMAT, RUPIAH_FORMAT, TEXT_FORMAT } from '../cellFormats';
import { printLayout, type Paper } from '../pageLayout';
import type { ReportData } from './reportData';
import { writeSignOff } from './signOff';
import { writeSummaryTable, type SummaryCell } from './summaryTable';
import { titleLines, writeTitleBlock } from './titleBlock';

const t = messages.exportText;
const e = messages.kemitraanEnums;
const LAST = 'H';
/** The letterhead is frozen and repeated on every printed page. */
export const SUMMARY_TITLE_ROWS = 5;

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

function section(ws: ExcelJS.Worksheet, title: string, note?: string): void {
  addRow(ws, []).commit();
  const head = addRow(ws, [title]);
  head.getCell(1).font = { bold: true, size: 11 };
  head.commit();
  if (note) {
    const n = addRow(ws, [note]);
    n.getCell(1).font = { italic: true, size: 9 };
    n.commit();
  }
}

/** The summary sheet: every figure of the report, each total a formula, then the sign-off. */
export function writeSummarySheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, data: ReportData, paper: Paper): void {
  const ws = wb.addWorksheet(t.summarySheet, {
    ...printLayout(paper, `1:${SUMMARY_TITLE_ROWS}`),
    views: [{ state: 'frozen', xSplit: 0, ySplit: SUMMARY_TITLE_ROWS }],
  });
  ws.columns = [{ width: 34 }, { width: 13 }, { width: 13 }, { width: 13 }, { width: 13 }, { width: 13 }, { width: 16 }, { width: 16 }];
  writeTitleBlock(ws, titleLines(t.reportTitle, data.from, data.to, data.today), LAST);

  // A. Registry by class and kecamatan.
  section(ws, t.sectionClass, t.sectionClassNote);
  writeSummaryTable(ws, {
    headers: [t.colKecamatan, ...UMKM_CLASSES.map((c) => messages.enums.class[c])],
    rows: data.classByKecamatan.map((k) => [k.kecamatan, ...UMKM_CLASSES.map((c) => k.counts[c])]),
    rowTotal: { header: t.totalLabel },
    totalRow: { label: t.totalLabel },
  });

  // B. Moves up (and down) over the period.
  const p = data.progress;
  section(ws, t.sectionNaik, t.sectionNaikNote);
  const naik = writeSummaryTable(ws, {
    headers: [t.colTransition, t.colCount],
    rows: TRANSITION_KEYS.naik.map((k) => [transitionLabel(k), p.naik[k]]),
    totalRow: { label: t.naikTotal },
  });
  writeSummaryTable(ws, {
    headers: [t.colTransition, t.colCount],
    rows: TRANSITION_KEYS.turun.map((k) => [transitionLabel(k), p.turun[k]]),
    totalRow: { label: t.turunTotal },
  });
  const figures = addRow(ws, [t.tetapTotal, p.tetap]);
  figures.getCell(2).numFmt = '#,##0';
  figures.commit();
  const recorded = addRow(ws, [t.recordedTotal, p.recorded]);
  recorded.getCell(2).numFmt = '#,##0';
  recorded.commit();
  const share = addRow(ws, [t.naikPercent]);
  share.getCell(2).value = { formula: `IF(B${recorded.number}=0,0,ROUND(B${naik.totalRow}/B${recorded.number}*100,1))`, result: p.naikPercent };
  share.getCell(2).numFmt = PERCENT_FORMAT;
  share.getCell(1).font = { bold: true };
  share.getCell(2).font = { bold: true };
  share.commit();

  section(ws, t.sectionNaikKecamatan);
  const kec = Object.entries(p.byKecamatan);
  writeSummaryTable(ws, {
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

  // C. Agreements by pattern and status.
  section(ws, t.sectionKemitraan, t.sectionKemitraanNote);
  writeSummaryTable(ws, {
    headers: [t.colPattern, ...KEMITRAAN_STATUS.map((s) => e.status[s])],
    rows: PARTNERSHIP_PATTERNS.map((pat) => [e.pattern[pat], ...KEMITRAAN_STATUS.map((s) => data.agreements[pat][s])]),
    rowTotal: { header: t.totalLabel },
    totalRow: { label: t.totalLabel },
  });

  // D. Support by kind and value.
  section(ws, t.sectionSupport, t.sectionSupportNote);
  writeSummaryTable(ws, {
    headers: [t.colSupportKind, t.colSupportItems, t.colSupportValue],
    formats: [undefined, undefined, RUPIAH_FORMAT],
    rows: SUPPORT_KINDS.map((k) => [e.support[k], data.supports[k].items, data.supports[k].value]),
    totalRow: { label: t.totalLabel },
  });

  // E. Meetings held.
  section(ws, t.sectionMeetings, data.meetings.length ? undefined : t.noMeetings);
  writeSummaryTable(ws, {
    headers: [t.colMeeting, t.colDate, t.colVenue, t.colKomunitasPresent, t.colUmkmPresent, t.colPartnersPresent, t.colProposed, t.colSigned],
    formats: [undefined, DATE_FORMAT, TEXT_FORMAT],
    rows: data.meetings.map((m) => [
      m.name,
      excelDate(m.date),
      m.venue,
      m.figures.komunitasPresent,
      m.figures.umkmPresent,
      m.figures.partnersPresent,
      m.figures.agreementsProposed,
      m.figures.agreementsSigned,
    ]),
    totalRow: { label: t.totalLabel, columns: ['none', 'none', 'none'] },
  });

  writeSignOff(ws, 'F', LAST, data.today);
  ws.commit();
}
