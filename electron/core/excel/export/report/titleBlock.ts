import type ExcelJS from 'exceljs';
import { formatDate } from '../../../../../shared/format/date';
import { fill, messages } from '../../../../../shared/i18n';
import { addRow } from '../cellFormats';
import { reportPeriodKey } from '../fileNames';

const t = messages.exportText;

/** "Tahun 2025" for a calendar year, else "Periode 01/03/2025 s.d. 30/06/2025". */
export function periodText(from: string, to: string): string {
  const key = reportPeriodKey({ from, to });
  return key.length === 4 ? fill(t.reportYear, { year: key }) : fill(t.reportPeriod, { from: formatDate(from), to: formatDate(to) });
}

/** The report's letterhead lines: government, department, report title, period, print date. */
export function titleLines(title: string, from: string, to: string, today: string): string[] {
  return [t.government, t.department, title, periodText(from, to), fill(t.printedOn, { date: formatDate(today) })];
}

/** Writes the letterhead centred across `lastColumn`, one merged row a line. */
export function writeTitleBlock(ws: ExcelJS.Worksheet, lines: string[], lastColumn: string): void {
  lines.forEach((text, i) => {
    const row = addRow(ws, [text]);
    ws.mergeCells(`A${row.number}:${lastColumn}${row.number}`);
    const cell = row.getCell(1);
    cell.numFmt = 'General';
    cell.font = { bold: i < 3, size: i < 2 ? 13 : i === 2 ? 14 : 10 };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    row.commit();
  });
}
