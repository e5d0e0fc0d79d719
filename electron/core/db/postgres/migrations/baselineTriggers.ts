// The triggers of the PostgreSQL baseline (PostgresSchema1765411200000): SQLite's triggers of
// migrations 6 and 8 (audit_log append-only; the counts rekap_*, riwayat_tahunan and
// perpindahan_tahunan) as PL/pgSQL functions with the same effect, statement for statement and in
// the same order. Frozen with the baseline: a later change is a migration of its own.
//
// What changes from SQLite's text, and why:
// - `IS NOT` is `IS DISTINCT FROM`; a subquery in FROM needs its alias.
// - `ON CONFLICT … DO UPDATE SET n = <table>.n + 1`: PostgreSQL sees both the row and `excluded`.
// - The moves' year ends compare dates and pick MIN/MAX COLLATE "C": byte order, as SQLite's.
// - A BEFORE DELETE function returns OLD (NULL would cancel the delete); AFTER ones return NULL.
// - A row trigger fires once the statement has written all its rows, where SQLite fires after each
//   row: the counts are sums of ±1, and the year ends are recomputed from the moves as they stand,
//   so a statement of many rows leaves the same counts.
// - Two clerks at once (SQLite lets one writer at a time; PostgreSQL runs both, READ COMMITTED):
//   every statement is one atomic upsert or update keyed by the counted row, read again by the next
//   statement, so no count is lost between them; the year ends' re-insert takes the other clerk's
//   row if one came first (ON CONFLICT). A count that files a record or a yearly move under its
//   UMKM's kecamatan and sector first locks that UMKM's row (FOR NO KEY UPDATE, as an UPDATE of it
//   does): a clerk moving the UMKM, deleting or restoring it waits for the record, or the record
//   for the move, and each then reads what the other committed; without it a record added while
//   the UMKM moved stayed counted in its old kecamatan. Foreign keys' own locks (KEY SHARE) do not
//   wait for a non-key UPDATE, hence the lock.

type Row = 'NEW' | 'OLD';

const YEAR = (row: Row) => `CAST(substr(${row}.date, 1, 4) AS integer)`;

/** Locks the UMKM of the rows (in id order, so two clerks never wait on each other in a circle). */
const lockUmkm = (...rows: Row[]) => `
    PERFORM 1 FROM umkm WHERE id IN (${rows.map((r) => `${r}.umkm_id`).join(', ')}) ORDER BY id FOR NO KEY UPDATE;`;

// umkm → rekap_umkm: the live UMKM per kecamatan, kelurahan, class, sector, status and market reach.
const UMKM_KEY = 'kecamatan, kelurahan, class, sector, status, market_reach';
const umkmIn = (r: Row) => `INSERT INTO rekap_umkm (${UMKM_KEY}, n) SELECT ${r}.kecamatan, ${r}.kelurahan, ${r}.class, ${r}.sector, ${r}.status, ${r}.market_reach, 1
    WHERE ${r}.deleted_at IS NULL ON CONFLICT (${UMKM_KEY}) DO UPDATE SET n = rekap_umkm.n + 1;`;
const umkmOut = (r: Row) => `UPDATE rekap_umkm SET n = n - 1 WHERE ${r}.deleted_at IS NULL AND kecamatan = ${r}.kecamatan AND kelurahan = ${r}.kelurahan
    AND class = ${r}.class AND sector = ${r}.sector AND status = ${r}.status AND market_reach = ${r}.market_reach;`;

// kelas_tahunan → rekap_kelas_tahunan.
const yearClassIn = (r: Row) =>
  `INSERT INTO rekap_kelas_tahunan (year, class, n) VALUES (${r}.year, ${r}.class, 1) ON CONFLICT (year, class) DO UPDATE SET n = rekap_kelas_tahunan.n + 1;`;
const yearClassOut = (r: Row) => `UPDATE rekap_kelas_tahunan SET n = n - 1 WHERE year = ${r}.year AND class = ${r}.class;`;

