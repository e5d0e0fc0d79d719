import { fill, messages } from '../../../../../shared/i18n';
import type { CellValue } from '../../read/types';
import { fail, isErrorText, ok, squish, type ParseResult } from './result';

/** Free text, trimmed, runs of spaces and line breaks made one space. A number or date is shown as the
 *  clerk sees it. */
export function parseText(v: CellValue): ParseResult<string> {
  if (typeof v === 'boolean') return fail(messages.excelValue.booleanNotAllowed);
  if (isErrorText(v)) return fail(fill(messages.excelValue.errorCell, { text: v.trim() }));
  return ok(squish(v));
}

/** Long text (address, notes): line breaks kept as ", " so the parts stay apart. */
export function parseLongText(v: CellValue): ParseResult<string> {
  if (typeof v === 'string' && /\n/.test(v)) {
    return ok(
      v
        .split(/\r?\n/)
        .map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim())
        .filter(Boolean)
        .join(', '),
    );
  }
  return parseText(v);
}
