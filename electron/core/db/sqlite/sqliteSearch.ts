import { Brackets, type EntityManager, type ObjectLiteral, type SelectQueryBuilder, type WhereExpressionBuilder } from 'typeorm';
import type { RegistrySearch, SearchCandidates } from '../dialect';
import { UmkmEntity } from '../entities/umkm';
import { sqliteHints } from './sqliteHints';
import { escapeLike, searchWords } from '../searchWords';

// SQLite's registry search: the FTS5 table umkm_fts (tokenize 'trigram', migration 1) over
// business name, owner, NIK and NIB, kept by triggers on umkm. A trigram index answers a substring
// of three or more characters in any case; shorter text is a prefix match, each column read from
// its own index (migration QuerySpeed1765152000000: name, owner, NIK and NIB).

//
// PostgreSQL's side (postgres/postgresSearch.ts): pg_trgm's GIN index over the same four columns,
// each word as ILIKE '%word%'; the same words (searchWords.ts), so the same UMKM (searchParity.test.ts).

/** The searched columns, as the entity names them. */
const COLUMNS = ['businessName', 'ownerName', 'nik', 'nib'] as const;

/**
 * What a clerk types as an FTS5 trigram query: every word of three or more characters must occur
 * (as a substring, any case). Null when no word is long enough for trigrams.
 */
export function ftsQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
}

/** The prefix as a LIKE pattern (wildcards in it taken literally, with ESCAPE '\'). */
const prefixPattern = (text: string) => `${escapeLike(text)}%`;

/**
 * The range of a prefix in an index of `collation`: [lo, hi), so the index is searched, with the
 * LIKE kept for the exact test. NOCASE folds ASCII letters only, to lower case.
 */
function prefixRange(text: string, nocase: boolean): { lo: string; hi: string } {
  const lo = nocase ? text.replace(/[A-Z]/g, (c) => c.toLowerCase()) : text;
  const chars = [...lo];
  const last = chars.pop()!;
  return { lo, hi: chars.join('') + String.fromCodePoint(last.codePointAt(0)! + 1) };
}

/** One of the four columns of `alias` starts with the text. */
function prefixTest(b: WhereExpressionBuilder, alias: string, text: string): void {
  b.andWhere(
    new Brackets((or) => {
      for (const c of COLUMNS) or.orWhere(`${alias}.${c} LIKE :searchPrefix ESCAPE '\\'`, { searchPrefix: prefixPattern(text) });
    }),
  );
}

/** Each searched column's own index, carrying the filter columns (migration QuerySpeed1765152000000). */
const PREFIX_INDEX: Record<(typeof COLUMNS)[number], string> = {
  businessName: 'ix_umkm_by_name',
  ownerName: 'ix_umkm_by_owner',
  nik: 'ix_umkm_by_nik',
  nib: 'ix_umkm_by_nib',
};

type Narrow = (qb: SelectQueryBuilder<ObjectLiteral>) => void;

/** The prefix read from one column's index (live rows in the filters only), at most `limit` ids. */
async function prefixIds(em: EntityManager, column: (typeof COLUMNS)[number], text: string, limit: number, narrow: Narrow | undefined): Promise<number[]> {
  // The name and the owner are NOCASE columns; the NIK and NIB plain (their digits have no case).
  const { lo, hi } = prefixRange(text, column === 'businessName' || column === 'ownerName');
  const qb = em
    .createQueryBuilder(UmkmEntity, 'u')
    .select('u.id', 'id')
    .where('u.deletedAt IS NULL')
    .andWhere(`u.${column} >= :lo AND u.${column} < :hi`, { lo, hi })
    .andWhere(`u.${column} LIKE :searchPrefix ESCAPE '\\'`, { searchPrefix: prefixPattern(text) });
  narrow?.(qb as SelectQueryBuilder<ObjectLiteral>);
  qb.limit(limit);
  // Named: with its statistics sampled, the planner may prefer a skip-scan of a wider index.
  const rows = await sqliteHints.getRawMany<{ id: number | string }>(em, qb as SelectQueryBuilder<ObjectLiteral>, { u: PREFIX_INDEX[column] });
  return rows.map((r) => Number(r.id));
}

