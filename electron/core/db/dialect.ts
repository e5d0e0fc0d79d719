import type { EntityManager, EntitySchema, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * What only one database engine can do, behind one interface per concern; the services reach it
 * through their unit of work (`tx.sql`). SQLite's side sits in `db/sqlite/`; PostgreSQL's sits
 * in `db/postgres/`, each part naming what it uses there instead.
 */
export interface Dialect {
  readonly engine: 'sqlite' | 'postgres';
  /** Many new rows at once (the demo data) and the search index's upkeep around them (an import). */
  readonly bulk: BulkWrites;
  /** The registry's search while typing (business name, owner, NIK, NIB). */
  readonly search: RegistrySearch;
  /** The index a report query must read where the engine's planner would choose a slower one. */
  readonly hints: IndexHints;
  /** A long list of ids as one bound value. */
  readonly ids: IdLists;
  /**
   * Called in a write before the audit trail's last line is read to chain a new one: where several
   * processes write at once (PostgreSQL), the second waits here until the first has committed.
   */
  serializeAudit(em: EntityManager): Promise<void>;
}

/**
 * A list of ids (a thousand search matches) bound as one value, so the statement is prepared once
 * whatever their number, and no parameter is made per id (SQLite: json_each over a JSON array;
 * PostgreSQL: `= ANY(:ids)` over an int[] parameter).
 */
export interface IdLists {
  /** Narrows `qb` to the rows whose `column` (as written in the query, e.g. 'u.id') is one of `ids`. */
  within<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, ids: readonly number[]): SelectQueryBuilder<T>;
}

export interface IndexHints {
  /**
   * Runs `qb` on `em` and answers its raw rows, reading the table of each alias of `uses` through
   * the index named beside it (SQLite: INDEXED BY, `db/sqlite/sqliteHints.ts`). Only for an index
   * that makes the query's every term answerable from it, where the planner would otherwise take a
   * narrower index and visit every row it names.
   */
  getRawMany<T>(em: EntityManager, qb: SelectQueryBuilder<ObjectLiteral>, uses: Readonly<Record<string, string>>): Promise<T[]>;
}

/**
 * The registry's search while typing: every word of the text occurs, in any case, in the business
 * name, the owner's name, the NIK or the NIB (SQLite: the FTS5 trigram index `umkm_fts`,
 * `db/sqlite/sqliteSearch.ts`).
 */
export interface RegistrySearch {
  /** Narrows `qb`, a query over the umkm table as `alias`, to the UMKM that match `text` (trimmed, not empty). */
  where<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, text: string): SelectQueryBuilder<T>;
  /**
   * The first UMKM matching `text`, in the search index's own order, without finding every match
   * of a common word: up to `count` ids. Without `narrow`, read from the index alone (deleted UMKM
   * may be among them). With `narrow` (the list's filters, on the umkm table as `u`) the ids are
   * live and within it (`narrowed`): at most `scan` matches are looked at for them.
   */
  candidates(em: EntityManager, text: string, opts: { count: number; scan: number; narrow?: (qb: SelectQueryBuilder<ObjectLiteral>) => void }): Promise<SearchCandidates>;
}

export interface SearchCandidates {
  ids: number[];
  /** True when `ids` are all the matches (within the filters, when `narrowed`; with filters, all the matches were looked at). */
  complete: boolean;
  /** True when the ids are live and within `narrow` already; else deleted UMKM may be among them. */
  narrowed: boolean;
}

/**
 * Writes of many new rows, inside the unit of work's write transaction (SQLite: prepared
 * statements on its connection, `db/sqlite/sqliteBulk.ts`).
 */
export interface BulkWrites {
  /**
   * Inserts new rows of one entity, in order, and answers their generated ids (none for a table
   * without one). Every row gives the same properties, those of the first; no row is read back.
   */
  insert<R extends ObjectLiteral>(em: EntityManager, entity: EntitySchema<R>, rows: ReadonlyArray<Partial<R>>): Promise<number[]>;
  /**
   * As insert, but a row a unique index refuses (a key another writer committed first: two clerks
   * importing the same NIK at once) is skipped instead of failing the write: answers each row's id,
   * or null for a row skipped. The database's constraint decides who was first.
   */
  insertNew<R extends ObjectLiteral>(em: EntityManager, entity: EntitySchema<R>, rows: ReadonlyArray<Partial<R>>): Promise<Array<number | null>>;
  /**
   * Stops keeping the registry's search index row by row; the function returned indexes every
   * UMKM inserted since in one pass and resumes the upkeep. Only for new rows; both in one transaction.
   */
  liftSearchIndex(em: EntityManager): Promise<() => Promise<void>>;
  /**
   * Runs `work`, an append of about `rows` new main rows (each with a few derived ones) to the
   * tables of `entities`, which may already hold data (an import), with the upkeep that is cheaper
   * done once at the end deferred: the secondary indexes of a table whose new rows are a good part
   * of it are built again in one sorted pass each (unique ones too, so a duplicate still fails the
   * write), one index a turn of the event loop, and the engine sets aside memory for the one large
   * transaction. The search index is
   * the caller's to lift (liftSearchIndex), for new rows only.
   */
  append<T>(em: EntityManager, opts: { entities: ReadonlyArray<EntitySchema<never>>; rows: number }, work: () => Promise<T>): Promise<T>;
  /**
   * Runs `work`, a load of new rows into the (empty) tables of `entities`, with the upkeep that is
   * cheaper done once at the end deferred: their indexes and the search index. `rows`: how many
   * main rows (the demo's UMKM) it writes, to size what the engine sets aside for it.
   */
  load<T>(em: EntityManager, opts: { entities: ReadonlyArray<EntitySchema<never>>; rows: number }, work: () => Promise<T>): Promise<T>;
}
