import { fill, messages } from '../i18n';

// Marking applications issued with numbers pasted from a spreadsheet (issue 15). A number must
// never land on the wrong UMKM, so the pairing is worked out here, shown to the clerk line by line,
// and only the pairs they saw are sent: two columns name the application (NIK or its ID) beside
// its number; one column gives one number per selected line, in the order the lines are shown.

const p = messages.sertifikatPages;

export interface PairTarget {
  id: number;
  nik: string;
}

export interface Pairing {
  pairs: Array<{ id: number; number: string; line: number }>;
  /** Lines that could not be paired, with why (nothing is saved while there is one). */
  problems: Array<{ line: number; text: string; message: string }>;
  /** Selected applications no line gave a number to (two columns: left as they are). */
  missing: number[];
}

/** The cells of one pasted line: Excel's tabs, else "key number" split at the first space after a run of digits. */
function cellsOf(line: string): string[] {
  if (line.includes('\t')) return line.split('\t').map((c) => c.trim()).filter((c) => c !== '');
  const m = /^(\d{1,16})[\s;,]+(\S.*)$/.exec(line);
  return m ? [m[1]!, m[2]!.trim()] : [line.trim()];
}

export function pairNumbers(text: string, targets: readonly PairTarget[]): Pairing {
  const lines = text
    .split(/\r?\n/)
    .map((l, i) => ({ text: l.trim(), line: i + 1 }))
    .filter((l) => l.text !== '');
  const out: Pairing = { pairs: [], problems: [], missing: [] };
  if (lines.length === 0) return { ...out, missing: targets.map((t) => t.id) };
  const cells = lines.map((l) => cellsOf(l.text));
  const twoColumns = cells.some((c) => c.length >= 2);

  if (!twoColumns) {
    if (lines.length !== targets.length) {
      out.problems.push({ line: 0, text: '', message: fill(p.pairCountMismatch, { lines: lines.length, n: targets.length }) });
      return out;
    }
    lines.forEach((l, i) => out.pairs.push({ id: targets[i]!.id, number: cells[i]![0]!, line: l.line }));
    return out;
  }

  const used = new Set<number>();
  lines.forEach((l, i) => {
    const [rawKey, number] = cells[i]!;
    const key = (rawKey ?? '').replace(/\D/g, '');
    const problem = (message: string) => out.problems.push({ line: l.line, text: l.text, message });
    if (!number) return problem(fill(p.pairEmptyNumber, { line: l.line }));
    const matches = key.length === 16 ? targets.filter((t) => t.nik === key) : targets.filter((t) => String(t.id) === key);
    if (matches.length === 0) return problem(fill(p.pairNoMatch, { key: rawKey ?? '' }));
    if (matches.length > 1) return problem(fill(p.pairAmbiguous, { key: rawKey ?? '' }));
    const id = matches[0]!.id;
    if (used.has(id)) return problem(fill(p.pairRepeated, { key: rawKey ?? '' }));
    used.add(id);
    out.pairs.push({ id, number, line: l.line });
  });
  out.missing = targets.filter((t) => !used.has(t.id)).map((t) => t.id);
  return out;
}
