// PostgreSQL's migrations (the baseline PostgresSchema1765411200000 and those after it) against the app's SQLite schema, on
// a real server (env KEMITRAAN_TEST_PG; each group its own database, all dropped afterwards):
// - from an empty database it makes the same tables, columns, keys, foreign keys, CHECKs, indexes
//   and triggers as SQLite's migrations, TypeORM's entities find their columns as they describe
//   them, and the way down leaves no table;
// - one script of raw writes leaves every count the triggers keep equal, row for row, on both engines
//   (and equal to a count of the tables themselves); clerks writing at once lose no count, and one
//   adding a record waits for another moving its UMKM (and the other way round);
// - the audit trail refuses UPDATE, DELETE and TRUNCATE; the partial unique indexes refuse a second
//   active NIK or NIB, the username index a second account in other capitals;
// - the registry's search is an index scan of ix_umkm_search at 20,000 UMKM.
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ENTITIES } from '../../../electron/core/db/entities';
import { openDatabase, type Database } from '../../../electron/core/db/openDatabase';
import type { SqliteDb } from '../../../electron/core/db/database';
import { POSTGRES_MIGRATIONS } from '../../../electron/core/db/postgres/migrations';
import { SEARCH_TEXT } from '../../../electron/core/db/postgres/searchText';
import { freshPgDatabase, PG_SKIP_REASON, pgUrl } from '../../support/pgTest';
import { tempDir } from '../../support/tempDir';
import { TRIGGER_SCRIPT, UMKM_STEPS, SUMMARY_ROWS } from './triggerScript';

const url = pgUrl();
if (!url) console.warn(PG_SKIP_REASON);

/** The columns of issue 14 that PostgreSQL's baseline has and SQLite gets in a migration of its own. */
const ISSUE14_COLUMNS = new Set(
  [...['umkm', 'mitra', 'komunitas', 'kemitraan', 'kegiatan', 'riwayat_kelas'].flatMap((t) => [`${t}.version`, `${t}.updated_by`]), 'audit_log.workstation'],
);
/** SQLite's NOCASE name columns, which collate "und-x-icu" on PostgreSQL. */
const NAME_COLUMNS = ['umkm.business_name', 'umkm.owner_name', 'mitra.name', 'komunitas.name'];

type Rows = Array<Record<string, unknown>>;

