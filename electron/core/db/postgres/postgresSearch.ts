import { Brackets, type EntityManager, type ObjectLiteral, type SelectQueryBuilder, type WhereExpressionBuilder } from 'typeorm';
import type { RegistrySearch, SearchCandidates } from '../dialect';
import { UmkmEntity } from '../entities/umkm';
import { escapeLike, searchWords } from '../searchWords';
import { searchTextOf } from './searchText';

// PostgreSQL's registry search: pg_trgm's GIN index ix_umkm_search over the four searched columns
// joined by spaces (searchText.ts), each word as ILIKE '%word%', which the index answers for
// three characters or more, as FTS5's trigram index does on SQLite; shorter text is a prefix of
// one of the columns. Same words, same columns, same case folding: the same UMKM on both engines.

/** Each searched column's prefix index (baselineTables.ts) and the expression it is on. */
const PREFIX: ReadonlyArray<{ expr: (alias: string) => string; fold: boolean }> = [
  { expr: (a) => `lower(${a}.business_name)`, fold: true },
  { expr: (a) => `lower(${a}.owner_name)`, fold: true },
  { expr: (a) => `${a}.nik`, fold: false },
  { expr: (a) => `${a}.nib`, fold: false },
];


/** Every word occurs in the row's searched text, in any case. */
function wordsTest(b: WhereExpressionBuilder, alias: string, words: readonly string[]): void {
  words.forEach((w, i) => b.andWhere(`${searchTextOf(alias)} ILIKE :searchWord${i} ESCAPE '\\'`, { [`searchWord${i}`]: `%${escapeLike(w)}%` }));
}

/** One of the four columns of `alias` starts with the text, in any case (as prefixCandidates reads them). */
function prefixTest(b: WhereExpressionBuilder, alias: string, text: string): void {
  if (text === '') {
    b.andWhere('1 = 0');
    return;
  }
  b.andWhere(
    new Brackets((or) => {
      PREFIX.forEach(({ expr, fold }, i) => or.orWhere(`${expr(alias)} LIKE :searchPrefix${i} ESCAPE '\\'`, { [`searchPrefix${i}`]: `${escapeLike(fold ? text.toLowerCase() : text)}%` }));
    }),
  );
}

type Narrow = (qb: SelectQueryBuilder<ObjectLiteral>) => void;

/** Short text as a prefix: control characters dropped (PostgreSQL refuses a NUL in a text value). */
const prefixOf = (text: string): string => text.replace(/\p{Cc}/gu, ' ').trim();

export const postgresSearch: RegistrySearch = {
  where<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, text: string): SelectQueryBuilder<T> {
    const words = searchWords(text);
    return qb.andWhere(new Brackets((b) => (words.length > 0 ? wordsTest(b, alias, words) : prefixTest(b, alias, prefixOf(text)))));
  },

  async candidates(em: EntityManager, text: string, opts: { count: number; scan: number; narrow?: Narrow }): Promise<SearchCandidates> {
    const words = searchWords(text);
    if (words.length === 0) return prefixCandidates(em, prefixOf(text), opts.count, opts.narrow);
    const qb = em.createQueryBuilder(UmkmEntity, 'u').select('u.id', 'id');
    qb.where(new Brackets((b) => wordsTest(b, 'u', words)));
    // Without filters, in the index's order (ids ascending), deleted UMKM among them as SQLite's
    // search index has them; with filters, live rows within them.
    const narrowed = opts.narrow !== undefined;
    if (narrowed) {
      qb.andWhere('u.deletedAt IS NULL');
      opts.narrow?.(qb as SelectQueryBuilder<ObjectLiteral>);
    }
    qb.orderBy('u.id', 'ASC').limit(opts.count);
    const rows = await qb.getRawMany<{ id: number | string }>();
    return { ids: rows.map((r) => Number(r.id)), complete: rows.length < opts.count, narrowed };
  },
};

/**
 * Short text: the live UMKM (within the filters) with a column starting with it, column by column
 * as SQLite reads them, each read in its index's order (lower(), then id) and stopped at `count`.
 */
async function prefixCandidates(em: EntityManager, text: string, count: number, narrow: Narrow | undefined): Promise<SearchCandidates> {
  // Nothing left to search for (only control characters typed): nothing found.
  if (text === '') return { ids: [], complete: true, narrowed: true };
  const found = new Set<number>();
  let complete = true;
  for (const { expr, fold } of PREFIX) {
    const limit = count - found.size;
    const qb = em
      .createQueryBuilder(UmkmEntity, 'u')
      .select('u.id', 'id')
      .where('u.deletedAt IS NULL')
      .andWhere(`${expr('u')} LIKE :searchPrefix ESCAPE '\\'`, { searchPrefix: `${escapeLike(fold ? text.toLowerCase() : text)}%` });
    narrow?.(qb as SelectQueryBuilder<ObjectLiteral>);
    qb.orderBy(expr('u'), 'ASC').addOrderBy('u.id', 'ASC').limit(limit);
    const ids = (await qb.getRawMany<{ id: number | string }>()).map((r) => Number(r.id));
    if (ids.length >= limit) complete = false;
    for (const id of ids) found.add(id);
    if (found.size >= count) break;
  }
  return { ids: [...found], complete, narrowed: true };
}
