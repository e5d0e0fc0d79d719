/**
 * The class order mikro < kecil < menengah < besar as SQL over `column`: a plain CASE, the same on
 * every engine. It sorts a set found first (a search's matches, an export); a page of the whole
 * registry by class is read class by class from ix_umkm_by_class (migration QuerySpeed1765152000000,
 * which dropped migration 1's index over this expression, CLASS_RANK_SQL, kept for its way down).
 */
export const classRankSql = (column: string): string => `(CASE ${column} WHEN 'mikro' THEN 0 WHEN 'kecil' THEN 1 WHEN 'menengah' THEN 2 ELSE 3 END)`;

export const CLASS_RANK_SQL = classRankSql('class');
