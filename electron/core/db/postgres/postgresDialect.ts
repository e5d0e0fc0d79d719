import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Dialect, IdLists, IndexHints } from '../dialect';
import { postgresBulk } from './postgresBulk';
import { postgresSearch } from './postgresSearch';

// A list of ids as one int[] parameter: one statement whatever its length (see IdLists).
const postgresIds: IdLists = {
  within(qb, column, ids) {
    return qb.andWhere(`${column} = ANY(CAST(:idList AS integer[]))`, { idList: [...ids] });
  },
};

// PostgreSQL's planner costs an index-only scan of a covering index (and its partial indexes) from
// the statistics autovacuum keeps: the query runs as TypeORM wrote it, no index is named.
const postgresHints: IndexHints = {
  async getRawMany<T>(em: EntityManager, qb: SelectQueryBuilder<ObjectLiteral>): Promise<T[]> {
    const [query, parameters] = qb.getQueryAndParameters();
    return (await em.query(query, parameters)) as T[];
  },
};

/** PostgreSQL's side of every engine-specific concern. */
export const postgresDialect: Dialect = {
  engine: 'postgres',
  bulk: postgresBulk,
  search: postgresSearch,
  hints: postgresHints,
  ids: postgresIds,
  // Audit lines are chained (audit/chain.ts): two PCs appending at once would both chain to the
  // same line. The transaction-scoped advisory lock makes the second wait for the first's commit.
  async serializeAudit(em) {
    await em.query('SELECT pg_advisory_xact_lock(7314621)');
  },
};
