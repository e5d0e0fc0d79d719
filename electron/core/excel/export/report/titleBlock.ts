import type ExcelJS from 'exceljs';
import type { OfficeSettings } from '../../../../../shared/contract';
import { formatDate } from '../../../../../shared/format/date';
import { fill, messages } from '../../../../../shared/i18n';
import { reportPeriodKey } from '../fileNames';
import type { SheetPlan } from './sheetPlan';

const t = messages.exportText;

/** "Tahun 2025" for a calendar year, else "Periode 01/03/2025 s.d. 30/06/2025". */
export function periodText(from: string, to: string): string {
  const key = reportPeriodKey({ from, to });
  return key.length === 4 ? fill(t.reportYear, { year: key }) : fill(t.reportPeriod, { from: formatDate(from), to: formatDate(to) });
}

/** A detail sheet's title lines: government, office, the sheet's title, period, print date. */
export function titleLines(title: string, from: string, to: string, today: string, office: Pick<OfficeSettings, 'government' | 'officeName'>): string[] {
  return [office.government, office.officeName, title, periodText(from, to), fill(t.printedOn, { date: formatDate(today) })];
}

/** The office's contact line: "Telepon …, Pos-el …, Laman …" (what is set of it). */
export function contactLine(office: OfficeSettings): string {
  return [
    office.phone ? fill(t.contactPhone, { phone: office.phone }) : '',
    office.email ? fill(t.contactEmail, { email: office.email }) : '',
    office.website ? fill(t.contactWebsite, { website: office.website }) : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * Plans the letterhead (kop): government, office, address and contact lines centred (right of
 * the emblem's column when there is an emblem), closed by a double rule, then the report's title
 * and period. Returns the kop's rows, where the emblem goes.
 */
export function planKop(plan: SheetPlan, office: OfficeSettings, lastColumn: number, title: string, period: string): { firstRow: number; lastRow: number } {
  const fromCol = office.emblem ? 2 : 1;
  const line = (text: string, font: Partial<ExcelJS.Font>) =>
    plan.add({ cells: [...Array<undefined>(fromCol - 1), { value: text, font, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } }], merge: [fromCol, lastColumn] });
  const firstRow = line(office.government, { bold: true, size: 14 });
  line(office.officeName, { bold: true, size: 15 });
  for (const a of office.addressLines) line(a, { size: 10 });
  const contact = contactLine(office);
  if (contact) line(contact, { size: 10 });
  const rule = { bottom: { style: 'double' as const, color: { argb: 'FF000000' } } };
  const lastRow = plan.add({ cells: Array.from({ length: lastColumn }, () => ({ value: null, border: rule })), height: 6 });
  plan.blank(10);
  plan.add({ cells: [{ value: title, font: { bold: true, size: 14 }, alignment: { horizontal: 'center', wrapText: true } }], merge: [1, lastColumn] });
  plan.add({ cells: [{ value: period, font: { bold: true, size: 12 }, alignment: { horizontal: 'center' } }], merge: [1, lastColumn] });
  return { firstRow, lastRow };
}
