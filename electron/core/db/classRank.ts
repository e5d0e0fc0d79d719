// The class order mikro < kecil < menengah < besar as SQL. Migration 1 indexes this exact
// expression, so the registry sorts by class from the index: change it only with a new migration.
export const CLASS_RANK_SQL = `(CASE class WHEN 'mikro' THEN 0 WHEN 'kecil' THEN 1 WHEN 'menengah' THEN 2 ELSE 3 END)`;
