import type { EntityManager } from 'typeorm';
import { nextTurn } from '../../turns';

// A load into empty tables (the demo, a copy of a whole registry) on PostgreSQL: the row triggers
// that keep the summary tables (rekap_*, riwayat_tahunan, perpindahan_tahunan) cost more than the
// inserts themselves, one PL/pgSQL call and several upserts per row; the secondary indexes (the
// trigram GIN index above all) are cheaper built once, sorted, than kept row by row. So both are
// set aside for the load, and afterwards the indexes are built again and each summary is counted
// afresh from the tables it counts, in one statement each, in the load's own transaction (a
// rollback puts triggers and indexes back as they were). The counts are the triggers' own
// definitions (tests/integration/postgres/pgSchema.test.ts checks the two agree).

/** The tables whose row triggers keep a summary (FK checks are constraint triggers: they stay on). */
const TRIGGERED = ['umkm', 'riwayat_kelas', 'kelas_perpindahan', 'kelas_tahunan', 'perpindahan_tahunan'];

const YEAR_OF = (col: string) => `CAST(substr(${col}, 1, 4) AS integer)`;

/** A UMKM's class at the year's first and last move, per year (the moves on 1 January belong to the year before). */
const YEAR_ENDS = `SELECT ${YEAR_OF('date')} AS year, umkm_id,
    substr(MIN(date || from_class COLLATE "C"), 11) AS from_class, substr(MAX(date || to_class COLLATE "C"), 11) AS to_class
  FROM kelas_perpindahan WHERE substr(date, 6) <> '01-01' GROUP BY 1, 2`;

/** Each summary table, counted from its sources, in the order one feeds the next. */
const RECOUNT: Array<[table: string, insert: string]> = [
  ['rekap_umkm', `INSERT INTO rekap_umkm (kecamatan, kelurahan, class, sector, status, market_reach, n)
    SELECT kecamatan, kelurahan, class, sector, status, market_reach, COUNT(*) FROM umkm WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5, 6`],
  ['riwayat_tahunan', `INSERT INTO riwayat_tahunan (umkm_id, year, n)
    SELECT umkm_id, ${YEAR_OF('date')}, COUNT(*) FROM riwayat_kelas WHERE deleted_at IS NULL GROUP BY 1, 2`],
  ['rekap_tercatat', `INSERT INTO rekap_tercatat (year, kecamatan, sector, n)
    SELECT t.year, u.kecamatan, u.sector, COUNT(*) FROM riwayat_tahunan t JOIN umkm u ON u.id = t.umkm_id
    WHERE u.deleted_at IS NULL GROUP BY 1, 2, 3`],
  ['perpindahan_tahunan', `INSERT INTO perpindahan_tahunan (year, umkm_id, from_class, to_class)
    SELECT year, umkm_id, from_class, to_class FROM (${YEAR_ENDS}) e WHERE from_class <> to_class`],
  ['rekap_naik_kelas', `INSERT INTO rekap_naik_kelas (year, kecamatan, sector, from_class, to_class, n)
    SELECT p.year, u.kecamatan, u.sector, p.from_class, p.to_class, COUNT(*) FROM perpindahan_tahunan p JOIN umkm u ON u.id = p.umkm_id
    WHERE u.deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5`],
  ['rekap_perpindahan', `INSERT INTO rekap_perpindahan (year, direction, n)
    SELECT ${YEAR_OF('date')}, direction, COUNT(*) FROM kelas_perpindahan GROUP BY 1, 2`],
  ['rekap_kelas_tahunan', `INSERT INTO rekap_kelas_tahunan (year, class, n)
    SELECT year, class, COUNT(*) FROM kelas_tahunan GROUP BY 1, 2`],
];

/** The secondary indexes of `tables` (neither unique nor a primary key), with their definitions. */
async function secondaryIndexes(em: EntityManager, tables: readonly string[]): Promise<Array<{ name: string; def: string }>> {
  const rows = (await em.query(
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i
       JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
     WHERE t.relname = ANY($1) AND t.relnamespace = current_schema()::regnamespace AND NOT i.indisunique AND NOT i.indisprimary`,
    [[...tables]],
  )) as Array<{ name: string; def: string }>;
  return rows;
}

/**
 * Runs `work`, a load into the (empty) tables `tables`, with the summaries' triggers and the
 * secondary indexes of `tables` set aside; then builds the indexes again and recounts every
 * summary. In the caller's transaction.
 */
export async function loadWithSummariesRebuilt<T>(em: EntityManager, tables: readonly string[], work: () => Promise<T>): Promise<T> {
  for (const t of TRIGGERED) await em.query(`ALTER TABLE "${t}" DISABLE TRIGGER USER`);
  const indexes = await secondaryIndexes(em, tables);
  for (const ix of indexes) await em.query(`DROP INDEX "${ix.name}"`);
  const result = await work();
  for (const ix of indexes) {
    await em.query(ix.def);
    await nextTurn();
  }
  for (const [table] of RECOUNT) await em.query(`DELETE FROM "${table}"`);
  for (const [, insert] of RECOUNT) await em.query(insert);
  for (const t of TRIGGERED) await em.query(`ALTER TABLE "${t}" ENABLE TRIGGER USER`);
  return result;
}