describe.skipIf(!url)('PostgreSQL baseline schema', () => {
  const drops: Array<() => Promise<void>> = [];
  const sqlites: Database[] = [];
  const dirs: Array<{ remove: () => void }> = [];

  afterAll(async () => {
    for (const db of sqlites) await db.close().catch(() => undefined);
    for (const d of dirs) d.remove();
    // Every database made here goes, whatever the tests did (drop() ends its sessions first).
    const failed: unknown[] = [];
    for (const drop of drops) await drop().catch((e: unknown) => failed.push(e));
    if (failed.length) throw failed[0];
  });

  /** A fresh database on the server with the migrations run, through TypeORM as the app will. */
  async function migratedPg(): Promise<DataSource> {
    const db = await freshPgDatabase();
    const ds = new DataSource({
      type: 'postgres',
      url: db.url,
      entities: ENTITIES,
      migrations: POSTGRES_MIGRATIONS,
      migrationsTransactionMode: 'each',
      synchronize: false,
      logging: false,
    });
    drops.push(async () => {
      if (ds.isInitialized) await ds.destroy();
      await db.drop();
    });
    await ds.initialize();
    const ran = await ds.runMigrations();
    expect(ran.map((m) => m.name)).toEqual(POSTGRES_MIGRATIONS.map((M) => new M().name));
    return ds;
  }

  /** A fresh SQLite file with the app's migrations, as the app opens one. */
  async function freshSqlite(): Promise<SqliteDb> {
    const dir = tempDir('kemitraan-pgschema-');
    dirs.push(dir);
    const db = await openDatabase({ file: path.join(dir.dir, 'test.sqlite') });
    sqlites.push(db);
    if (db.kind !== 'sqlite') throw new Error('openDatabase opened something other than SQLite');
    return db;
  }

  describe('from an empty database', () => {
    let ds: DataSource;
    let lite: SqliteDb;
    beforeAll(async () => {
      ds = await migratedPg();
      lite = await freshSqlite();
    }, 60_000);

    const sqliteTables = () =>
      (lite.raw.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'umkm_fts%' ORDER BY name`).all() as Array<{ name: string; sql: string }>);

    it('has SQLite tables with their columns, types, NOT NULLs, defaults, primary keys and CHECKs', async () => {
      const pgTables = ((await ds.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`)) as Rows).map((r) => r.table_name);
      expect(pgTables).toEqual(sqliteTables().map((t) => t.name));

      for (const { name: table, sql } of sqliteTables()) {
        if (table === 'migrations') continue; // TypeORM's own, made by each driver its own way
        const liteCols = lite.raw.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string; type: string; notnull: number; dflt_value: string | null; pk: number }>;
        const pgCols = (await ds.query(
          `SELECT c.column_name AS name, c.udt_name AS udt, c.character_maximum_length AS len, c.is_nullable = 'NO' AS notnull, c.column_default AS dflt,
             EXISTS (SELECT 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
               WHERE i.indrelid = c.table_name::text::regclass AND i.indisprimary AND a.attname = c.column_name) AS pk
           FROM information_schema.columns c WHERE c.table_schema = 'public' AND c.table_name = $1 ORDER BY c.ordinal_position`,
          [table],
        )) as Array<{ name: string; udt: string; len: number | null; notnull: boolean; dflt: string | null; pk: boolean }>;

        const pgType = (c: (typeof pgCols)[number]) => ({ int4: 'integer', int8: 'bigint', text: 'text', varchar: c.len ? `varchar(${c.len})` : 'varchar' })[c.udt] ?? c.udt;
        // SQLite's '' on the chain's hashes only let ALTER TABLE add them; PostgreSQL's never need it.
        const liteDefault = (t: string, c: (typeof liteCols)[number]) => (t === 'audit_log' && (c.name === 'prev_hash' || c.name === 'hash') ? null : c.dflt_value);
        const pgDefault = (c: (typeof pgCols)[number]) => (c.dflt?.startsWith('nextval(') ? null : (c.dflt?.replace(/::[a-z ]+$/, '') ?? null));
        const shapeLite = liteCols.map((c) => ({ name: c.name, type: c.type.toLowerCase(), notnull: c.notnull === 1, dflt: liteDefault(table, c), pk: c.pk > 0 }));
        const shapePg = pgCols
          .filter((c) => liteCols.some((l) => l.name === c.name) || !ISSUE14_COLUMNS.has(`${table}.${c.name}`))
          .map((c) => ({ name: c.name, type: pgType(c), notnull: c.notnull, dflt: pgDefault(c), pk: c.pk }));
        expect(shapePg, table).toEqual(shapeLite);
        // An id is serial on PostgreSQL where SQLite's is AUTOINCREMENT.
        expect(pgCols.filter((c) => c.dflt?.startsWith('nextval(')).map((c) => c.name), `${table}: serial`).toEqual(/AUTOINCREMENT/.test(sql) ? ['id'] : []);

        const [{ n: checks }] = (await ds.query(`SELECT COUNT(*)::int AS n FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'c'`, [table])) as [{ n: number }];
        expect(checks, `${table}: CHECKs`).toBe(sql.match(/CHECK \(/g)?.length ?? 0);
      }
    });

    it('has the columns of several clerks (issue 14), and the name columns collate "und-x-icu"', async () => {
      const cols = (await ds.query(
        `SELECT table_name || '.' || column_name AS col, udt_name AS udt, is_nullable AS nullable, column_default AS dflt, collation_name AS coll
         FROM information_schema.columns WHERE table_schema = 'public'`,
      )) as Array<{ col: string; udt: string; nullable: string; dflt: string | null; coll: string | null }>;
      const byName = new Map(cols.map((c) => [c.col, c]));
      for (const col of ISSUE14_COLUMNS) {
        const c = byName.get(col);
        expect(c, col).toBeDefined();
        if (col.endsWith('.version')) expect([c!.udt, c!.nullable, c!.dflt], col).toEqual(['int4', 'NO', '1']);
        else expect([c!.udt, c!.nullable, c!.dflt], col).toEqual(['varchar', 'YES', null]);
      }
      expect(cols.filter((c) => c.coll !== null).map((c) => `${c.col} ${c.coll}`).sort()).toEqual(NAME_COLUMNS.map((c) => `${c} und-x-icu`).sort());
    });

    it('has SQLite foreign keys with their ON DELETE actions', async () => {
      const action: Record<string, string> = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };
      const pg = ((await ds.query(
        `SELECT c.conrelid::regclass::text AS tbl, a.attname AS col, c.confrelid::regclass::text AS ref, f.attname AS refcol, c.confdeltype AS del
         FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
         JOIN pg_attribute f ON f.attrelid = c.confrelid AND f.attnum = c.confkey[1]
         WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
      )) as Rows).map((r) => `${r.tbl}.${r.col} → ${r.ref}.${r.refcol} ON DELETE ${action[String(r.del)]}`);
      const expected = sqliteTables().flatMap(({ name }) =>
        (lite.raw.prepare(`PRAGMA foreign_key_list(${name})`).all() as Array<{ table: string; from: string; to: string; on_delete: string }>).map(
          (f) => `${name}.${f.from} → ${f.table}.${f.to} ON DELETE ${f.on_delete}`,
        ),
      );
      expect(expected.length).toBeGreaterThan(10);
      expect(pg.sort()).toEqual(expected.sort());
    });

    it('has SQLite indexes, unique and partial alike, and the search index for FTS5', async () => {
      const pg = ((await ds.query(
        `SELECT ic.relname AS name, t.relname AS tbl, i.indisunique AS uniq, i.indpred IS NOT NULL AS partial
         FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
         WHERE t.relnamespace = 'public'::regnamespace AND NOT i.indisprimary`,
      )) as Rows).map((r) => `${r.tbl}.${r.name}${r.uniq ? ' unique' : ''}${r.partial ? ' partial' : ''}`);
      const expected = sqliteTables().flatMap(({ name }) =>
        (lite.raw.prepare(`PRAGMA index_list(${name})`).all() as Array<{ name: string; unique: number; origin: string; partial: number }>)
          .filter((i) => i.origin === 'c')
          .map((i) => `${name}.${i.name}${i.unique ? ' unique' : ''}${i.partial ? ' partial' : ''}`),
      );
      expect(expected.length).toBeGreaterThan(40);
      // PostgreSQL's own: the trigram index, and the prefixes of one or two characters (postgresSearch.ts).
      const own = ['ix_umkm_search', 'ix_umkm_prefix_name partial', 'ix_umkm_prefix_owner partial', 'ix_umkm_prefix_nik partial', 'ix_umkm_prefix_nib partial'].map((n) => `umkm.${n}`);
      expect(pg.sort()).toEqual([...expected, ...own].sort());
      const [search] = (await ds.query(`SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_umkm_search'`)) as Array<{ indexdef: string }>;
      expect(search!.indexdef).toMatch(/USING gin .*gin_trgm_ops/);
      const [user] = (await ds.query(`SELECT indexdef FROM pg_indexes WHERE indexname = 'ux_pengguna_username'`)) as Array<{ indexdef: string }>;
      expect(user!.indexdef).toMatch(/UNIQUE INDEX .* \(lower\(\(username\)::text\)\)/);
    });

    it('has SQLite triggers (less the FTS5 ones), on the same tables, and one against TRUNCATE of the audit trail', async () => {
      const pg = ((await ds.query(`SELECT tgname, tgrelid::regclass::text AS tbl FROM pg_trigger WHERE NOT tgisinternal`)) as Rows).map((r) => `${r.tbl}.${r.tgname}`);
      const expected = (lite.raw.prepare(`SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'`).all() as Array<{ name: string; tbl_name: string }>)
        .filter((t) => !t.name.startsWith('umkm_fts_'))
        .map((t) => `${t.tbl_name}.${t.name}`);
      expect(expected.length).toBeGreaterThan(20);
      expect(pg.sort()).toEqual([...expected, 'audit_log.audit_log_no_truncate'].sort());
    });

    it("leaves TypeORM's schema builder no change to make to the entities' columns", async () => {
      const log = await ds.driver.createSchemaBuilder().log();
      const queries = log.upQueries.map((q) => q.query);
      // The entities know no foreign key, CHECK, partial or expression index (the migration owns
      // them; synchronize is never on), so the builder would drop or remake those: not columns.
      const aboutColumns = queries.filter((q) => /^(CREATE|DROP) TABLE|ADD COLUMN|DROP COLUMN|ALTER COLUMN|PRIMARY KEY|"PK_/.test(q));
      // The entities declare no collation: the builder would set the four NOCASE name columns' to
      // none. issue 14 decides "und-x-icu" for them on PostgreSQL; nothing else may differ.
      const collation = new RegExp(`^ALTER TABLE "(${NAME_COLUMNS.map((c) => c.split('.')[0]).join('|')})" ALTER COLUMN "(business_name|owner_name|name)" TYPE character varying COLLATE "undefined"$`);
      expect(queries.filter((q) => collation.test(q)), 'the name columns, as issue 14 decided').toHaveLength(NAME_COLUMNS.length);
      expect(aboutColumns.filter((q) => !collation.test(q))).toEqual([]);
    });

    it('goes down to an empty database, and up again', async () => {
      for (let i = 0; i < POSTGRES_MIGRATIONS.length; i++) await ds.undoLastMigration();
      expect(await ds.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`)).toEqual([{ table_name: 'migrations' }]);
      // No function of the schema is left (pg_trgm's belong to the extension, which stays).
      const own = (await ds.query(`SELECT p.proname FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')`)) as Rows;
      expect(own).toEqual([]);
      expect(await ds.query(`SELECT name FROM migrations`)).toEqual([]);
      expect((await ds.runMigrations()).map((m) => m.name)).toEqual(POSTGRES_MIGRATIONS.map((M) => new M().name));
    });
  });

  describe('the counts the triggers keep', () => {
    let ds: DataSource;
    let lite: SqliteDb;
    beforeAll(async () => {
      ds = await migratedPg();
      lite = await freshSqlite();
    }, 60_000);

    const KEPT = SUMMARY_ROWS;
    const YEAR_ENDS = `SELECT y, umkm_id, f, t FROM (SELECT CAST(substr(date, 1, 4) AS integer) AS y, umkm_id,
        substr(MIN(date || from_class), 11) AS f, substr(MAX(date || to_class), 11) AS t
      FROM kelas_perpindahan WHERE substr(date, 6) <> '01-01' GROUP BY 1, 2) e WHERE f <> t`;
    /** The same counts made from the tables they count. */
    const COUNTED: Record<string, string> = {
      rekap_umkm: `SELECT kecamatan, kelurahan, class, sector, status, market_reach, COUNT(*) FROM umkm WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5, 6`,
      rekap_tercatat: `SELECT t.y, u.kecamatan, u.sector, COUNT(*) FROM (SELECT DISTINCT umkm_id, CAST(substr(date, 1, 4) AS integer) AS y FROM riwayat_kelas WHERE deleted_at IS NULL) t
        JOIN umkm u ON u.id = t.umkm_id WHERE u.deleted_at IS NULL GROUP BY 1, 2, 3`,
      rekap_naik_kelas: `SELECT e.y, u.kecamatan, u.sector, e.f, e.t, COUNT(*) FROM (${YEAR_ENDS}) e JOIN umkm u ON u.id = e.umkm_id WHERE u.deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5`,
      rekap_perpindahan: `SELECT CAST(substr(date, 1, 4) AS integer), direction, COUNT(*) FROM kelas_perpindahan GROUP BY 1, 2`,
      rekap_kelas_tahunan: `SELECT year, class, COUNT(*) FROM kelas_tahunan GROUP BY 1, 2`,
      riwayat_tahunan: `SELECT umkm_id, CAST(substr(date, 1, 4) AS integer), COUNT(*) FROM riwayat_kelas WHERE deleted_at IS NULL GROUP BY 1, 2`,
      perpindahan_tahunan: YEAR_ENDS,
    };
    const lines = (rows: Rows) => rows.map((r) => JSON.stringify(Object.values(r).map((v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v)))).sort();
    const onLite = (sql: string) => lines(lite.raw.prepare(sql).all() as Rows);
    const onPg = async (sql: string) => lines((await ds.query(sql)) as Rows);

    it('are equal row for row on SQLite and PostgreSQL after every write of one script', async () => {
      for (const [step, sql] of TRIGGER_SCRIPT) {
        lite.raw.prepare(sql).run();
        await ds.query(sql);
        for (const [table, kept] of Object.entries(KEPT)) expect(await onPg(kept), `${step}: ${table}`).toEqual(onLite(kept));
      }
      // The script left something to count in every table (a count of nothing proves nothing).
      for (const [table, kept] of Object.entries(KEPT)) expect(onLite(kept).length, `${table} after the script`).toBeGreaterThan(0);
    });

    it('agree with a count of the tables they count, on both engines', async () => {
      for (const [table, kept] of Object.entries(KEPT)) {
        expect(await onPg(kept), `PostgreSQL ${table}`).toEqual(await onPg(COUNTED[table]!));
        expect(onLite(kept), `SQLite ${table}`).toEqual(onLite(COUNTED[table]!));
      }
    });
  });

  describe('the counts, with clerks writing at once', () => {
    // Each test its own database: a count one test leaves wrong must not fail the next.
    let ds: DataSource;
    let dbUrl: string;
    beforeEach(async () => {
      ds = await migratedPg();
      dbUrl = (ds.options as { url: string }).url;
      for (const [, sql] of UMKM_STEPS) await ds.query(sql);
    }, 60_000);

    const T = `'2024-01-01T00:00:00.000Z'`;
    const record = (id: number, umkmId: number, date: string) =>
      `INSERT INTO riwayat_kelas (id, umkm_id, date, annual_sales, certifications, channels, source, class, class_basis, created_at, updated_at)
        VALUES (${id}, ${umkmId}, '${date}', 500000000, '[]', '[]', 'survei', 'mikro', 'penjualan', ${T}, ${T})`;
    const move = (umkmId: number, to: number, date: string) =>
      `INSERT INTO kelas_perpindahan (umkm_id, to_record_id, from_record_id, from_date, date, from_class, to_class, direction)
        VALUES (${umkmId}, ${to}, 0, '2020-01-05', '${date}', 'mikro', 'kecil', 'naik')`;
    async function client(): Promise<Client> {
      const c = new Client({ connectionString: dbUrl });
      await c.connect();
      return c;
    }
    /**
     * Runs `second` while `first` has written and not committed: the second clerk must wait for the
     * first (a lock), who then commits, and the second after.
     */
    async function interleaved(first: string[], second: string[]): Promise<void> {
      const [a, b] = [await client(), await client()];
      try {
        await a.query('BEGIN');
        for (const sql of first) await a.query(sql);
        await b.query('BEGIN');
        const [{ pid }] = (await b.query('SELECT pg_backend_pid() AS pid')).rows as [{ pid: number }];
        const secondDone = (async () => {
          for (const sql of second) await b.query(sql);
        })().then(
          () => undefined,
          (err: unknown) => err,
        );
        expect(await waitsForLock(pid), 'the second clerk waits for the first').toBe(true);
        await a.query('COMMIT');
        const failed = await secondDone;
        if (failed) throw failed;
        await b.query('COMMIT');
      } finally {
        await a.end();
        await b.end();
      }
    }
    /** Whether the session `pid` comes to wait on a lock within 10 s. */
    async function waitsForLock(pid: number): Promise<boolean> {
      for (const end = Date.now() + 10_000; Date.now() < end; await new Promise((r) => setTimeout(r, 20))) {
        const [row] = (await ds.query(`SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1`, [pid])) as Array<{ wait_event_type: string | null }>;
        if (row?.wait_event_type === 'Lock') return true;
      }
      return false;
    }
    async function expectCounted(when: string): Promise<void> {
      const lines = async (sql: string) => ((await ds.query(sql)) as Rows).map((r) => JSON.stringify(Object.values(r))).sort();
      expect(await lines(`SELECT year, kecamatan, sector, n FROM rekap_tercatat WHERE n <> 0`), `${when}: rekap_tercatat`).toEqual(
        await lines(`SELECT t.y, u.kecamatan, u.sector, COUNT(*)::int FROM (SELECT DISTINCT umkm_id, CAST(substr(date, 1, 4) AS integer) AS y FROM riwayat_kelas
          WHERE deleted_at IS NULL) t JOIN umkm u ON u.id = t.umkm_id WHERE u.deleted_at IS NULL GROUP BY 1, 2, 3`),
      );
      expect(await lines(`SELECT year, kecamatan, sector, from_class, to_class, n FROM rekap_naik_kelas WHERE n <> 0`), `${when}: rekap_naik_kelas`).toEqual(
        await lines(`SELECT p.year, u.kecamatan, u.sector, p.from_class, p.to_class, COUNT(*)::int FROM perpindahan_tahunan p JOIN umkm u ON u.id = p.umkm_id
          WHERE u.deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5`),
      );
      expect(await lines(`SELECT umkm_id, year, n FROM riwayat_tahunan`), `${when}: riwayat_tahunan`).toEqual(
        await lines(`SELECT umkm_id, CAST(substr(date, 1, 4) AS integer), COUNT(*)::int FROM riwayat_kelas WHERE deleted_at IS NULL GROUP BY 1, 2`),
      );
    }

    it('a record and a move added while another clerk moves the UMKM to another kecamatan, in either order', async () => {
      await ds.query(record(100, 1, '2021-03-01'));
      await interleaved([`UPDATE umkm SET kecamatan = '64.71.06' WHERE id = 1`], [record(101, 1, '2022-03-01'), move(1, 101, '2022-03-01')]);
      await expectCounted('moved, then recorded');
      await interleaved([record(102, 1, '2023-03-01'), move(1, 102, '2023-03-01')], [`UPDATE umkm SET kecamatan = '64.71.02', sector = 'jasa' WHERE id = 1`]);
      await expectCounted('recorded, then moved');
      await interleaved([`UPDATE umkm SET deleted_at = ${T} WHERE id = 1`], [record(103, 1, '2024-03-01'), move(1, 103, '2024-03-01')]);
      await expectCounted('deleted, then recorded');
      await interleaved([`UPDATE umkm SET deleted_at = NULL WHERE id = 1`], [`UPDATE riwayat_kelas SET deleted_at = ${T} WHERE id = 101`]);
      await expectCounted('restored, then a record deleted');
    });

    it('records of one UMKM and of its neighbours added by eight clerks at once', async () => {
      const clerks = await Promise.all(Array.from({ length: 8 }, () => client()));
      try {
        await Promise.all(
          clerks.map(async (c, k) => {
            for (let i = 0; i < 15; i++) {
              await c.query('BEGIN');
              // Everyone writes UMKM 2's year 2025; each its own UMKM (2 to 9, one kecamatan or another) too.
              await c.query(record(1000 + k * 100 + i * 2, 2, '2025-0' + ((i % 9) + 1) + '-01'));
              await c.query(record(1001 + k * 100 + i * 2, 2 + k, `20${20 + (i % 5)}-06-01`));
              await c.query(i % 4 === 3 ? `UPDATE riwayat_kelas SET deleted_at = ${T} WHERE id = ${1001 + k * 100 + i * 2}` : 'SELECT 1');
              await c.query('COMMIT');
            }
          }),
        );
      } finally {
        await Promise.all(clerks.map((c) => c.end()));
      }
      await expectCounted('eight clerks');
      expect(await ds.query(`SELECT n FROM riwayat_tahunan WHERE umkm_id = 2 AND year = 2025`)).toEqual([{ n: 8 * 15 }]);
    }, 60_000);
  });

  describe('what the schema refuses', () => {
    let ds: DataSource;
    beforeAll(async () => {
      ds = await migratedPg();
    }, 60_000);

    const T = `'2024-01-01T00:00:00.000Z'`;
    const umkm = (nik: string, nib: string | null, status = 'aktif', deleted = false) =>
      ds.query(`INSERT INTO umkm (business_name, owner_name, nik, nib, address, kecamatan, kelurahan, sector, market_reach, status, registered_at, class, class_basis,
        annual_sales, created_at, updated_at, deleted_at) VALUES ('Amplang Bu Sari', 'Sari', '${nik}', ${nib ? `'${nib}'` : 'NULL'}, 'Jl. A', '64.71.05', '64.71.05.1002',
        'kuliner', 'lokal', '${status}', '2024-01-01', 'mikro', 'penjualan', 1000000, ${T}, ${T}, ${deleted ? T : 'NULL'})`);

    it('an UPDATE, DELETE or TRUNCATE of the audit trail', async () => {
      await ds.query(`INSERT INTO audit_log (at, username, role, via, action, summary, prev_hash, hash, workstation)
        VALUES (${T}, 'admin', 'admin', 'app', 'create', 'UMKM ditambahkan', 'genesis', 'abc', 'PC-DINAS-01')`);
      await expect(ds.query(`UPDATE audit_log SET summary = 'dipalsukan'`)).rejects.toThrow(/audit_log is append-only/);
      await expect(ds.query(`DELETE FROM audit_log WHERE id = 1`)).rejects.toThrow(/audit_log is append-only/);
      await expect(ds.query(`TRUNCATE audit_log`)).rejects.toThrow(/audit_log is append-only/);
      expect(await ds.query(`SELECT summary, workstation FROM audit_log`)).toEqual([{ summary: 'UMKM ditambahkan', workstation: 'PC-DINAS-01' }]);
    });

    it('a second active UMKM with a NIK or NIB already used, not an inactive or deleted one', async () => {
      await umkm('6471054506880001', '1234567890123');
      await expect(umkm('6471054506880001', null)).rejects.toThrow(/ux_umkm_nik_active/);
      await expect(umkm('6471054506880002', '1234567890123')).rejects.toThrow(/ux_umkm_nib_active/);
      await umkm('6471054506880001', '1234567890123', 'tidak_aktif');
      await umkm('6471054506880001', '1234567890123', 'aktif', true);
      await umkm('6471054506880003', null);
      await umkm('6471054506880004', null);
      expect(await ds.query(`SELECT COUNT(*)::int AS n FROM umkm WHERE nik = '6471054506880001'`)).toEqual([{ n: 3 }]);
    });

    it('a second account whose username differs only in capitals', async () => {
      const account = (username: string) =>
        ds.query(`INSERT INTO pengguna (username, full_name, role, password_hash, created_at, updated_at) VALUES ('${username}', 'Petugas', 'operator', 'x', ${T}, ${T})`);
      await account('Budi');
      await expect(account('budi')).rejects.toThrow(/ux_pengguna_username/);
      await account('budi2');
    });

    it('values outside the CHECKs, and a UMKM still in an agreement', async () => {
      await expect(umkm('6471054506880009', null, 'hilang')).rejects.toThrow(/umkm_status_check/);
      const [{ id }] = (await ds.query(`SELECT id FROM umkm WHERE nik = '6471054506880003'`)) as [{ id: number }];
      const [{ id: mitra }] = (await ds.query(`INSERT INTO mitra (name, kind, status, interest_sectors, offers, target_classes, created_at, updated_at)
        VALUES ('Hotel Gran Senyiur', 'hotel', 'aktif', '[]', '[]', '[]', ${T}, ${T}) RETURNING id`)) as [{ id: number }];
      await expect(ds.query(`INSERT INTO kemitraan (number, mitra_id, start_date, pattern, status, created_at, updated_at)
        VALUES ('KMT/2024/0001', ${mitra}, '2024-01-01', 'subkontrak', 'aktif', ${T}, ${T})`)).rejects.toThrow(/"kemitraan_check"/);
      await ds.query(`INSERT INTO kemitraan (number, mitra_id, umkm_id, start_date, pattern, status, created_at, updated_at)
        VALUES ('KMT/2024/0001', ${mitra}, ${id}, '2024-01-01', 'subkontrak', 'aktif', ${T}, ${T})`);
      await expect(ds.query(`DELETE FROM umkm WHERE id = ${id}`)).rejects.toThrow(/kemitraan_umkm_id_fkey/);
    });
  });

  describe('the registry search', () => {
    let ds: DataSource;
    beforeAll(async () => {
      ds = await migratedPg();
    }, 60_000);

    it('reads ix_umkm_search for a substring at 20,000 UMKM', async () => {
      // One in 100 is an amplang business, written in three ways.
      await ds.query(`INSERT INTO umkm (business_name, owner_name, nik, address, kecamatan, kelurahan, sector, market_reach, status, registered_at, class, class_basis,
          annual_sales, created_at, updated_at)
        SELECT CASE WHEN g % 300 = 0 THEN 'Amplang Kepiting ' || g WHEN g % 300 = 100 THEN 'Toko AMPLANG ' || g WHEN g % 300 = 200 THEN 'Kue amplang ' || g
                    ELSE 'Usaha ' || md5(g::text) END,
               'Pemilik ' || g, '64' || lpad(g::text, 14, '0'), 'Jl. ' || g, '64.71.05', '64.71.05.1002', 'kuliner', 'lokal', 'aktif', '2024-01-01', 'mikro', 'penjualan',
               1000000, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z'
        FROM generate_series(1, 20000) g`);
      await ds.query(`ANALYZE umkm`);
      const sql = `SELECT id FROM umkm WHERE ${SEARCH_TEXT} ILIKE '%amplang%'`;
      const plan = ((await ds.query(`EXPLAIN ${sql}`)) as Array<{ 'QUERY PLAN': string }>).map((r) => r['QUERY PLAN']).join('\n');
      expect(plan).toMatch(/Bitmap Index Scan on ix_umkm_search/);
      expect((await ds.query(sql)).length).toBe(200);
      // A NIK's digits are searched by the same index.
      expect(await ds.query(`SELECT nik FROM umkm WHERE ${SEARCH_TEXT} ILIKE '%0000012345%'`)).toEqual([{ nik: '6400000000012345' }]);
    }, 120_000);
  });
});