// riwayat_kelas → riwayat_tahunan (live records per UMKM and year) and rekap_tercatat (live UMKM
// with a live record in the year, per kecamatan and sector: counted when its first record comes).
const recordIn = (r: Row) => `
    INSERT INTO riwayat_tahunan (umkm_id, year, n) SELECT ${r}.umkm_id, ${YEAR(r)}, 1 WHERE ${r}.deleted_at IS NULL
      ON CONFLICT (umkm_id, year) DO UPDATE SET n = riwayat_tahunan.n + 1;
    INSERT INTO rekap_tercatat (year, kecamatan, sector, n)
      SELECT t.year, u.kecamatan, u.sector, 1 FROM riwayat_tahunan t JOIN umkm u ON u.id = t.umkm_id
      WHERE ${r}.deleted_at IS NULL AND t.umkm_id = ${r}.umkm_id AND t.year = ${YEAR(r)} AND t.n = 1 AND u.deleted_at IS NULL
      ON CONFLICT (year, kecamatan, sector) DO UPDATE SET n = rekap_tercatat.n + 1;`;
const recordOut = (r: Row) => `
    UPDATE riwayat_tahunan SET n = n - 1 WHERE ${r}.deleted_at IS NULL AND umkm_id = ${r}.umkm_id AND year = ${YEAR(r)};
    UPDATE rekap_tercatat SET n = n - 1 WHERE ${r}.deleted_at IS NULL AND year = ${YEAR(r)}
      AND (kecamatan, sector) = (SELECT u.kecamatan, u.sector FROM umkm u WHERE u.id = ${r}.umkm_id AND u.deleted_at IS NULL)
      AND (SELECT t.n FROM riwayat_tahunan t WHERE t.umkm_id = ${r}.umkm_id AND t.year = ${YEAR(r)}) = 0;
    DELETE FROM riwayat_tahunan WHERE ${r}.deleted_at IS NULL AND umkm_id = ${r}.umkm_id AND year = ${YEAR(r)} AND n = 0;`;

// A UMKM that moves kecamatan or sector, is deleted or restored takes its recorded years along.
const umkmYearsIn = (r: Row) => `INSERT INTO rekap_tercatat (year, kecamatan, sector, n) SELECT t.year, ${r}.kecamatan, ${r}.sector, 1 FROM riwayat_tahunan t
    WHERE ${r}.deleted_at IS NULL AND t.umkm_id = ${r}.id AND t.n > 0 ON CONFLICT (year, kecamatan, sector) DO UPDATE SET n = rekap_tercatat.n + 1;`;
const umkmYearsOut = (r: Row) => `UPDATE rekap_tercatat SET n = n - 1 WHERE ${r}.deleted_at IS NULL AND kecamatan = ${r}.kecamatan AND sector = ${r}.sector
    AND year IN (SELECT t.year FROM riwayat_tahunan t WHERE t.umkm_id = ${r}.id AND t.n > 0);`;

// kelas_perpindahan → perpindahan_tahunan: a UMKM's move over the calendar year of the move
// written or removed, from the first from_class and last to_class in (1 January, 31 December].
const yearEnds = (r: Row) => `
    DELETE FROM perpindahan_tahunan WHERE year = ${YEAR(r)} AND umkm_id = ${r}.umkm_id;
    INSERT INTO perpindahan_tahunan (year, umkm_id, from_class, to_class)
      SELECT y, umkm_id, f, t FROM (SELECT ${YEAR(r)} AS y, m.umkm_id,
          substr(MIN((m.date || m.from_class) COLLATE "C"), 11) AS f, substr(MAX((m.date || m.to_class) COLLATE "C"), 11) AS t
        FROM kelas_perpindahan m WHERE m.umkm_id = ${r}.umkm_id
          AND m.date COLLATE "C" > substr(${r}.date, 1, 4) || '-01-01' AND m.date COLLATE "C" <= substr(${r}.date, 1, 4) || '-12-31'
        GROUP BY m.umkm_id) ends WHERE f <> t
      ON CONFLICT (year, umkm_id) DO UPDATE SET from_class = excluded.from_class, to_class = excluded.to_class;`;

// perpindahan_tahunan → rekap_naik_kelas: the live UMKM's moves per kecamatan, sector and classes.
const NAIK_KEY = 'year, kecamatan, sector, from_class, to_class';
const naikIn = (r: Row) => `INSERT INTO rekap_naik_kelas (${NAIK_KEY}, n) SELECT ${r}.year, u.kecamatan, u.sector, ${r}.from_class, ${r}.to_class, 1
    FROM umkm u WHERE u.id = ${r}.umkm_id AND u.deleted_at IS NULL ON CONFLICT (${NAIK_KEY}) DO UPDATE SET n = rekap_naik_kelas.n + 1;`;
