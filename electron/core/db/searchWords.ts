/**
 * The words of a search a trigram index can answer, on either engine: three characters or more.
 * Shorter words of a longer search are left out (the same on SQLite and PostgreSQL, so both find
 * the same UMKM).
 */
export function searchWords(text: string): string[] {
  // SQLite reads an FTS query as a C string: a NUL would end it mid-quote (a crash on hostile input).
  return text
    .replace(/\p{Cc}/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter((w) => [...w].length >= 3);
}

/** A LIKE pattern's wildcards taken literally (with ESCAPE '\'). */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, '\\$&');
