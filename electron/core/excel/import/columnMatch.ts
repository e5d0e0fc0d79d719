import { messages } from '../../../../shared/i18n';
import { similarity } from './values/levenshtein';
import type { ImportTargetDef } from './targets/types';

// Column names compared without case, accents, punctuation, currency marks or the usual
// abbreviations: "No. HP/WA" and "Nomor HP WA" are the same column.
const TOKENS: Record<string, string> = {
  no: 'nomor', nmr: 'nomor', nomer: 'nomor',
  jml: 'jumlah', jmlh: 'jumlah', jlh: 'jumlah',
  tgl: 'tanggal', tggl: 'tanggal',
  th: 'tahun', thn: 'tahun',
  kec: 'kecamatan', kel: 'kelurahan', kelurahaan: 'kelurahan',
  telp: 'telepon', tlp: 'telepon', tel: 'telepon', telpon: 'telepon',
  omset: 'omzet',
  ket: 'keterangan',
  wa: 'whatsapp',
};
const DROP = new Set(['rp', 'idr', 'rupiah']);

// Headers, labels and synonyms are normalised again and again (every candidate header row, every
// row checked for a repeated header); the same few hundred strings, so remember them.
const normalised = new Map<string, string>();
const MEMO_LIMIT = 20_000;

export function normaliseHeader(text: string): string {
  const hit = normalised.get(text);
  if (hit !== undefined) return hit;
  if (normalised.size >= MEMO_LIMIT) normalised.clear();
  const out = normaliseUncached(text);
  normalised.set(text, out);
  return out;
}

function normaliseUncached(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/e-mail/g, 'email')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((t) => t && !DROP.has(t))
    .map((t) => TOKENS[t] ?? t)
    .join(' ');
}

/** A row-number column ("No", "No.", "No. Urut"): never an identifier. */
export function isRowNumberHeader(normalised: string): boolean {
  return /^(nomor|nomor urut|urut|nomor baris)$/.test(normalised);
}

// The columns the file of refused rows adds before the original ones (refusedFile.ts): never data,
// so a corrected file imports again with its own columns only ("Keterangan kesalahan" is not notes).
const REFUSED_FILE_COLUMNS = new Set([messages.importEngine.refusedErrorColumn, messages.importEngine.refusedRowColumn].map(normaliseUncached));

export type MatchKind = 'exact' | 'synonym' | 'fuzzy';

export interface ColumnMatch {
  mapping: Record<string, number>;
  matchedBy: Record<string, MatchKind>;
}

const FUZZY_MIN = 0.78;

/** A normalised name as its words and as one run of letters, made once. */
interface Words {
  tokens: string[];
  joined: string;
}
const wordsOf = (text: string): Words => {
  const tokens = text.split(' ');
  return { tokens, joined: tokens.join('') };
};

/** How well a header fits a name: the whole name run inside the header ("Omzet 2023"), or a near spelling. */
function fuzzyScore(h: Words, n: Words): number {
  if (!h.joined || !n.joined) return 0;
  let contained = 0;
  if (n.joined.length >= 3) {
    for (let i = 0; i + n.tokens.length <= h.tokens.length; i++) {
      if (n.tokens.every((t, j) => h.tokens[i + j] === t)) {
        contained = 0.7 + 0.25 * (n.tokens.length / h.tokens.length);
        break;
      }
    }
  }
  const hc = h.joined;
  const nc = n.joined;
  // An edit distance is at least the lengths' difference: a pair whose lengths differ by more than
  // FUZZY_MIN allows cannot be a near spelling, and is not measured. Most cells of the rows
  // scanned for the header are data (addresses, names), each compared with every name.
  const near = Math.min(hc.length, nc.length) >= FUZZY_MIN * Math.max(hc.length, nc.length);
  const spelled = hc.length >= 4 && nc.length >= 4 && near ? similarity(hc, nc) : 0;
  return Math.max(contained, spelled);
}

interface Names {
  key: string;
  order: number;
  label: string;
  synonyms: string[];
  /** The label and the synonyms as words, for fuzzyScore. */
  words: Words[];
}

const namesMemo = new WeakMap<ImportTargetDef, Names[]>();
type Candidate = { key: string; order: number; score: number; kind: MatchKind };
// Header detection scores many candidate rows with the same texts: one scoring per text and target.
const scoresMemo = new WeakMap<ImportTargetDef, Map<string, Candidate[]>>();

function namesOf(def: ImportTargetDef): Names[] {
  let names = namesMemo.get(def);
  if (!names) namesMemo.set(def, (names = namesUncached(def)));
  return names;
}

function scoresOf(h: string, def: ImportTargetDef): Candidate[] {
  let memo = scoresMemo.get(def);
  if (!memo) scoresMemo.set(def, (memo = new Map()));
  let out = memo.get(h);
  if (out) return out;
  out = [];
  const words = wordsOf(h);
  for (const f of namesOf(def)) {
    if (h === f.label) out.push({ key: f.key, order: f.order, score: 1, kind: 'exact' });
    else if (f.synonyms.includes(h)) out.push({ key: f.key, order: f.order, score: 0.97, kind: 'synonym' });
    else {
      let best = 0;
      for (const n of f.words) best = Math.max(best, fuzzyScore(words, n));
      if (best >= FUZZY_MIN) out.push({ key: f.key, order: f.order, score: best * 0.95, kind: 'fuzzy' });
    }
  }
  if (memo.size < MEMO_LIMIT) memo.set(h, out);
  return out;
}

function namesUncached(def: ImportTargetDef): Names[] {
  return def.fields.map((f, order) => {
    const label = normaliseHeader(f.label);
    const synonyms = [...new Set(f.synonyms.map(normaliseHeader))].filter(Boolean);
    return { key: f.key, order, label, synonyms, words: [label, ...synonyms].map(wordsOf) };
  });
}

/** Suggests which column feeds which field: exact label, then synonym, then a near name; each column
 *  to at most one field and each field at most one column, the best fit first. */
export function matchColumns(headers: string[], def: ImportTargetDef): ColumnMatch {
  const cands: Array<Candidate & { col: number }> = [];
  headers.forEach((raw, col) => {
    const h = normaliseHeader(raw ?? '');
    if (!h || isRowNumberHeader(h) || REFUSED_FILE_COLUMNS.has(h)) return;
    for (const c of scoresOf(h, def)) cands.push({ ...c, col });
  });
  cands.sort((a, b) => b.score - a.score || a.order - b.order || a.col - b.col);
  const mapping: Record<string, number> = {};
  const matchedBy: Record<string, MatchKind> = {};
  const usedCols = new Set<number>();
  for (const c of cands) {
    if (c.key in mapping || usedCols.has(c.col)) continue;
    mapping[c.key] = c.col;
    matchedBy[c.key] = c.kind;
    usedCols.add(c.col);
  }
  return { mapping, matchedBy };
}
