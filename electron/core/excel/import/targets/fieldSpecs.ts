import { displayPhone } from '../../../../../shared/domain/phone';
import { formatNpwp } from '../../../../../shared/domain/identifiers';
import { KECAMATAN, kecamatanName, kelurahanName } from '../../../../../shared/domain/regions';
import { formatDate } from '../../../../../shared/format/date';
import { formatRupiah } from '../../../../../shared/format/rupiah';
import type { CellValue } from '../../read/types';
import type { Choice } from '../values/choice';
import { parseDate } from '../values/date';
import { parseInteger, parseYear } from '../values/integer';
import { parseMoney } from '../values/money';
import { parseIdentifier, parseNik } from '../values/nik';
import { parsePhone } from '../values/phone';
import { parseKecamatan, parseKelurahan } from '../values/region';
import type { ParseResult } from '../values/result';
import { parseLongText, parseText } from '../values/text';
import type { ImportFieldDef } from './types';

export interface ReadContext {
  date1904: boolean;
  /** Fields already read in this row (kelurahan looks at the kecamatan). */
  input: Record<string, unknown>;
}

/** A field with how its cell is read and how its stored value is shown. */
export interface FieldSpec extends ImportFieldDef {
  read(v: CellValue, ctx: ReadContext): ParseResult<unknown>;
  show(value: unknown): string;
  /** The labels to pick from (choice and list fields): the template's drop-downs and guide. */
  options?: string[];
}

type Base = { key: string; label: string; required?: boolean; synonyms: string[] };
const def = (b: Base, kind: ImportFieldDef['kind'], read: FieldSpec['read'], show: FieldSpec['show'] = String, options?: string[]): FieldSpec => ({
  key: b.key,
  label: b.label,
  required: b.required ?? false,
  kind,
  synonyms: b.synonyms,
  read,
  show,
  ...(options ? { options } : {}),
});
const labels = (choice: Choice) => choice.options.map((o) => o.label);
const KECAMATAN_NAMES = KECAMATAN.map((k) => k.name);
const KELURAHAN_NAMES = KECAMATAN.flatMap((k) => k.kelurahan.map((l) => l.name));

export const textField = (b: Base) => def(b, 'text', parseText);
export const longTextField = (b: Base) => def(b, 'text', parseLongText);
export const moneyField = (b: Base) => def(b, 'money', parseMoney, (v) => formatRupiah(v as number));
export const dateField = (b: Base) => def(b, 'date', (v, ctx) => parseDate(v, ctx), (v) => formatDate(v as string));
export const integerField = (b: Base) => def(b, 'integer', parseInteger);
export const yearField = (b: Base) => def(b, 'integer', parseYear);
export const nikField = (b: Base) => def(b, 'nik', parseNik);
export const identifierField = (b: Base, padTo?: number) =>
  def(b, 'text', (v) => parseIdentifier(v, b.label, padTo), (v) => (b.key === 'npwp' ? formatNpwp(String(v)) : String(v)));
export const phoneField = (b: Base) => def(b, 'phone', parsePhone, (v) => displayPhone(String(v)));
export const kecamatanField = (b: Base) => def(b, 'choice', parseKecamatan, (v) => kecamatanName(String(v)), KECAMATAN_NAMES);
export const kelurahanField = (b: Base) =>
  def(
    b,
    'choice',
    (v, ctx) => parseKelurahan(v, typeof ctx.input.kecamatan === 'string' ? ctx.input.kecamatan : undefined),
    (v) => kelurahanName(String(v)),
    KELURAHAN_NAMES,
  );
export const choiceField = (b: Base, choice: Choice) => def(b, 'choice', (v) => choice.parse(v), (v) => choice.label(String(v)), labels(choice));
export const listField = (b: Base, choice: Choice) =>
  def(
    b,
    'list',
    (v) => choice.parseList(v),
    (v) => (Array.isArray(v) ? v.map((x) => choice.label(String(x))).join(', ') : String(v)),
    labels(choice),
  );
