import type ExcelJS from 'exceljs';

// Number formats every export shares. Thousand separators follow the viewer's locale, so Rupiah
// is a number with a format, never text.
/** The app's own style in the lists: "Rp 1.500.000". */
export const RUPIAH_FORMAT = '"Rp "#,##0';
/** The official style of a signed report: "Rp1.500.000,00". */
export const OFFICIAL_RUPIAH_FORMAT = '"Rp"#,##0.00';
export const DATE_FORMAT = 'dd/mm/yyyy';
export const INTEGER_FORMAT = '#,##0';
export const PERCENT_FORMAT = '0.0"%"';
export const TEXT_FORMAT = '@';

/** An ISO calendar date as the Date exceljs writes: its UTC fields are the wall-clock date. */
export function excelDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/**
 * A cell's font, always named: a font without a name prints in the reader's default (a serif in
 * LibreOffice), not in the workbook's Calibri (Carlito where Calibri is missing).
 */
export function font(extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> {
  return { name: 'Calibri', family: 2, size: 11, ...extra };
}

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF9E9E9E' } };
export const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCEFE7' } };
export const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

/** A table's header cell: bold, shaded, wrapped, bordered. */
export function styleHeaderCell(cell: ExcelJS.Cell): void {
  cell.font = font({ bold: true });
  cell.fill = HEADER_FILL;
  cell.border = BORDER;
  cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
}

/** A totals row cell: bold, lightly shaded, bordered. */
export function styleTotalCell(cell: ExcelJS.Cell): void {
  cell.font = font({ bold: true });
  cell.fill = TOTAL_FILL;
  cell.border = BORDER;
}

/**
 * Text as an inline string (<is>), so the streaming writer needs no shared-strings table: that
 * table stays in memory until the end and grows with every distinct name, NIK and address.
 */
export function inline(text: string): ExcelJS.CellRichTextValue {
  return { richText: [{ text }] };
}

type Value = ExcelJS.CellValue | undefined;

/** Adds a row, every string written inline. */
export function addRow(ws: ExcelJS.Worksheet, values: Value[]): ExcelJS.Row {
  return ws.addRow(values.map((v) => (typeof v === 'string' ? inline(v) : v)));
}
