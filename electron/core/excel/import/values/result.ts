import { fill, messages } from '../../../../../shared/i18n';
import { cellText } from '../../read/cellText';
import type { CellValue } from '../../read/types';

/** What a value parser makes of one cell: the contract value, or an Indonesian reason it cannot. */
export type ParseResult<T> = { ok: true; value: T; warning?: string } | { ok: false; message: string };

export const ok = <T>(value: T, warning?: string): ParseResult<T> => (warning ? { ok: true, value, warning } : { ok: true, value });
export const fail = (message: string): ParseResult<never> => ({ ok: false, message });

/** Empty, spaces only, or the dash clerks type for "none". */
export function isBlankCell(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  return typeof v === 'string' && /^[\s\-–—]*$/.test(v);
}

/** The cell as one line of trimmed text, spaces collapsed (non-breaking spaces too). */
export function squish(v: CellValue): string {
  return cellText(v).replace(/[\s\u00a0]+/g, ' ').trim();
}

const ERROR_CELL = /^#(N\/A|NAME\?|REF!|VALUE!|DIV\/0!|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

export function isErrorText(v: CellValue): v is string {
  return typeof v === 'string' && ERROR_CELL.test(v.trim());
}

/** For a cell of the wrong kind (a date where money is expected…). */
export function wrongType(v: Date | boolean): ParseResult<never> {
  const m = messages.excelValue;
  return fail(fill(m.notText, { type: v instanceof Date ? m.typeDate : m.typeBoolean }));
}
