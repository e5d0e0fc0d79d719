import { normalisePhone } from '../../../../../shared/domain/phone';
import { fill, messages } from '../../../../../shared/i18n';
import { numberText } from '../../read/cellText';
import type { CellValue } from '../../read/types';
import { fail, isErrorText, ok, squish, wrongType, type ParseResult } from './result';

const m = messages.excelValue;

function normalised(text: string): ParseResult<string> {
  const r = normalisePhone(text);
  return r.ok ? ok(r.value) : fail(messages.validation.phone[r.problem]);
}

/** A phone number stored as +62…; a number cell that lost its leading 0 (81234567890) gets it back. */
export function parsePhone(v: CellValue): ParseResult<string> {
  if (v instanceof Date || typeof v === 'boolean') return wrongType(v);
  if (v === null) return normalised('');
  if (isErrorText(v)) return fail(fill(m.errorCell, { text: v.trim() }));
  const raw = typeof v === 'number' ? numberText(v) : squish(v).replace(/^'/, '');
  // "0812… / 0813…": the first number is the one to call.
  const parts = raw.split(/\s*(?:[/,;]|\batau\b|\bdan\b)\s*/i).filter((p) => /\d/.test(p));
  const first = parts[0] ?? raw;
  const many = parts.length > 1;
  const direct = normalised(first);
  const result: ParseResult<string> = direct.ok
    ? direct
    : (() => {
        const compact = first.replace(/[\s\-().]/g, '');
        if (!/^[1-9]\d{6,11}$/.test(compact) || compact.startsWith('62')) return direct;
        const fixed = normalisePhone(`0${compact}`);
        return fixed.ok ? ok(fixed.value, fill(m.phoneLeadingZero, { text: first, value: `0${compact}` })) : direct;
      })();
  if (!result.ok || !many) return result;
  const note = fill(m.phoneFirstOfMany, { value: first });
  return ok(result.value, result.warning ? `${result.warning} ${note}` : note);
}
