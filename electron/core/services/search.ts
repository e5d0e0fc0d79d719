/**
 * Turns what a clerk types into an FTS5 trigram query: every word of three or more characters
 * must occur (as a substring, any case). Returns null when no word is long enough for trigrams.
 */
export function ftsQuery(text: string): string | null {
  // SQLite reads the query as a C string: a NUL would end it mid-quote (a crash on hostile input).
  const words = text
    .replace(/\p{Cc}/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter((w) => [...w].length >= 3);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
}
