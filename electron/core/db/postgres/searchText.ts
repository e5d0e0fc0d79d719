// The registry's searched text on PostgreSQL: the four columns FTS5 indexes on SQLite, joined by a
// space (a searched word never holds one, so no match spans two columns). The GIN trigram index of
// the PostgreSQL schema is built on exactly this expression, and the search's ILIKE repeats it
// word for word, or the planner cannot use the index.
export const SEARCH_TEXT = `(business_name || ' ' || owner_name || ' ' || nik || ' ' || coalesce(nib, ''))`;

/** The same expression over the umkm table as `alias` (in a query that names it). */
export const searchTextOf = (alias: string): string =>
  `(${alias}.business_name || ' ' || ${alias}.owner_name || ' ' || ${alias}.nik || ' ' || coalesce(${alias}.nib, ''))`;