const naikOut = (r: Row) => `UPDATE rekap_naik_kelas SET n = n - 1 WHERE year = ${r}.year AND from_class = ${r}.from_class AND to_class = ${r}.to_class
    AND (kecamatan, sector) = (SELECT u.kecamatan, u.sector FROM umkm u WHERE u.id = ${r}.umkm_id AND u.deleted_at IS NULL);`;
// A UMKM that moves kecamatan or sector, is deleted or restored takes its yearly moves along.
const umkmMovesIn = (r: Row) => `INSERT INTO rekap_naik_kelas (${NAIK_KEY}, n) SELECT p.year, ${r}.kecamatan, ${r}.sector, p.from_class, p.to_class, COUNT(*)
    FROM perpindahan_tahunan p WHERE ${r}.deleted_at IS NULL AND p.umkm_id = ${r}.id GROUP BY p.year, p.from_class, p.to_class
    ON CONFLICT (${NAIK_KEY}) DO UPDATE SET n = rekap_naik_kelas.n + excluded.n;`;
const umkmMovesOut = (r: Row) => `UPDATE rekap_naik_kelas SET n = n - (SELECT COUNT(*) FROM perpindahan_tahunan p WHERE p.umkm_id = ${r}.id AND p.year = rekap_naik_kelas.year
      AND p.from_class = rekap_naik_kelas.from_class AND p.to_class = rekap_naik_kelas.to_class)
    WHERE ${r}.deleted_at IS NULL AND kecamatan = ${r}.kecamatan AND sector = ${r}.sector
      AND (year, from_class, to_class) IN (SELECT p.year, p.from_class, p.to_class FROM perpindahan_tahunan p WHERE p.umkm_id = ${r}.id);`;

// kelas_perpindahan → rekap_perpindahan: every move per year and direction.
const moveIn = `INSERT INTO rekap_perpindahan (year, direction, n) VALUES (${YEAR('NEW')}, NEW.direction, 1)
    ON CONFLICT (year, direction) DO UPDATE SET n = rekap_perpindahan.n + 1;`;
const moveOut = `UPDATE rekap_perpindahan SET n = n - 1 WHERE year = ${YEAR('OLD')} AND direction = OLD.direction;`;

/** Only when the UMKM's kecamatan, sector or being live changes. */
const UMKM_PLACE_CHANGED = `OLD.kecamatan IS DISTINCT FROM NEW.kecamatan OR OLD.sector IS DISTINCT FROM NEW.sector
      OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)`;

interface Trigger {
  /** The trigger's name, and its function's (SQLite's trigger name). */
  name: string;
  table: string;
  /** e.g. 'AFTER INSERT', 'AFTER UPDATE OF date, direction', 'BEFORE DELETE'. */
  when: string;
  condition?: string;
  body: string;
}

