import { MAX_RUPIAH } from '../../../../../shared/contract/fields';
import { groupThousands } from '../../../../../shared/format/rupiah';
import { fill, messages } from '../../../../../shared/i18n';
import type { CellValue } from '../../read/types';
import { fail, isErrorText, ok, squish, type ParseResult, wrongType } from './result';

const m = messages.excelValue;

// "M" is miliar in Indonesian usage (not million); "jt" is juta.
const UNITS: Record<string, number> = {
  rb: 1e3, ribu: 1e3, k: 1e3,
  jt: 1e6, juta: 1e6, jta: 1e6,
  m: 1e9, miliar: 1e9, milyar: 1e9, mlyr: 1e9, mly: 1e9,
  t: 1e12, triliun: 1e12, trilyun: 1e12,
};

/** A number written with a unit ("1,5 jt"): a comma is the decimal mark, a dot before 3 digits groups. */
function unitNumber(body: string): number | null {
  if (/^\d+$/.test(body)) return Number(body);
  if (/^\d+,\d+$/.test(body)) return Number(body.replace(',', '.'));
  if (/^\d+\.\d{1,2}$/.test(body)) return Number(body);
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(body)) return Number(body.replace(/\./g, '').replace(',', '.'));
  return null;
}

type Plain = { value: number } | { ambiguous: true } | null;

/** A plain amount: Indonesian dots group thousands ("1.500.000,00"); clear English forms are read too. */
function plainNumber(body: string): Plain {
  if (/^\d+$/.test(body)) return { value: Number(body) };
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(body)) return { value: Number(body.replace(/\./g, '').replace(',', '.')) };
  if (/^\d{1,3}( \d{3})+$/.test(body)) return { value: Number(body.replace(/ /g, '')) };
  if (/^\d{1,3}(,\d{3}){2,}(\.\d+)?$/.test(body)) return { value: Number(body.replace(/,/g, '')) };
  if (/^\d{1,3},\d{3}$/.test(body)) return { ambiguous: true };
  if (/^\d+,\d{1,2}$/.test(body)) return { value: Number(body.replace(',', '.')) };
  if (/^\d+\.\d{1,2}$/.test(body)) return { value: Number(body) };
  return null;
}

function whole(value: number, text: string): ParseResult<number> {
  if (value > MAX_RUPIAH) return fail(fill(m.moneyTooBig, { text }));
  const rounded = Math.round(value);
  if (Math.abs(rounded - value) < 1e-6) return ok(rounded);
  // "1,5" alone is surely a missing unit, not one and a half rupiah.
  if (value < 1000) return fail(fill(m.moneyFraction, { text }));
  return ok(rounded, fill(m.moneyRounded, { text, value: groupThousands(rounded) }));
}

/** Whole rupiah from a number cell or text as clerks write it: "Rp 1.500.000", "1,5 jt", "2 M". */
export function parseMoney(v: CellValue): ParseResult<number> {
  if (typeof v === 'number') {
    if (v < 0) return fail(fill(m.moneyNegative, { text: String(v) }));
    return whole(v, String(v));
  }
  if (v === null) return fail(fill(m.moneyUnreadable, { text: '' }));
  if (typeof v !== 'string') return wrongType(v);
  if (isErrorText(v)) return fail(fill(m.errorCell, { text: v.trim() }));
  const text = squish(v);
  let t = text.toLowerCase();
  if (/^\(.*\)$/.test(t) || /^-\s*(rp|idr|\d)/.test(t) || /^(rp|idr)\.?\s*-\s*\d/.test(t)) return fail(fill(m.moneyNegative, { text }));
  t = t
    .replace(/^(rp|idr)\.?\s*/, '')
    .replace(/\s*(,|\.)?-+$/, '')
    .replace(/\s*(rupiah)$/, '')
    .trim();
  const unit = /^([\d.,]+)\s*([a-z]+)\.?$/.exec(t);
  if (unit) {
    const factor = UNITS[unit[2]!];
    const n = factor ? unitNumber(unit[1]!) : null;
    if (n === null || factor === undefined) return fail(fill(m.moneyUnreadable, { text }));
    return whole(Math.round(n * factor * 100) / 100, text);
  }
  const plain = plainNumber(t);
  if (plain === null) return fail(fill(m.moneyUnreadable, { text }));
  if ('ambiguous' in plain) return fail(fill(m.moneyAmbiguous, { text }));
  return whole(plain.value, text);
}
