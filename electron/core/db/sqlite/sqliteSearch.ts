import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { RegistrySearch } from '../dialect';

// SQLite's registry search: the FTS5 table umkm_fts (tokenize 'trigram', migration 1) over
// business name, owner, NIK and NIB, kept by triggers on umkm. A trigram index answers a substring
// of three or more characters in any case; shorter text is a prefix scan.
//
// PostgreSQL will use instead: the pg_trgm extension with a GIN index (gin_trgm_ops) over the
// four columns, each word as `ILIKE '%word%'` (the index serves substrings of three or more
// characters too), and the same prefix scan below three.

/**
 * What a clerk types as an FTS5 trigram query: every word of three or more characters must occur
 * (as a substring, any case). Null when no word is long enough for trigrams.
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

export const sqliteSearch: RegistrySearch = {
  where<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, text: string): SelectQueryBuilder<T> {
    const fts = ftsQuery(text);
    if (fts) return qb.andWhere(`${alias}.id IN (SELECT rowid FROM umkm_fts WHERE umkm_fts MATCH :searchFts)`, { searchFts: fts });
    // Under three characters the trigram index cannot help; a scan of the short prefix is cheap.
    const prefix = `${text.replace(/[\\%_]/g, '\\$&')}%`;
    return qb.andWhere(
      new Brackets((b) =>
        b
          .where(`${alias}.businessName LIKE :searchPrefix ESCAPE '\\'`, { searchPrefix: prefix })
          .orWhere(`${alias}.ownerName LIKE :searchPrefix ESCAPE '\\'`)
          .orWhere(`${alias}.nik LIKE :searchPrefix ESCAPE '\\'`)
          .orWhere(`${alias}.nib LIKE :searchPrefix ESCAPE '\\'`),
      ),
    );
  },
};
