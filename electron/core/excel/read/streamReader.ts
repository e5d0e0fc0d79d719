import ExcelJS from 'exceljs';
import { rowCells, trimRow } from './cellValue';
import type { SheetData, WorkbookData } from './types';

interface StreamSheet {
  name: string;
  state?: string;
  [Symbol.asyncIterator](): AsyncGenerator<ExcelJS.Row>;
}

/** Row by row, for big files. Merged ranges are LOST here (exceljs skips <mergeCell>, #3000): only
 *  the top-left cell has the value. Styles are cached so date cells arrive as dates, not serials. */
export async function readStream(file: string, onRow: (sheet: string) => void): Promise<WorkbookData> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const sheets: SheetData[] = [];
  for await (const wsRaw of reader) {
    const ws = wsRaw as unknown as StreamSheet;
    const rows: SheetData['rows'] = [];
    for await (const row of ws) {
      const trimmed = trimRow(rowCells(row));
      if (trimmed) {
        onRow(ws.name);
        rows.push({ row: row.number, cells: trimmed });
      }
    }
    sheets.push({ name: ws.name, hidden: ws.state !== undefined && ws.state !== 'visible', rows });
  }
  const meta = reader as unknown as { model?: { sheets?: Array<{ name: string }> }; properties?: { model?: { date1904?: boolean } } };
  // Sheets come in zip order; the workbook's own order is the one the clerk sees.
  const order = new Map((meta.model?.sheets ?? []).map((s, i) => [s.name, i]));
  sheets.sort((a, b) => (order.get(a.name) ?? 1e9) - (order.get(b.name) ?? 1e9));
  return { sheets, date1904: Boolean(meta.properties?.model?.date1904) };
}
