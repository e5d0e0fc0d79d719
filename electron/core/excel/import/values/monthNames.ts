// Indonesian and English month names and the abbreviations seen in clerks' sheets.
const NAMES: Array<[number, string[]]> = [
  [1, ['januari', 'january', 'jan']],
  [2, ['februari', 'pebruari', 'february', 'feb', 'peb']],
  [3, ['maret', 'march', 'mar', 'mrt']],
  [4, ['april', 'apr']],
  [5, ['mei', 'may']],
  [6, ['juni', 'june', 'jun']],
  [7, ['juli', 'july', 'jul']],
  [8, ['agustus', 'august', 'agu', 'agt', 'ags', 'agst', 'aug']],
  [9, ['september', 'sep', 'sept']],
  [10, ['oktober', 'october', 'okt', 'oct']],
  [11, ['november', 'nopember', 'nov', 'nop']],
  [12, ['desember', 'december', 'des', 'dec']],
];

const BY_NAME = new Map(NAMES.flatMap(([n, names]) => names.map((name) => [name, n] as const)));

/** 1-12 for a month name or abbreviation (any case, trailing dot allowed), else null. */
export function monthNumber(word: string): number | null {
  return BY_NAME.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}
