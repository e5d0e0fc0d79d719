import ExcelJS from 'exceljs';
import { messages } from '../../../../shared/i18n';
import type { Evaluation } from './evaluate';

const m = messages.importEngine;

/**
 * The refused rows with every cell as it was read and one column of what is wrong, under the
 * original header, so the clerk corrects them and imports this file again.
 */
export async function writeRefusedFile(file: string, ev: Evaluation): Promise<number> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(m.refusedSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  const refused = ev.rows.filter((r) => !r.dropped && r.action === 'refuse');
  const width = Math.max(ev.headers.length, ...refused.map((r) => r.cells.length));
  const header = ws.addRow([m.refusedRowColumn, ...Array.from({ length: width }, (_, i) => ev.headers[i] ?? ''), m.refusedErrorColumn]);
  header.font = { bold: true };
  for (const r of refused) {
    const problems = r.issues
      .filter((i) => i.level === 'error')
      .map((i) => {
        const col = i.field !== null ? ev.mapping[i.field] : undefined;
        return col !== undefined ? `${ev.headers[col] || i.field}: ${i.message}` : i.message;
      });
    const row = ws.addRow([r.row, ...Array.from({ length: width }, (_, i) => r.cells[i] ?? null), problems.join('; ')]);
    row.eachCell((cell) => {
      // Digits typed as text (NIK, phone) stay text when the clerk opens the file again.
      if (typeof cell.value === 'string' && /^\+?\d{6,}$/.test(cell.value)) cell.numFmt = '@';
      if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    });
  }
  ws.getColumn(width + 2).width = 60;
  ws.getColumn(width + 2).alignment = { wrapText: true, vertical: 'top' };
  await wb.xlsx.writeFile(file);
  return refused.length;
}