/** A name as the query builder quotes it. */
const quote = (em: EntityManager, name: string) => em.createQueryBuilder().escape(name);

/** How many matches the search index has, up to `scan`. */
async function scannedMatches(em: EntityManager, fts: string, scan: number): Promise<number> {
  const [row] = (await em.query(`SELECT COUNT(*) AS n FROM (SELECT rowid FROM umkm_fts WHERE umkm_fts MATCH ? LIMIT ?)`, [fts, scan])) as Array<{ n: number | bigint }>;
  return Number(row?.n ?? 0);
}

export const sqliteSearch: RegistrySearch = {
  where<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, text: string): SelectQueryBuilder<T> {
    const fts = ftsQuery(text);
    if (fts) return qb.andWhere(`${alias}.id IN (SELECT rowid FROM umkm_fts WHERE umkm_fts MATCH :searchFts)`, { searchFts: fts });
    // Under three characters the trigram index cannot help: a prefix of each column.
    return qb.andWhere(new Brackets((b) => prefixTest(b, alias, text.trim())));
  },

  async candidates(em: EntityManager, text: string, opts: { count: number; scan: number; narrow?: Narrow }): Promise<SearchCandidates> {
    const fts = ftsQuery(text);
    if (fts && !opts.narrow) {
      // The index's own order (rowid), stopped at the limit: never every match of a common word.
      const rows = (await em.query(`SELECT rowid AS id FROM umkm_fts WHERE umkm_fts MATCH ? LIMIT ?`, [fts, opts.count])) as Array<{ id: number | bigint }>;
      return { ids: rows.map((r) => Number(r.id)), complete: rows.length < opts.count, narrowed: false };
    }
    if (fts) {
      // With filters: the first `scan` matches, each looked up in the narrow index of the live
      // UMKM and their filter columns, in the search index's order, until `count` pass.
      const qb = em
        .createQueryBuilder(UmkmEntity, 'u')
        .addCommonTableExpression(`SELECT rowid AS id FROM umkm_fts WHERE umkm_fts MATCH :searchFts ORDER BY rowid LIMIT :searchScan`, 'fts')
        .setParameters({ searchFts: fts, searchScan: opts.scan })
        .innerJoin('fts', 'f', `${quote(em, 'f')}.${quote(em, 'id')} = u.id`)
        .select('u.id', 'id')
        .where('u.deletedAt IS NULL');
      opts.narrow?.(qb as SelectQueryBuilder<ObjectLiteral>);
      // No ORDER BY: the matches are walked in their order and the walk stops at `count`.
      qb.limit(opts.count);
      const rows = await sqliteHints.getRawMany<{ id: number | string }>(em, qb as SelectQueryBuilder<ObjectLiteral>, { u: 'ix_umkm_live' });
      // Fewer than `count` passed: every match up to `scan` was looked at; were there more?
      const complete = rows.length < opts.count && (await scannedMatches(em, fts, opts.scan)) < opts.scan;
      return { ids: rows.map((r) => Number(r.id)), complete, narrowed: true };
    }
    // Short text: a prefix of each column, each read from its index within the filters.
    const prefix = text.trim();
    const found = new Set<number>();
    let complete = true;
    for (const column of COLUMNS) {
      const limit = opts.count - found.size;
      const ids = await prefixIds(em, column, prefix, limit, opts.narrow);
      if (ids.length >= limit) complete = false;
      for (const id of ids) found.add(id);
      // Enough found: the other columns are not read (the first found are the list, in no order of their own).
      if (found.size >= opts.count) break;
    }
    return { ids: [...found], complete, narrowed: true };
  },
};
