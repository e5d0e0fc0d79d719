import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CLASS_RANK_SQL } from '../classRank';

// The registry, the dashboard and the Naik Kelas report at 200,000 UMKM, near their floor.
//
// 1. One index per sort the registry offers, each in the list's full order (the sort, the business
//    name, the id) and carrying the filter columns, so a page of any filter in any sort is a walk
//    of one index that never visits the table for the rows it skips (kecamatan and class, a few
//    values of thousands each, are read value by value, either way, from one index). The name's
//    index carries the searched columns too (owner, NIK, NIB). They replace the plain sort
//    indexes of migration 1 (the class order's expression index among them). ix_umkm_facets (every filter column)
//    finds the few rows of a narrow filter and replaces (kecamatan, class, business_name);
//    ix_umkm_live answers "live, and in these filters?" for a list of ids (search candidates)
//    without the table; ix_umkm_by_nik and ix_umkm_by_nib read a NIK or NIB prefix within the
//    filters (the search by one or two characters: the name's and the owner's indexes do the rest).
// 2. Counts kept by triggers, so no screen counts the registry row by row:
//    - rekap_umkm: live UMKM per kecamatan, kelurahan, class, sector, status and market reach
//      (the registry's totals for any filter, the dashboard's counts);
//    - rekap_kelas_tahunan: the rows of kelas_tahunan per year and class (the dashboard's classes
//      by year; rows of deleted UMKM are subtracted by the service, as before);
//    - riwayat_tahunan: each UMKM's live records per year, and rekap_tercatat: the live UMKM with a
//      record in each year, per kecamatan and sector (the Naik Kelas report's "recorded" for any
//      year, where the latest record's date settles it only for the newest year).
//    The triggers use only the tables' own keys, never an index a bulk load drops and rebuilds.
//    - perpindahan_tahunan: each UMKM's move over each calendar year (its class at the year's start
//      and end, where they differ): the report's lists for any year, by the year's key; and
//      rekap_naik_kelas, those moves of live UMKM per kecamatan, sector and pair of classes (the
//      report's figures); rekap_perpindahan: every move per year and direction (the dashboard's).
// 3. A covering index of the moves by date, so the moves of any other period and their ends are
//    read from it.
//
// PostgreSQL will use the same tables and triggers (PL/pgSQL functions), and the same indexes.

const LIVE = 'WHERE deleted_at IS NULL';
const FILTERS = 'kecamatan, kelurahan, sector, class, status';

/** Index name → its columns (each in the list's order: sort, name, id; then the filters). */
const SORT_INDEXES: Record<string, string> = {
  ix_umkm_by_name: `business_name, id, ${FILTERS}, owner_name, nik, nib`,
  ix_umkm_by_owner: `owner_name, business_name, id, ${FILTERS}`,
  // Kecamatan and class: a few values of thousands each, read value by value (either way), names A to Z.
  ix_umkm_by_kecamatan: `kecamatan, business_name, id, kelurahan, sector, class, status`,
  ix_umkm_by_class: `class, business_name, id, kecamatan, kelurahan, sector, status`,
  ix_umkm_by_sales: `annual_sales, business_name, id, ${FILTERS}`,
  ix_umkm_by_registered: `registered_at, business_name, id, ${FILTERS}`,
  ix_umkm_by_updated: `updated_at, business_name, id, ${FILTERS}`,
  ix_umkm_facets: `kecamatan, class, kelurahan, sector, status`,
  ix_umkm_live: `id, ${FILTERS}`,
};

/** What migration 1 (and 2) made that the indexes above replace, to put back on the way down. */
const REPLACED: Record<string, string> = {
  ix_umkm_name: 'business_name',
  ix_umkm_owner: 'owner_name',
  ix_umkm_class_rank: `${CLASS_RANK_SQL}, business_name`,
  ix_umkm_registered: 'registered_at',
  ix_umkm_sales: 'annual_sales',
  ix_umkm_updated: 'updated_at',
  ix_umkm_kec_class_name: 'kecamatan, class, business_name',
  ix_umkm_class_name: 'class, business_name',
};

