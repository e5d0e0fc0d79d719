import type { Dialect } from '../dialect';
import { sqliteBulk } from './sqliteBulk';
import { sqliteHints } from './sqliteHints';
import { sqliteSearch } from './sqliteSearch';

/** SQLite's side of every engine-specific concern. */
export const sqliteDialect: Dialect = {
  engine: 'sqlite',
  bulk: sqliteBulk,
  search: sqliteSearch,
  hints: sqliteHints,
};
