import { digitsOnly } from '../../../../../shared/domain/identifiers';
import { fill, messages } from '../../../../../shared/i18n';
import { numberText } from '../../read/cellText';
import type { CellValue } from '../../read/types';
import { fail, isErrorText, ok, squish, wrongType, type ParseResult } from './result';

const m = messages.excelValue;
// Excel keeps 15 significant digits: a 16-digit identifier typed as a number has lost its last one.
const SCIENTIFIC = /^[+-]?\d+([.,]\d+)?e\+?\d+$/i;

/** The digits Excel holds for a number cell (or its scientific text), as the clerk would see them. */
function readDigits(v: number | string): string {
  const n = typeof v === 'number' ? v : Number(v.replace(',', '.'));
  return numberText(Math.round(n));
}

/** An identifier of digits (NIK, NIB, NPWP) that Excel may have stored as a number. */
export function parseDigitsId(v: CellValue, opts: { lostMessage: (read: string) => string; lostFromDigits: number; padTo?: number }): ParseResult<string> {
  if (typeof v === 'number') {
    if (!Number.isInteger(v) || v < 0) return ok(numberText(v));
    const digits = numberText(v);
    if (digits.length >= opts.lostFromDigits) return fail(opts.lostMessage(digits));
    // A number cell drops leading zeros (KBLI 01111 arrives as 1111).
    if (opts.padTo && digits.length < opts.padTo) return ok(digits.padStart(opts.padTo, '0'), fill(m.kbliPadded, { text: digits, value: digits.padStart(opts.padTo, '0') }));
    return ok(digits);
  }
  if (v instanceof Date || typeof v === 'boolean') return wrongType(v);
  if (v === null) return ok('');
  if (isErrorText(v)) return fail(fill(m.errorCell, { text: v.trim() }));
  const text = squish(v).replace(/^'/, '');
  if (SCIENTIFIC.test(text)) return fail(opts.lostMessage(readDigits(text)));
  return ok(digitsOnly(text));
}

/** NIK as text of 16 digits; a number cell is never accepted (its last digit is gone). The NIK rules
 *  themselves (province, birth date) are the schema's. */
export function parseNik(v: CellValue): ParseResult<string> {
  // A NIK never has 15 digits, so a 15-digit number is a cut one too.
  return parseDigitsId(v, { lostMessage: (read) => fill(m.nikAsNumber, { read }), lostFromDigits: 15 });
}

/** NIB (13 digits) or NPWP (15-16 digits). */
export function parseIdentifier(v: CellValue, field: string, padTo?: number): ParseResult<string> {
  return parseDigitsId(v, { lostMessage: (read) => fill(m.idAsNumber, { field, read }), lostFromDigits: 16, padTo });
}
