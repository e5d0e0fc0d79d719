// A clerk's database from release 0.1.0 (tests/fixtures/release-0.1.0, made once by that release's
// code and kept as made) opened by this version: openDatabase migrates it, and every row the
// release wrote is still there with every column it had unchanged. New tables, new columns and
// new rows a later migration adds are allowed and reported; a changed or vanished row fails.
// Only openDatabase and close are used from the app; everything else is plain better-sqlite3.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { appliedMigrations, columnDefaults, dataTables, LATEST_MIGRATION, MIGRATION_NAMES, withPlain, type Row } from '../support/migrationHarness';
import { tempDir } from '../support/tempDir';

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/release-0.1.0');

type Cell = string | number | null | { $blob: string };
interface TableDump {
  count: number;
  rows: Array<Record<string, Cell>>;
}
const expected = JSON.parse(fs.readFileSync(path.join(FIXTURE, 'tables.json'), 'utf8')) as Record<string, TableDump>;

/** A cell as tables.json writes it (blobs as base64). */
const cell = (v: unknown): Cell => (Buffer.isBuffer(v) ? { $blob: v.toString('base64') } : (v as Cell));
const canon = (r: Record<string, Cell>, cols: string[]) => JSON.stringify(cols.map((c) => r[c]));

let tmp: ReturnType<typeof tempDir>;
let file: string;
let releaseMigrations: string[];
/** Each table after the upgrade: its rows, its primary key columns, its column defaults. */
let after: Record<string, { rows: Array<Record<string, Cell>>; pk: string[]; defaults: Record<string, string | null> }>;
let soundness: { integrity: unknown; foreignKeys: unknown };

beforeAll(async () => {
  tmp = tempDir('kemitraan-release-');
  file = path.join(tmp.dir, 'kemitraan.sqlite');
  fs.copyFileSync(path.join(FIXTURE, 'kemitraan.sqlite'), file);
  releaseMigrations = withPlain(file, appliedMigrations);

  const db = await openDatabase({ file });
  await db.close();

  after = withPlain(file, (raw) => {
    soundness = { integrity: raw.pragma('integrity_check', { simple: true }), foreignKeys: raw.pragma('foreign_key_check') };
    const out: typeof after = {};
    for (const t of dataTables(raw)) {
      const info = raw.prepare(`PRAGMA table_info("${t}")`).all() as Array<{ name: string; pk: number }>;
      const pk = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
      const rows = (raw.prepare(`SELECT * FROM "${t}"`).all() as Row[]).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cell(v)])));
      out[t] = { rows, pk, defaults: columnDefaults(raw, t) };
    }
    return out;
  });
}, 60_000);

afterAll(() => tmp?.remove());

describe('the release 0.1.0 database opened by this version', () => {
  it('the fixture is what make.ts says: release migrations, no table missing from tables.json', () => {
    expect(releaseMigrations).toEqual(MIGRATION_NAMES.slice(0, releaseMigrations.length));
    expect(releaseMigrations.at(-1)).toBe('Audit1764979200000');
    for (const [t, dump] of Object.entries(expected)) expect(dump.rows, t).toHaveLength(dump.count);
    expect(expected.umkm!.count).toBeGreaterThan(60);
    expect(expected.audit_log!.count).toBeGreaterThan(10);
    expect(expected.pengguna!.count).toBe(3);
  });

  it('is migrated to the latest schema, keeping the migrations it had', () => {
    const applied = withPlain(file, appliedMigrations);
    expect(applied.slice(0, releaseMigrations.length)).toEqual(releaseMigrations);
    expect(applied.at(-1)).toBe(LATEST_MIGRATION);
    expect(applied).toEqual(MIGRATION_NAMES);
  });

  it('passes integrity_check and foreign_key_check', () => {
    expect(soundness.integrity).toBe('ok');
    expect(soundness.foreignKeys).toEqual([]);
  });

  describe.each(Object.keys(expected).sort())('table %s', (table) => {
    it('keeps every row with every column unchanged', () => {
      const old = expected[table]!;
      const now = after[table];
      expect(now, `table ${table} still exists`).toBeDefined();
      const oldCols = Object.keys(old.rows[0] ?? {});
      const nowCols = Object.keys(now!.rows[0] ?? now!.defaults);
      for (const c of oldCols) expect(nowCols, `column ${table}.${c} kept`).toContain(c);

      // Matched by primary key where the table has one (a changed row shows its own diff), else as
      // a multiset of whole rows (a rebuilt link table may renumber its rowids).
      const keyCols = now!.pk.length > 0 && now!.pk.every((c) => oldCols.includes(c)) ? now!.pk : oldCols;
      const byKey = new Map<string, Array<Record<string, Cell>>>();
      for (const r of now!.rows) {
        const k = canon(r, keyCols);
        byKey.set(k, [...(byKey.get(k) ?? []), r]);
      }
      for (const o of old.rows) {
        const k = canon(o, keyCols);
        const candidates = byKey.get(k) ?? [];
        expect(candidates.length, `${table} row ${k} still there`).toBeGreaterThan(0);
        const project = (r: Record<string, Cell>) => Object.fromEntries(oldCols.map((c) => [c, r[c]]));
        const i = candidates.findIndex((r) => canon(r, oldCols) === canon(o, oldCols));
        if (i < 0) expect(project(candidates[0]!), `${table} row ${k} unchanged`).toEqual(o);
        candidates.splice(i, 1);
      }
      expect(now!.rows.length).toBeGreaterThanOrEqual(old.count);

      // Reported, not failed: what later migrations added to this table.
      const extraCols = nowCols.filter((c) => !oldCols.includes(c));
      const extraRows = now!.rows.length - old.count;
      if (extraCols.length > 0 || extraRows > 0) {
        const cols = extraCols.map((c) => `${c} (default ${now!.defaults[c] ?? 'NULL'}; values ${JSON.stringify([...new Set(now!.rows.map((r) => r[c]))].slice(0, 5))})`);
        console.info(`[release 0.1.0 upgrade] ${table}: ${extraRows} new row(s); new columns: ${cols.join(', ') || 'none'}`);
      }
    });
  });

  it('gives each agreement finished in 0.1.0 the day of its last change as its finish day, and no other one', () => {
    const rows = after.kemitraan!.rows;
    const finished = rows.filter((r) => r.status === 'selesai');
    expect(finished.length, 'the fixture has finished agreements').toBeGreaterThan(0);
    for (const r of finished) {
      // The calendar day of updated_at on this machine's clock (sv-SE writes yyyy-mm-dd), not before the start.
      const day = new Date(String(r.updated_at)).toLocaleDateString('sv-SE');
      expect(r.finished_at, `kemitraan ${String(r.id)}`).toBe(day < String(r.start_date) ? r.start_date : day);
    }
    for (const r of rows.filter((x) => x.status !== 'selesai')) expect(r.finished_at, `kemitraan ${String(r.id)}`).toBeNull();
  });

  it('reports tables later migrations added', () => {
    const added = Object.keys(after).filter((t) => !(t in expected));
    if (added.length > 0) console.info(`[release 0.1.0 upgrade] new tables: ${added.map((t) => `${t} (${after[t]!.rows.length} rows)`).join(', ')}`);
    for (const t of Object.keys(expected)) expect(Object.keys(after)).toContain(t);
  });
});