/** The indexes this migration replaces, and the tables of counts it adds (for the tests of earlier migrations). */
export const QUERY_SPEED_REPLACED_INDEXES = Object.keys(REPLACED);
export const QUERY_SPEED_TABLES = ['perpindahan_tahunan', 'rekap_kelas_tahunan', 'rekap_naik_kelas', 'rekap_perpindahan', 'rekap_tercatat', 'rekap_umkm', 'riwayat_tahunan'];

const TALLY_KEY = 'kecamatan, kelurahan, class, sector, status, market_reach';
const YEAR = (date: string) => `CAST(substr(${date}, 1, 4) AS integer)`;

export class QuerySpeed1765152000000 implements MigrationInterface {
  name = 'QuerySpeed1765152000000';

  async up(q: QueryRunner): Promise<void> {
    for (const name of Object.keys(REPLACED)) await q.query(`DROP INDEX IF EXISTS ${name}`);
    for (const [name, columns] of Object.entries(SORT_INDEXES)) await q.query(`CREATE INDEX ${name} ON umkm (${columns}) ${LIVE}`);
    await q.query(`CREATE INDEX ix_umkm_by_nik ON umkm (nik, ${FILTERS}) ${LIVE}`);
    await q.query(`CREATE INDEX ix_umkm_by_nib ON umkm (nib, ${FILTERS}) WHERE nib IS NOT NULL AND deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_perpindahan_ends ON kelas_perpindahan (date, umkm_id, from_class, to_class)`);

    // Live UMKM per filter combination.
    await q.query(`CREATE TABLE rekap_umkm (
      kecamatan varchar NOT NULL, kelurahan varchar NOT NULL, class varchar NOT NULL, sector varchar NOT NULL,
      status varchar NOT NULL, market_reach varchar NOT NULL, n integer NOT NULL,
      PRIMARY KEY (${TALLY_KEY})) WITHOUT ROWID`);
    const add = (row: 'new') =>
      `INSERT INTO rekap_umkm (${TALLY_KEY}, n) SELECT ${row}.kecamatan, ${row}.kelurahan, ${row}.class, ${row}.sector, ${row}.status, ${row}.market_reach, 1
        WHERE ${row}.deleted_at IS NULL ON CONFLICT (${TALLY_KEY}) DO UPDATE SET n = n + 1;`;
    const remove = (row: 'old') =>
      `UPDATE rekap_umkm SET n = n - 1 WHERE ${row}.deleted_at IS NULL AND kecamatan = ${row}.kecamatan AND kelurahan = ${row}.kelurahan
        AND class = ${row}.class AND sector = ${row}.sector AND status = ${row}.status AND market_reach = ${row}.market_reach;`;
    await q.query(`CREATE TRIGGER rekap_umkm_ai AFTER INSERT ON umkm BEGIN ${add('new')} END`);
    await q.query(`CREATE TRIGGER rekap_umkm_ad AFTER DELETE ON umkm BEGIN ${remove('old')} END`);
    await q.query(`CREATE TRIGGER rekap_umkm_au AFTER UPDATE OF ${TALLY_KEY}, deleted_at ON umkm BEGIN ${remove('old')} ${add('new')} END`);
    await q.query(`INSERT INTO rekap_umkm (${TALLY_KEY}, n) SELECT ${TALLY_KEY}, COUNT(*) FROM umkm ${LIVE} GROUP BY ${TALLY_KEY}`);

    // Yearly classes per year and class.
    await q.query(`CREATE TABLE rekap_kelas_tahunan (year integer NOT NULL, class varchar NOT NULL, n integer NOT NULL, PRIMARY KEY (year, class)) WITHOUT ROWID`);
    const addYear = `INSERT INTO rekap_kelas_tahunan (year, class, n) VALUES (new.year, new.class, 1) ON CONFLICT (year, class) DO UPDATE SET n = n + 1;`;
    const removeYear = `UPDATE rekap_kelas_tahunan SET n = n - 1 WHERE year = old.year AND class = old.class;`;
    await q.query(`CREATE TRIGGER rekap_kelas_tahunan_ai AFTER INSERT ON kelas_tahunan BEGIN ${addYear} END`);
    await q.query(`CREATE TRIGGER rekap_kelas_tahunan_ad AFTER DELETE ON kelas_tahunan BEGIN ${removeYear} END`);
    await q.query(`CREATE TRIGGER rekap_kelas_tahunan_au AFTER UPDATE OF year, class ON kelas_tahunan BEGIN ${removeYear} ${addYear} END`);
    await q.query(`INSERT INTO rekap_kelas_tahunan (year, class, n) SELECT year, class, COUNT(*) FROM kelas_tahunan GROUP BY year, class`);

    // Live records per UMKM and year; live UMKM recorded per year, kecamatan and sector. A UMKM
    // counts in a year while it has at least one live record dated in it (n goes 0 -> 1 or 1 -> 0).
    await q.query(`CREATE TABLE riwayat_tahunan (umkm_id integer NOT NULL, year integer NOT NULL, n integer NOT NULL, PRIMARY KEY (umkm_id, year)) WITHOUT ROWID`);
    // The UMKM recorded in a year, by the year (a year with few of them lists them from here).
    await q.query(`CREATE INDEX ix_riwayat_tahunan_year ON riwayat_tahunan (year)`);
    await q.query(`CREATE TABLE rekap_tercatat (year integer NOT NULL, kecamatan varchar NOT NULL, sector varchar NOT NULL, n integer NOT NULL,
      PRIMARY KEY (year, kecamatan, sector)) WITHOUT ROWID`);
    const recordIn = (row: 'new') => `
      INSERT INTO riwayat_tahunan (umkm_id, year, n) SELECT ${row}.umkm_id, ${YEAR(`${row}.date`)}, 1 WHERE ${row}.deleted_at IS NULL
        ON CONFLICT (umkm_id, year) DO UPDATE SET n = n + 1;
      INSERT INTO rekap_tercatat (year, kecamatan, sector, n)
        SELECT t.year, u.kecamatan, u.sector, 1 FROM riwayat_tahunan t JOIN umkm u ON u.id = t.umkm_id
        WHERE ${row}.deleted_at IS NULL AND t.umkm_id = ${row}.umkm_id AND t.year = ${YEAR(`${row}.date`)} AND t.n = 1 AND u.deleted_at IS NULL
        ON CONFLICT (year, kecamatan, sector) DO UPDATE SET n = n + 1;`;
    const recordOut = (row: 'old') => `
      UPDATE riwayat_tahunan SET n = n - 1 WHERE ${row}.deleted_at IS NULL AND umkm_id = ${row}.umkm_id AND year = ${YEAR(`${row}.date`)};
      UPDATE rekap_tercatat SET n = n - 1 WHERE ${row}.deleted_at IS NULL AND year = ${YEAR(`${row}.date`)}
        AND (kecamatan, sector) = (SELECT u.kecamatan, u.sector FROM umkm u WHERE u.id = ${row}.umkm_id AND u.deleted_at IS NULL)
        AND (SELECT t.n FROM riwayat_tahunan t WHERE t.umkm_id = ${row}.umkm_id AND t.year = ${YEAR(`${row}.date`)}) = 0;
      DELETE FROM riwayat_tahunan WHERE ${row}.deleted_at IS NULL AND umkm_id = ${row}.umkm_id AND year = ${YEAR(`${row}.date`)} AND n = 0;`;
    await q.query(`CREATE TRIGGER riwayat_tahunan_ai AFTER INSERT ON riwayat_kelas BEGIN ${recordIn('new')} END`);
    await q.query(`CREATE TRIGGER riwayat_tahunan_ad AFTER DELETE ON riwayat_kelas BEGIN ${recordOut('old')} END`);
    await q.query(`CREATE TRIGGER riwayat_tahunan_au AFTER UPDATE OF umkm_id, date, deleted_at ON riwayat_kelas BEGIN ${recordOut('old')} ${recordIn('new')} END`);
    // A UMKM that moves kecamatan or sector, is deleted or restored takes its recorded years along.
    const umkmYears = (row: 'old' | 'new', delta: '+ 1' | '- 1') =>
      delta === '+ 1'
        ? `INSERT INTO rekap_tercatat (year, kecamatan, sector, n) SELECT t.year, ${row}.kecamatan, ${row}.sector, 1 FROM riwayat_tahunan t
            WHERE ${row}.deleted_at IS NULL AND t.umkm_id = ${row}.id AND t.n > 0 ON CONFLICT (year, kecamatan, sector) DO UPDATE SET n = n + 1;`
        : `UPDATE rekap_tercatat SET n = n - 1 WHERE ${row}.deleted_at IS NULL AND kecamatan = ${row}.kecamatan AND sector = ${row}.sector
            AND year IN (SELECT t.year FROM riwayat_tahunan t WHERE t.umkm_id = ${row}.id AND t.n > 0);`;
    await q.query(`CREATE TRIGGER rekap_tercatat_umkm_au AFTER UPDATE OF kecamatan, sector, deleted_at ON umkm
      WHEN old.kecamatan IS NOT new.kecamatan OR old.sector IS NOT new.sector OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL)
      BEGIN ${umkmYears('old', '- 1')} ${umkmYears('new', '+ 1')} END`);
    // A UMKM removed for good: its years leave the counts before it goes (its records follow it by
    // cascade, before any AFTER trigger, and then find it gone).
    await q.query(`CREATE TRIGGER rekap_tercatat_umkm_bd BEFORE DELETE ON umkm BEGIN ${umkmYears('old', '- 1')} END`);
    // Each UMKM's move over each calendar year, where its class at the year's start and end
    // differ: the from_class of its first move in (1 January, 31 December] and the to_class of its
    // last (a move dated 1 January stands on that day, the start of the period). Recomputed for
    // the UMKM and the year of every move written or removed, from the moves' own key.
    await q.query(`CREATE TABLE perpindahan_tahunan (year integer NOT NULL, umkm_id integer NOT NULL, from_class varchar NOT NULL, to_class varchar NOT NULL,
      PRIMARY KEY (year, umkm_id)) WITHOUT ROWID`);
    const yearEnds = (row: 'new' | 'old') => `
      DELETE FROM perpindahan_tahunan WHERE year = ${YEAR(`${row}.date`)} AND umkm_id = ${row}.umkm_id;
      INSERT INTO perpindahan_tahunan (year, umkm_id, from_class, to_class)
        SELECT y, umkm_id, f, t FROM (SELECT ${YEAR(`${row}.date`)} AS y, m.umkm_id, SUBSTR(MIN(m.date || m.from_class), 11) AS f, SUBSTR(MAX(m.date || m.to_class), 11) AS t
          FROM kelas_perpindahan m WHERE m.umkm_id = ${row}.umkm_id AND m.date > substr(${row}.date, 1, 4) || '-01-01' AND m.date <= substr(${row}.date, 1, 4) || '-12-31'
          GROUP BY m.umkm_id) WHERE f <> t;`;
    await q.query(`CREATE TRIGGER perpindahan_tahunan_ai AFTER INSERT ON kelas_perpindahan BEGIN ${yearEnds('new')} END`);
    await q.query(`CREATE TRIGGER perpindahan_tahunan_ad AFTER DELETE ON kelas_perpindahan BEGIN ${yearEnds('old')} END`);
    await q.query(`CREATE TRIGGER perpindahan_tahunan_au AFTER UPDATE ON kelas_perpindahan BEGIN ${yearEnds('old')} ${yearEnds('new')} END`);
    await q.query(`INSERT INTO perpindahan_tahunan (year, umkm_id, from_class, to_class)
      SELECT y, umkm_id, f, t FROM (SELECT ${YEAR('m.date')} AS y, m.umkm_id, SUBSTR(MIN(m.date || m.from_class), 11) AS f, SUBSTR(MAX(m.date || m.to_class), 11) AS t
        FROM kelas_perpindahan m WHERE substr(m.date, 6) <> '01-01' GROUP BY 1, 2) WHERE f <> t`);

    // The live UMKM's moves over each year, counted per kecamatan, sector and pair of classes
    // (the report's figures), kept as perpindahan_tahunan and the UMKM change.
    await q.query(`CREATE TABLE rekap_naik_kelas (year integer NOT NULL, kecamatan varchar NOT NULL, sector varchar NOT NULL, from_class varchar NOT NULL,
      to_class varchar NOT NULL, n integer NOT NULL, PRIMARY KEY (year, kecamatan, sector, from_class, to_class)) WITHOUT ROWID`);
    const NAIK_KEY = 'year, kecamatan, sector, from_class, to_class';
    const naikIn = (row: 'new') => `INSERT INTO rekap_naik_kelas (${NAIK_KEY}, n) SELECT ${row}.year, u.kecamatan, u.sector, ${row}.from_class, ${row}.to_class, 1
        FROM umkm u WHERE u.id = ${row}.umkm_id AND u.deleted_at IS NULL ON CONFLICT (${NAIK_KEY}) DO UPDATE SET n = n + 1;`;
    const naikOut = (row: 'old') => `UPDATE rekap_naik_kelas SET n = n - 1 WHERE year = ${row}.year AND from_class = ${row}.from_class AND to_class = ${row}.to_class
        AND (kecamatan, sector) = (SELECT u.kecamatan, u.sector FROM umkm u WHERE u.id = ${row}.umkm_id AND u.deleted_at IS NULL);`;
    await q.query(`CREATE TRIGGER rekap_naik_kelas_ai AFTER INSERT ON perpindahan_tahunan BEGIN ${naikIn('new')} END`);
    await q.query(`CREATE TRIGGER rekap_naik_kelas_ad AFTER DELETE ON perpindahan_tahunan BEGIN ${naikOut('old')} END`);
    await q.query(`CREATE TRIGGER rekap_naik_kelas_au AFTER UPDATE ON perpindahan_tahunan BEGIN ${naikOut('old')} ${naikIn('new')} END`);
    const umkmMoves = (row: 'old' | 'new', delta: '+ 1' | '- 1') =>
      delta === '+ 1'
        ? `INSERT INTO rekap_naik_kelas (${NAIK_KEY}, n) SELECT p.year, ${row}.kecamatan, ${row}.sector, p.from_class, p.to_class, COUNT(*) FROM perpindahan_tahunan p
            WHERE ${row}.deleted_at IS NULL AND p.umkm_id = ${row}.id GROUP BY 1, 2, 3, 4, 5 ON CONFLICT (${NAIK_KEY}) DO UPDATE SET n = n + excluded.n;`
        : `UPDATE rekap_naik_kelas SET n = n - (SELECT COUNT(*) FROM perpindahan_tahunan p WHERE p.umkm_id = ${row}.id AND p.year = rekap_naik_kelas.year
              AND p.from_class = rekap_naik_kelas.from_class AND p.to_class = rekap_naik_kelas.to_class)
            WHERE ${row}.deleted_at IS NULL AND kecamatan = ${row}.kecamatan AND sector = ${row}.sector
              AND (year, from_class, to_class) IN (SELECT p.year, p.from_class, p.to_class FROM perpindahan_tahunan p WHERE p.umkm_id = ${row}.id);`;
    await q.query(`CREATE TRIGGER rekap_naik_kelas_umkm_au AFTER UPDATE OF kecamatan, sector, deleted_at ON umkm
      WHEN old.kecamatan IS NOT new.kecamatan OR old.sector IS NOT new.sector OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL)
      BEGIN ${umkmMoves('old', '- 1')} ${umkmMoves('new', '+ 1')} END`);
    await q.query(`CREATE TRIGGER rekap_naik_kelas_umkm_bd BEFORE DELETE ON umkm BEGIN ${umkmMoves('old', '- 1')} END`);
    await q.query(`INSERT INTO rekap_naik_kelas (${NAIK_KEY}, n) SELECT p.year, u.kecamatan, u.sector, p.from_class, p.to_class, COUNT(*)
      FROM perpindahan_tahunan p JOIN umkm u ON u.id = p.umkm_id WHERE u.deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5`);

    // Moves per year and direction (the dashboard's; deleted UMKM's are subtracted by the service).
    await q.query(`CREATE TABLE rekap_perpindahan (year integer NOT NULL, direction varchar NOT NULL, n integer NOT NULL, PRIMARY KEY (year, direction)) WITHOUT ROWID`);
    const moveIn = `INSERT INTO rekap_perpindahan (year, direction, n) VALUES (${YEAR('new.date')}, new.direction, 1) ON CONFLICT (year, direction) DO UPDATE SET n = n + 1;`;
    const moveOut = `UPDATE rekap_perpindahan SET n = n - 1 WHERE year = ${YEAR('old.date')} AND direction = old.direction;`;
    await q.query(`CREATE TRIGGER rekap_perpindahan_ai AFTER INSERT ON kelas_perpindahan BEGIN ${moveIn} END`);
    await q.query(`CREATE TRIGGER rekap_perpindahan_ad AFTER DELETE ON kelas_perpindahan BEGIN ${moveOut} END`);
    await q.query(`CREATE TRIGGER rekap_perpindahan_au AFTER UPDATE OF date, direction ON kelas_perpindahan BEGIN ${moveOut} ${moveIn} END`);
    await q.query(`INSERT INTO rekap_perpindahan (year, direction, n) SELECT ${YEAR('date')}, direction, COUNT(*) FROM kelas_perpindahan GROUP BY 1, 2`);

    await q.query(`INSERT INTO riwayat_tahunan (umkm_id, year, n) SELECT umkm_id, ${YEAR('date')}, COUNT(*) FROM riwayat_kelas ${LIVE} GROUP BY 1, 2`);
    await q.query(`INSERT INTO rekap_tercatat (year, kecamatan, sector, n)
      SELECT t.year, u.kecamatan, u.sector, COUNT(*) FROM riwayat_tahunan t JOIN umkm u ON u.id = t.umkm_id WHERE u.deleted_at IS NULL GROUP BY 1, 2, 3`);

    // PRAGMA optimize ran at open, before these indexes existed: their statistics now, sampled
    // (analysis_limit) so an upgrade of 200,000 UMKM takes a moment, as optimize itself does.
    const [row] = (await q.query(`PRAGMA analysis_limit`)) as Array<{ analysis_limit: number }>;
    const limit = row?.analysis_limit ?? 0;
    await q.query(`PRAGMA analysis_limit = 1000`);
    for (const table of ['umkm', 'kelas_perpindahan', 'riwayat_tahunan']) await q.query(`ANALYZE ${table}`);
    await q.query(`PRAGMA analysis_limit = ${Number(limit)}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['rekap_perpindahan_au', 'rekap_perpindahan_ad', 'rekap_perpindahan_ai', 'rekap_naik_kelas_umkm_bd', 'rekap_naik_kelas_umkm_au']) await q.query(`DROP TRIGGER ${t}`);
    for (const t of ['rekap_naik_kelas_au', 'rekap_naik_kelas_ad', 'rekap_naik_kelas_ai', 'perpindahan_tahunan_au', 'perpindahan_tahunan_ad', 'perpindahan_tahunan_ai']) await q.query(`DROP TRIGGER ${t}`);
    for (const t of ['rekap_perpindahan', 'rekap_naik_kelas', 'perpindahan_tahunan']) await q.query(`DROP TABLE ${t}`);
    for (const t of ['rekap_tercatat_umkm_bd', 'rekap_tercatat_umkm_au', 'riwayat_tahunan_au', 'riwayat_tahunan_ad', 'riwayat_tahunan_ai']) await q.query(`DROP TRIGGER ${t}`);
    for (const t of ['rekap_kelas_tahunan_au', 'rekap_kelas_tahunan_ad', 'rekap_kelas_tahunan_ai', 'rekap_umkm_au', 'rekap_umkm_ad', 'rekap_umkm_ai']) await q.query(`DROP TRIGGER ${t}`);
    for (const t of ['rekap_tercatat', 'riwayat_tahunan', 'rekap_kelas_tahunan', 'rekap_umkm']) await q.query(`DROP TABLE ${t}`);
    await q.query(`DROP INDEX ix_perpindahan_ends`);
    await q.query(`DROP INDEX ix_umkm_by_nib`);
    await q.query(`DROP INDEX ix_umkm_by_nik`);
    for (const name of Object.keys(SORT_INDEXES)) await q.query(`DROP INDEX ${name}`);
    for (const [name, columns] of Object.entries(REPLACED)) await q.query(`CREATE INDEX ${name} ON umkm (${columns}) ${LIVE}`);
  }
}