export const TRIGGERS: Trigger[] = [
  { name: 'rekap_umkm_ai', table: 'umkm', when: 'AFTER INSERT', body: umkmIn('NEW') },
  { name: 'rekap_umkm_ad', table: 'umkm', when: 'AFTER DELETE', body: umkmOut('OLD') },
  { name: 'rekap_umkm_au', table: 'umkm', when: `AFTER UPDATE OF ${UMKM_KEY}, deleted_at`, body: umkmOut('OLD') + umkmIn('NEW') },
  { name: 'rekap_kelas_tahunan_ai', table: 'kelas_tahunan', when: 'AFTER INSERT', body: yearClassIn('NEW') },
  { name: 'rekap_kelas_tahunan_ad', table: 'kelas_tahunan', when: 'AFTER DELETE', body: yearClassOut('OLD') },
  { name: 'rekap_kelas_tahunan_au', table: 'kelas_tahunan', when: 'AFTER UPDATE OF year, class', body: yearClassOut('OLD') + yearClassIn('NEW') },
  { name: 'riwayat_tahunan_ai', table: 'riwayat_kelas', when: 'AFTER INSERT', body: lockUmkm('NEW') + recordIn('NEW') },
  { name: 'riwayat_tahunan_ad', table: 'riwayat_kelas', when: 'AFTER DELETE', body: lockUmkm('OLD') + recordOut('OLD') },
  {
    name: 'riwayat_tahunan_au',
    table: 'riwayat_kelas',
    when: 'AFTER UPDATE OF umkm_id, date, deleted_at',
    body: lockUmkm('OLD', 'NEW') + recordOut('OLD') + recordIn('NEW'),
  },
  {
    name: 'rekap_tercatat_umkm_au',
    table: 'umkm',
    when: 'AFTER UPDATE OF kecamatan, sector, deleted_at',
    condition: UMKM_PLACE_CHANGED,
    body: umkmYearsOut('OLD') + umkmYearsIn('NEW'),
  },
  // A UMKM removed for good: its years leave the counts before it goes (its records follow it by
  // cascade, after it is gone, and then find no live UMKM to count against).
  { name: 'rekap_tercatat_umkm_bd', table: 'umkm', when: 'BEFORE DELETE', body: umkmYearsOut('OLD') },
  { name: 'perpindahan_tahunan_ai', table: 'kelas_perpindahan', when: 'AFTER INSERT', body: yearEnds('NEW') },
  { name: 'perpindahan_tahunan_ad', table: 'kelas_perpindahan', when: 'AFTER DELETE', body: yearEnds('OLD') },
  { name: 'perpindahan_tahunan_au', table: 'kelas_perpindahan', when: 'AFTER UPDATE', body: yearEnds('OLD') + yearEnds('NEW') },
  { name: 'rekap_naik_kelas_ai', table: 'perpindahan_tahunan', when: 'AFTER INSERT', body: lockUmkm('NEW') + naikIn('NEW') },
  { name: 'rekap_naik_kelas_ad', table: 'perpindahan_tahunan', when: 'AFTER DELETE', body: lockUmkm('OLD') + naikOut('OLD') },
  { name: 'rekap_naik_kelas_au', table: 'perpindahan_tahunan', when: 'AFTER UPDATE', body: lockUmkm('OLD', 'NEW') + naikOut('OLD') + naikIn('NEW') },
  {
    name: 'rekap_naik_kelas_umkm_au',
    table: 'umkm',
    when: 'AFTER UPDATE OF kecamatan, sector, deleted_at',
    condition: UMKM_PLACE_CHANGED,
    body: umkmMovesOut('OLD') + umkmMovesIn('NEW'),
  },
  { name: 'rekap_naik_kelas_umkm_bd', table: 'umkm', when: 'BEFORE DELETE', body: umkmMovesOut('OLD') },
  { name: 'rekap_perpindahan_ai', table: 'kelas_perpindahan', when: 'AFTER INSERT', body: moveIn },
  { name: 'rekap_perpindahan_ad', table: 'kelas_perpindahan', when: 'AFTER DELETE', body: moveOut },
  { name: 'rekap_perpindahan_au', table: 'kelas_perpindahan', when: 'AFTER UPDATE OF date, direction', body: moveOut + moveIn },
];

/** The function and the row trigger that runs it. */
export function triggerSql(t: Trigger): [string, string] {
  // A BEFORE trigger that returns NULL skips the row; these only count, so the row goes on.
  const result = t.when.startsWith('BEFORE') ? 'OLD' : 'NULL';
  return [
    `CREATE FUNCTION ${t.name}() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    ${t.body.trim()}
    RETURN ${result};
  END
$fn$`,
    `CREATE TRIGGER ${t.name} ${t.when} ON ${t.table} FOR EACH ROW${t.condition ? `\n    WHEN (${t.condition})` : ''} EXECUTE FUNCTION ${t.name}()`,
  ];
}

// The audit trail is append-only: UPDATE and DELETE of a line are refused, whoever asks (the app,
// psql, a script), with SQLite's message; TRUNCATE too, which PostgreSQL runs without row triggers.
export const AUDIT_APPEND_ONLY: string[] = [
  `CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'restrict_violation';
  END
$fn$`,
  `CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
  `CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
  `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`,
];

/** Every function above, for the way down (their triggers go with their tables). */
export const FUNCTIONS = [...TRIGGERS.map((t) => t.name), 'audit_log_append_only'];
