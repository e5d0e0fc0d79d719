import type ExcelJS from 'exceljs';
import { formatDate } from '../../../../../shared/format/date';
import { fill, messages } from '../../../../../shared/i18n';
import { addRow, inline } from '../cellFormats';

const t = messages.exportText;

/**
 * The head of department's sign-off, on the right: place and date, office, room to sign, the
 * name line and the NIP line (filled in by hand or typed over before printing).
 */
export function writeSignOff(ws: ExcelJS.Worksheet, fromColumn: string, toColumn: string, today: string): void {
  addRow(ws, []).commit();
  const lines = [fill(t.signPlace, { date: formatDate(today) }), t.signRole, t.signCity, '', '', '', t.signName, t.signNip];
  lines.forEach((text, i) => {
    const row = addRow(ws, []);
    ws.mergeCells(`${fromColumn}${row.number}:${toColumn}${row.number}`);
    const cell = row.getCell(fromColumn);
    cell.value = inline(text);
    cell.numFmt = 'General';
    cell.alignment = { horizontal: 'center' };
    if (i === 6) cell.font = { bold: true, underline: true };
    row.commit();
  });
}
