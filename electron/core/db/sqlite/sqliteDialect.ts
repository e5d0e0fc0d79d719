import type { Dialect, IdLists } from '../dialect';
import { sqliteBulk } from './sqliteBulk';
import { sqliteHints } from './sqliteHints';
import { sqliteSearch } from './sqliteSearch';

// A list of ids as one JSON array: one statement whatever its length (see IdLists).
const sqliteIds: IdLists = {
  within(qb, column, ids) {
    return qb.andWhere(`${column} IN (SELECT value FROM json_each(:idList))`, { idList: JSON.stringify(ids) });
  },
};

/** SQLite's side of every engine-specific concern. */
export const sqliteDialect: Dialect = {
  engine: 'sqlite',
  bulk: sqliteBulk,
  search: sqliteSearch,
  hints: sqliteHints,
  ids: sqliteIds,
  // One writer at a time already: the file's write lock.
  serializeAudit: async () => {},
};
