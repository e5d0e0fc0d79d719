import { fill, messages } from '../../../../../shared/i18n';
import type { CellValue } from '../../read/types';
import { levenshtein } from './levenshtein';
import { fail, isErrorText, ok, squish, wrongType, type ParseResult } from './result';

const m = messages.excelValue;

export interface ChoiceOption<C extends string = string> {
  code: C;
  label: string;
  /** Other words clerks use for it ("Makanan dan minuman" for kuliner). */
  synonyms?: readonly string[];
}

export interface Choice<C extends string = string> {
  options: readonly ChoiceOption<C>[];
  parse(v: CellValue): ParseResult<C>;
  /** A list of choices separated by commas or semicolons. */
  parseList(v: CellValue): ParseResult<C[]>;
  label(code: string): string;
}

const key = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' dan ')
    .replace(/[^a-z0-9]/g, '');

/** Splits on , ; | and line breaks, but not inside brackets: "Offline (toko, pasar)" is one item. */
function splitList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && /[,;|\n]/.test(ch)) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** An enum read by its code, its Indonesian label (with or without the part in brackets), a synonym,
 *  or a near spelling (a warning names what it was read as). */
export function makeChoice<C extends string>(options: readonly ChoiceOption<C>[]): Choice<C> {
  const exact = new Map<string, C>();
  const add = (text: string, code: C) => {
    const k = key(text);
    if (k && !exact.has(k)) exact.set(k, code);
  };
  for (const o of options) {
    add(o.code, o.code);
    add(o.label, o.code);
    add(o.label.replace(/\s*\(.*\)\s*/g, ' '), o.code);
    for (const part of o.label.split('/')) add(part, o.code);
    for (const s of o.synonyms ?? []) add(s, o.code);
  }
  const entries = [...exact.entries()];
  const labelOf = new Map(options.map((o) => [o.code as string, o.label]));
  const optionList = options.map((o) => o.label).join(', ');

  function one(text: string): ParseResult<C> {
    const k = key(text);
    const hit = exact.get(k);
    if (hit) return ok(hit);
    let best = Infinity;
    let codes = new Set<C>();
    for (const [word, code] of entries) {
      if (word.length < 4) continue;
      const limit = word.length < 7 ? 1 : 2;
      const d = levenshtein(k, word, limit);
      if (d > limit) continue;
      if (d < best) {
        best = d;
        codes = new Set([code]);
      } else if (d === best) codes.add(code);
    }
    if (codes.size === 1) {
      const code = [...codes][0]!;
      return ok(code, fill(m.choiceGuess, { text, label: labelOf.get(code) ?? code }));
    }
    return fail(fill(m.choiceUnknown, { text, options: optionList }));
  }

  function text(v: CellValue): ParseResult<string> {
    if (v instanceof Date || typeof v === 'boolean') return wrongType(v);
    if (v === null) return ok('');
    if (isErrorText(v)) return fail(fill(m.errorCell, { text: v.trim() }));
    return ok(squish(v));
  }

  return {
    options,
    label: (code) => labelOf.get(code) ?? code,
    parse(v) {
      const t = text(v);
      return t.ok ? one(t.value) : t;
    },
    parseList(v) {
      const t = text(v);
      if (!t.ok) return t;
      const whole = one(t.value);
      if (whole.ok && !whole.warning) return ok([whole.value]);
      const codes: C[] = [];
      const unknown: string[] = [];
      const warnings: string[] = [];
      for (const part of splitList(t.value)) {
        const r = one(part);
        // "BUMN / BUMD" is one label; "Kuliner/Fesyen" is two choices.
        if (!r.ok && part.includes('/')) {
          const subs = part.split(/\s*\/\s*/).filter(Boolean).map(one);
          if (subs.every((s) => s.ok)) {
            for (const s of subs) if (s.ok) codes.push(s.value);
            continue;
          }
        }
        if (r.ok) {
          codes.push(r.value);
          if (r.warning) warnings.push(r.warning);
        } else unknown.push(`"${part}"`);
      }
      if (unknown.length) return fail(fill(m.listUnknown, { items: unknown.join(', '), options: optionList }));
      return ok([...new Set(codes)], warnings.length ? warnings.join(' ') : undefined);
    },
  };
}
