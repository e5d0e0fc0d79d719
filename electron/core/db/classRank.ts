/**
 * The class order mikro < kecil < menengah < besar as SQL over `column`: a plain CASE, the same on
 * every engine. Migration 1 indexes the expression over `class` (CLASS_RANK_SQL), and the registry
 * sorts by class from that index only while its order uses this same expression: change it only
 * with a new migration.
 */
export const classRankSql = (column: string): string => `(CASE ${column} WHEN 'mikro' THEN 0 WHEN 'kecil' THEN 1 WHEN 'menengah' THEN 2 ELSE 3 END)`;

export const CLASS_RANK_SQL = classRankSql('class');
