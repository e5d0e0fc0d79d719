import { KECAMATAN, findKecamatan, findKelurahan, regionKey, type Kecamatan } from '../../../../../shared/domain/regions';
import { fill, messages } from '../../../../../shared/i18n';
import type { CellValue } from '../../read/types';
import { levenshtein } from './levenshtein';
import { fail, isErrorText, ok, squish, wrongType, type ParseResult } from './result';

const m = messages.excelValue;

// Abbreviations of place words in clerks' sheets: "Gn. Sari Ilir", "Sei Nangka", "Kel./Desa".
const WORDS: Array<[RegExp, string]> = [
  [/\bgn\b\.?/g, 'gunung '],
  [/\bgng\b\.?/g, 'gunung '],
  [/\b(sei|sg|sng)\b\.?/g, 'sungai '],
  [/\bkl\b\.?/g, 'klandasan '],
  [/\bdesa\b|\bds\b\.?/g, ' '],
  [/\bkota\s+balikpapan\b/g, ' '],
];

function expand(text: string): string {
  let t = text.toLowerCase();
  for (const [re, to] of WORDS) t = t.replace(re, to);
  return t;
}

interface Candidate {
  name: string;
  key: string;
}

/** The one candidate within a small edit distance of the text; short names allow only one edit. */
function nearest<T extends Candidate>(key: string, pool: readonly T[]): { hit?: T; ambiguous?: T[] } {
  let best = Infinity;
  let hits: T[] = [];
  for (const c of pool) {
    const limit = c.key.length < 8 ? 1 : 2;
    const d = levenshtein(key, c.key, limit);
    if (d > limit) continue;
    if (d < best) {
      best = d;
      hits = [c];
    } else if (d === best) hits.push(c);
  }
  if (hits.length === 1) return { hit: hits[0] };
  return hits.length > 1 ? { ambiguous: hits } : {};
}

const KEC_POOL = KECAMATAN.flatMap((k) => [
  { name: k.name, key: regionKey(k.name), kec: k },
  // "Selatan" alone, as findKecamatan allows.
  { name: k.name, key: regionKey(k.name).replace(/^balikpapan/, ''), kec: k },
]);

/** Kecamatan code from a code, a name as clerks spell it ("Bpp Selatan", "Kec. Balikpapan Kota") or a near typo. */
export function parseKecamatan(v: CellValue): ParseResult<string> {
  if (v instanceof Date || typeof v === 'boolean') return wrongType(v);
  if (v === null || typeof v === 'number') return fail(fill(m.kecamatanUnknown, { text: v === null ? '' : String(v) }));
  if (isErrorText(v)) return fail(fill(m.errorCell, { text: v.trim() }));
  const text = squish(v);
  const direct = findKecamatan(text) ?? findKecamatan(expand(text));
  if (direct) return ok(direct.code);
  const key = regionKey(expand(text));
  const { hit, ambiguous } = nearest(key, KEC_POOL);
  if (hit) return ok(hit.kec.code, fill(m.regionGuess, { text, name: `${messages.fields.kecamatan} ${hit.name}` }));
  if (ambiguous) return fail(fill(m.regionAmbiguous, { text, names: [...new Set(ambiguous.map((a) => a.name))].join(', ') }));
  return fail(fill(m.kecamatanUnknown, { text }));
}

function kelPool(kecs: readonly Kecamatan[]) {
  return kecs.flatMap((k) => k.kelurahan.map((l) => ({ name: l.name, key: regionKey(l.name), code: l.code })));
}
const ALL_KEL = kelPool(KECAMATAN);

/** Kelurahan code, looked up in the row's kecamatan first ("Kel. Gn. Sari Ilir" → Gunung Sari Ilir). A
 *  kelurahan of another kecamatan is returned as is: the schema names the mismatch. */
export function parseKelurahan(v: CellValue, kecamatanCode?: string): ParseResult<string> {
  if (v instanceof Date || typeof v === 'boolean') return wrongType(v);
  if (v === null || typeof v === 'number') return fail(fill(m.kelurahanUnknown, { text: v === null ? '' : String(v) }));
  if (isErrorText(v)) return fail(fill(m.errorCell, { text: v.trim() }));
  const text = squish(v);
  const expanded = expand(text);
  const direct =
    (kecamatanCode ? (findKelurahan(text, kecamatanCode) ?? findKelurahan(expanded, kecamatanCode)) : undefined) ??
    findKelurahan(text) ??
    findKelurahan(expanded);
  if (direct) return ok(direct.code);
  const key = regionKey(expanded);
  const own = kecamatanCode ? kelPool(KECAMATAN.filter((k) => k.code === kecamatanCode)) : [];
  const local = own.length ? nearest(key, own) : {};
  const { hit, ambiguous } = local.hit ? local : nearest(key, ALL_KEL);
  if (hit) return ok(hit.code, fill(m.regionGuess, { text, name: `${messages.fields.kelurahan} ${hit.name}` }));
  if (ambiguous) return fail(fill(m.regionAmbiguous, { text, names: [...new Set(ambiguous.map((a) => a.name))].join(', ') }));
  return fail(fill(m.kelurahanUnknown, { text }));
}
