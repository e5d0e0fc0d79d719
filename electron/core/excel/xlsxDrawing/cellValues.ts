import { attr, unescapeXml } from './xml';

// The charts cache the values of the cells they show (c:strCache / c:numCache), so a reader that
// does not recalculate (a previewer, LibreOffice set to keep results) draws the same bars as
// Excel. The values are read from the finished sheet XML: for a formula, its stored result.

export interface RangeRef {
  sheet: string;
  c1: number;
  r1: number;
  c2: number;
  r2: number;
}

const colNumber = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** "'Ringkasan'!$B$9:$E$9" or "Ringkasan!B9" → sheet and 1-based corners. */
export function parseRange(ref: string): RangeRef {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim().replace(/^=/, ''));
  if (!m) throw new Error(`xlsx: not a range reference: ${ref}`);
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
  const c1 = colNumber(m[3]!);
  const r1 = Number(m[4]);
  const c2 = m[5] ? colNumber(m[5]) : c1;
  const r2 = m[6] ? Number(m[6]) : r1;
  if (c2 < c1 || r2 < r1) throw new Error(`xlsx: range reference runs backwards: ${ref}`);
  if (c1 !== c2 && r1 !== r2) throw new Error(`xlsx: a chart range is one row or one column: ${ref}`);
  return { sheet, c1, r1, c2, r2 };
}

/** The cells of a one-row or one-column range, in order, as (col, row). */
export const rangeCells = (r: RangeRef) =>
  r.c1 === r.c2 ? Array.from({ length: r.r2 - r.r1 + 1 }, (_, i) => [r.c1, r.r1 + i] as const) : Array.from({ length: r.c2 - r.c1 + 1 }, (_, i) => [r.c1 + i, r.r1] as const);

/** Shared strings in order (exceljs's streaming writer writes inline strings, so usually none). */
export function parseSharedStrings(xml: string): string[] {
  return (xml.match(/<si>[\s\S]*?<\/si>|<si\/>/g) ?? []).map(joinedText);
}

/** Text of every <t> in an <is>/<si>, rich-text runs joined; phonetic runs (rPh) left out. */
function joinedText(xml: string): string {
  return [...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t\s*\/>/g)].map((m) => unescapeXml(m[1] ?? '')).join('');
}

/** Cell address → shown value (text or number; a formula's stored result), for the wanted cells only. */
export function readCells(sheetXml: string, wanted: Set<string>, shared: () => string[]): Map<string, string | number> {
  const out = new Map<string, string | number>();
  for (const m of sheetXml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const ref = attr(m[1]!, 'r');
    if (!ref || !wanted.has(ref) || m[2] === undefined) continue;
    const type = attr(m[1]!, 't') ?? 'n';
    const v = /<v>([\s\S]*?)<\/v>/.exec(m[2])?.[1];
    if (type === 'inlineStr') out.set(ref, joinedText(/<is>([\s\S]*?)<\/is>/.exec(m[2])?.[1] ?? ''));
    else if (v === undefined) continue;
    else if (type === 's') out.set(ref, shared()[Number(v)] ?? '');
    else if (type === 'n') out.set(ref, Number(v));
    else out.set(ref, unescapeXml(v));
  }
  return out;
}

const colLetters = (n: number): string => (n > 26 ? colLetters(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));
export const cellAddress = (col: number, row: number) => `${colLetters(col)}${row}`;

/** An absolute range reference for a chart: rangeRef('Ringkasan', 'B9', 'E9') → 'Ringkasan'!$B$9:$E$9. */
export function rangeRef(sheet: string, first: string, last: string = first): string {
  const abs = (a: string) => {
    const m = /^([A-Za-z]{1,3})(\d+)$/.exec(a);
    if (!m) throw new Error(`xlsx: not a cell address: ${a}`);
    return `$${m[1]!.toUpperCase()}$${m[2]}`;
  };
  const range = first === last ? abs(first) : `${abs(first)}:${abs(last)}`;
  return `'${sheet.replace(/'/g, "''")}'!${range}`;
}
