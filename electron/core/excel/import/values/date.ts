import { fill, messages } from '../../../../../shared/i18n';
import { cellText } from '../../read/cellText';
import type { CellValue } from '../../read/types';
import { monthNumber } from './monthNames';
import { fail, isErrorText, ok, squish, type ParseResult } from './result';

const m = messages.excelValue;
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, mo: number, d: number) => `${y}-${pad(mo)}-${pad(d)}`;

function exists(y: number, mo: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30); // serial 61 onwards: Excel counts a 29/02/1900 that never was.
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** An Excel day number as an ISO date, or null outside 1900-9999. */
export function serialToIso(serial: number, date1904: boolean): string | null {
  const day = Math.floor(serial);
  if (day < (date1904 ? 0 : 1) || day > 2_958_465) return null;
  if (!date1904 && day === 60) return null;
  const base = date1904 ? EPOCH_1904 : day < 60 ? EPOCH_1900 + MS_PER_DAY : EPOCH_1900;
  const d = new Date(base + day * MS_PER_DAY);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function fullYear(raw: string): { year: number; warning?: string } {
  if (raw.length === 4) return { year: Number(raw) };
  const yy = Number(raw);
  const nowYY = new Date().getFullYear() % 100;
  const year = yy <= nowYY ? 2000 + yy : 1900 + yy;
  return { year, warning: fill(m.dateTwoDigitYear, { yy: raw, year }) };
}

function build(text: string, y: number, mo: number, d: number, warning?: string): ParseResult<string> {
  if (!exists(y, mo, d)) return fail(fill(m.dateImpossible, { text }));
  return ok(iso(y, mo, d), warning);
}

/** Text as clerks write dates: day first (23/05/2023, 23-Mei-2023, 23 Agustus 2023), or ISO. */
function parseDateText(text: string, date1904: boolean): ParseResult<string> {
  const t = text.replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
  // A time after the date ("23/05/2023 00:00:00") adds nothing.
  const s = t.replace(/[ T]\d{1,2}[:.]\d{2}([:.]\d{2})?(\.\d+)?\s*(wib|wita|wit)?$/i, '').trim();

  let g = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (g) return build(text, Number(g[1]), Number(g[2]), Number(g[3]));

  g = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{2}|\d{4})$/.exec(s);
  if (g) {
    const { year, warning } = fullYear(g[3]!);
    const [a, b] = [Number(g[1]), Number(g[2])];
    if (b > 12 && a <= 12 && exists(year, a, b)) {
      return ok(iso(year, a, b), [fill(m.dateMonthFirst, { text, date: `${pad(b)}/${pad(a)}/${year}` }), warning].filter(Boolean).join(' '));
    }
    return build(text, year, b, a, warning);
  }

  g = /^(\d{1,2})[-/. ]?([a-z]+\.?)[-/. ]?(\d{2}|\d{4})$/i.exec(s);
  if (g) {
    const mo = monthNumber(g[2]!);
    if (mo) {
      const { year, warning } = fullYear(g[3]!);
      return build(text, year, mo, Number(g[1]), warning);
    }
  }

  g = /^([a-z]+\.?)[-/. ](\d{1,2})[-/. ](\d{4})$/i.exec(s);
  if (g) {
    const mo = monthNumber(g[1]!);
    if (mo) return build(text, Number(g[3]), mo, Number(g[2]));
  }

  if (/^\d+(\.\d+)?$/.test(s)) return parseDateNumber(Number(s), date1904, text);
  return fail(fill(m.dateUnreadable, { text }));
}

function parseDateNumber(n: number, date1904: boolean, text: string): ParseResult<string> {
  // 20230523 typed without separators.
  if (Number.isInteger(n) && n >= 19000101 && n <= 21001231) {
    const y = Math.floor(n / 10000);
    const mo = Math.floor(n / 100) % 100;
    const d = n % 100;
    if (exists(y, mo, d)) return ok(iso(y, mo, d));
  }
  if (Number.isInteger(n) && n >= 1900 && n <= 2100) return fail(fill(m.dateLooksLikeYear, { text }));
  const out = serialToIso(n, date1904);
  return out ? ok(out) : fail(fill(m.dateSerialRange, { text }));
}

/** An ISO calendar date from a date cell, an Excel serial (1900 or 1904 system) or text. */
export function parseDate(v: CellValue, opts: { date1904: boolean }): ParseResult<string> {
  if (v instanceof Date) return ok(iso(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()));
  if (typeof v === 'number') return parseDateNumber(v, opts.date1904, cellText(v));
  if (typeof v === 'boolean') return fail(m.dateBoolean);
  if (v === null) return fail(fill(m.dateUnreadable, { text: '' }));
  if (isErrorText(v)) return fail(fill(m.errorCell, { text: v.trim() }));
  return parseDateText(squish(v), opts.date1904);
}
