import ExcelJS from 'exceljs';
import { rowCells, trimRow } from './cellValue';
import type { SheetData, WorkbookData } from './types';

/** The whole workbook in memory with exceljs, in this thread and unguarded: kept only as the
 *  reference the streaming reader is tested against (readWorkbook mode 'document'); the app never
 *  uses it. Keeps merged ranges (every cell of a range reads its top-left value). Data validations
 *  are skipped: whole-column lists make exceljs hang (#1283, #2929). */
export async function readDocument(file: string, onRow: (sheet: string) => void): Promise<WorkbookData> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file, { ignoreNodes: ['dataValidations'] });
  const sheets: SheetData[] = [];
  for (const ws of wb.worksheets) {
    const rows: SheetData['rows'] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      // A merged cell's value is its master's: the merge fill comes for free.
      const trimmed = trimRow(rowCells(row));
      if (trimmed) {
        onRow(ws.name);
        rows.push({ row: rowNumber, cells: trimmed });
      }
    });
    sheets.push({ name: ws.name, hidden: ws.state !== undefined && ws.state !== 'visible', rows });
  }
  return { sheets, date1904: Boolean(wb.properties?.date1904) };
}
