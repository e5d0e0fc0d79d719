import { fill, messages } from '../../../../../shared/i18n';
import { numberText } from '../../read/cellText';
import type { CellValue } from '../../read/types';
import { fail, isErrorText, ok, squish, wrongType, type ParseResult } from './result';

const m = messages.excelValue;
// Units written after a head count: "12 orang", "5 org", "3 TK", "4 karyawan".
const UNIT = /\s*(orang|org|jiwa|tk|karyawan|pegawai|pekerja|tenaga kerja|people|persons?|employees?)\.?$/i;

/** A whole number not below zero, from a number cell or text like "12 orang" or "1.200". */
export function parseInteger(v: CellValue): ParseResult<number> {
  if (v instanceof Date || typeof v === 'boolean') return wrongType(v);
  if (v === null) return fail(fill(m.integerUnreadable, { text: '' }));
  if (typeof v === 'number') {
    if (v < 0) return fail(fill(m.integerNegative, { text: numberText(v) }));
    if (!Number.isInteger(v)) return fail(fill(m.integerFraction, { text: numberText(v) }));
    return ok(v);
  }
  if (isErrorText(v)) return fail(fill(m.errorCell, { text: v.trim() }));
  const text = squish(v);
  const t = text.replace(UNIT, '').trim();
  if (/^-\s*\d/.test(t)) return fail(fill(m.integerNegative, { text }));
  if (/^\d+$/.test(t)) return ok(Number(t));
  if (/^\d{1,3}(\.\d{3})+$/.test(t)) return ok(Number(t.replace(/\./g, '')));
  if (/^\d+[,.]\d+$/.test(t)) return fail(fill(m.integerFraction, { text }));
  return fail(fill(m.integerUnreadable, { text }));
}

/** A four-digit year ("2015", "Th. 2015", or a date cell, whose year is used). */
export function parseYear(v: CellValue): ParseResult<number> {
  if (v instanceof Date) {
    const year = v.getUTCFullYear();
    return ok(year, fill(m.yearFromDate, { text: `${String(v.getUTCDate()).padStart(2, '0')}/${String(v.getUTCMonth() + 1).padStart(2, '0')}/${year}`, year }));
  }
  if (typeof v === 'boolean') return wrongType(v);
  if (v === null) return fail(fill(m.yearUnreadable, { text: '' }));
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1000 && v <= 9999 ? ok(v) : fail(fill(m.yearUnreadable, { text: numberText(v) }));
  if (isErrorText(v)) return fail(fill(m.errorCell, { text: v.trim() }));
  const text = squish(v);
  const g = /^(?:(?:tahun|thn|th)\.?\s*)?(\d{4})$/i.exec(text);
  return g ? ok(Number(g[1])) : fail(fill(m.yearUnreadable, { text }));
}
