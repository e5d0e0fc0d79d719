import ExcelJS from 'exceljs';
import type { ImportTarget } from '../../../../shared/contract/excel';
import { fill, messages } from '../../../../shared/i18n';
import { fsError } from '../../errors';
import { IMPORT_TARGET_SPECS } from '../import/targets';
import type { FieldSpec } from '../import/targets/fieldSpecs';
import { TEMPLATE_EXAMPLES } from './examples';

/** Rows prepared with formats and drop-downs below the header. */
export const TEMPLATE_ROWS = 1000;
const t = messages.excelTemplate;

const TEXT_KEYS = new Set(['nik', 'nib', 'npwp', 'phone', 'kbli']);
const MONEY_FORMAT = '"Rp"#,##0';
const DATE_FORMAT = 'dd/mm/yyyy';

function numFmt(f: FieldSpec): string | undefined {
  if (TEXT_KEYS.has(f.key) || f.kind === 'nik' || f.kind === 'phone') return '@';
  if (f.kind === 'money') return MONEY_FORMAT;
  if (f.kind === 'date') return DATE_FORMAT;
  return undefined;
}

function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Header text of a field in the template: its label, a * when required (the matcher ignores the *). */
export function templateHeader(f: FieldSpec): string {
  return f.required ? `${f.label} *` : f.label;
}

/** An empty workbook for one import target: headers, formats, drop-downs and a guide in Indonesian. */
export async function writeTemplate(target: ImportTarget, file: string): Promise<void> {
  const specs = IMPORT_TARGET_SPECS[target].specs;
  const wb = new ExcelJS.Workbook();
  wb.creator = messages.app.department;
  const data = wb.addWorksheet(t.dataSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  const guide = wb.addWorksheet(t.guideSheet);
  const lists = wb.addWorksheet(t.listSheet, { state: 'hidden' });

  data.columns = specs.map((f) => ({
    key: f.key,
    width: Math.min(45, Math.max(14, templateHeader(f).length + 4, f.kind === 'text' && /address|notes|products/.test(f.key) ? 36 : 0)),
    style: numFmt(f) ? { numFmt: numFmt(f) } : {},
  }));
  const header = data.getRow(1);
  specs.forEach((f, i) => {
    const cell = header.getCell(i + 1);
    cell.value = templateHeader(f);
    cell.numFmt = 'General';
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: f.required ? 'FFFCE4D6' : 'FFDDEBF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.height = 30;
  data.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: specs.length } };

  // Typed in exceljs 4.4.0's runtime but missing from its index.d.ts.
  const validations = (data as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  // Drop-down lists live on the hidden sheet: the kelurahan list is past Excel's 255-character inline limit.
  let listCol = 0;
  specs.forEach((f, i) => {
    if (f.kind !== 'choice' || !f.options) return;
    listCol++;
    const letter = colLetter(listCol);
    lists.getCell(`${letter}1`).value = f.label;
    f.options.forEach((o, j) => {
      lists.getCell(`${letter}${j + 2}`).value = o;
    });
    const col = colLetter(i + 1);
    validations.add(`${col}2:${col}${TEMPLATE_ROWS + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`'${t.listSheet}'!$${letter}$2:$${letter}$${f.options.length + 1}`],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: t.validationTitle,
      error: t.validationError,
    });
  });

  writeGuide(guide, target, specs);
  try {
    await wb.xlsx.writeFile(file);
  } catch (err) {
    throw fsError(err, file);
  }
}

function writeGuide(ws: ExcelJS.Worksheet, target: ImportTarget, specs: FieldSpec[]): void {
  ws.columns = [{ width: 30 }, { width: 12 }, { width: 40 }, { width: 50 }, { width: 34 }];
  ws.getCell('A1').value = fill(t.guideTitle, { target: messages.excelTargets[target] });
  ws.getCell('A1').font = { bold: true, size: 14 };
  const notes = [t.guideIntro, t.guideNik, t.guideMoney, t.guideDate, t.guideLists];
  notes.forEach((n, i) => {
    const row = i + 2;
    ws.mergeCells(`A${row}:E${row}`);
    const c = ws.getCell(`A${row}`);
    c.value = n;
    c.alignment = { wrapText: true, vertical: 'top' };
    ws.getRow(row).height = 45;
  });
  ws.getCell('A3').font = { bold: true, color: { argb: 'FFC00000' } };
  const top = notes.length + 3;
  const head = ws.getRow(top);
  head.values = [t.colColumn, t.colRequired, t.colHow, t.colOptions, t.colExample];
  head.font = { bold: true };
  specs.forEach((f, i) => {
    const row = ws.getRow(top + 1 + i);
    row.values = [templateHeader(f), f.required ? t.required : t.optional, t.kindHow[f.kind], f.options?.join(', ') ?? '', TEMPLATE_EXAMPLES[target][f.key] ?? ''];
    row.alignment = { wrapText: true, vertical: 'top' };
  });
}
