// Moving a SQLite registry to an empty PostgreSQL database (registry:moveToPostgres, db/transfer),
// on a real server (env KEMITRAAN_TEST_PG; every database made here is dropped afterwards):
// - a registry with the demo data (300 UMKM), accounts, a purged UMKM and audit lines arrives whole:
//   every table's rows equal, rows equal field by field, the registry's lists, search and reports
//   answer the same from both, the audit chain still verifies (and goes on with the move's line),
//   a new UMKM gets the id after the highest the file ever handed out;
// - a target holding any row is refused and nothing is written; a row the target refuses mid-copy
//   leaves it empty.
import type { EntitySchema, ObjectLiteral } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, AuditPage, MoveProgress, MoveResult, Result, TableRows, UmkmPage } from '../../../shared/contract';
import type { SessionRef } from '../../../electron/core/auth/sessions';
import { Core } from '../../../electron/core/core';
import { ENTITIES } from '../../../electron/core/db/entities';
import { openPostgres } from '../../../electron/core/db/postgres/openPostgres';
import { dispatch } from '../../../electron/core/dispatch/dispatch';
import { sessionAs, signedIn } from '../../support/auth';
import { freshPgDatabase, PG_SKIP_REASON, pgUrl } from '../../support/pgTest';
import { migratedPgDatabase } from '../../support/pgDatabase';
import { rawOf } from '../../support/sqliteOf';
import { scopeOf, tempContext, validUmkm } from '../../support/tempDb';
import { brokenAt, pgCounts, pgRows, pgTrail, type Rows } from './pgTrail';

const url = pgUrl();
if (!url) console.warn(PG_SKIP_REASON);

function value<T>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

describe.skipIf(!url)('moving a SQLite registry to PostgreSQL', () => {
  let t: Awaited<ReturnType<typeof tempContext>>;
  let admin: SessionRef;
  const drops: Array<() => Promise<void>> = [];
  const cores: Core[] = [];
  let tables: string[];

  beforeAll(async () => {
    t = await tempContext({}, 'sqlite');
    admin = await signedIn(t.ctx, 'admin', 'admin');
    await signedIn(t.ctx, 'operator', 'petugas1');
    value(await dispatch('demo:seed', { umkm: 300 }, t.core, admin));
    // A few clerk's writes beyond the demo: an edit, a deletion, and a UMKM purged for good (its id
    // must never be handed out again, on either engine).
    const made = value<{ id: number; version: number }>(await dispatch('umkm:create', validUmkm({ nik: '6471054506889999' }), t.core, admin));
    const gone = value<{ id: number; version: number }>(await dispatch('umkm:create', validUmkm({ nik: '6471054506889998', businessName: 'Usaha Dihapus' }), t.core, admin));
    value(await dispatch('umkm:update', { id: made.id, version: made.version, changes: { notes: 'Catatan "kutip" dan baris\nbaru é ✓' } }, t.core, admin));
    value(await dispatch('umkm:delete', { id: gone.id, version: gone.version }, t.core, admin));
    value(await dispatch('trash:purge', { kind: 'umkm', id: gone.id }, t.core, admin));
    tables = ENTITIES.map((e) => t.core.db.dataSource.getMetadata(e).tableName);
  }, 120_000);

  afterAll(async () => {
    for (const c of cores) await c.close().catch(() => undefined);
    await t?.cleanup();
    for (const drop of drops) await drop();
  });

  const sqliteCount = (table: string) => (rawOf(t.core.db).prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;

  it('moves every table whole: counts, rows, lists, reports, the audit chain and the next id agree', async () => {
    const target = await freshPgDatabase();
    drops.push(target.drop);
    const before = Object.fromEntries(tables.map((tb) => [tb, sqliteCount(tb)]));
    const umkmMark = (rawOf(t.core.db).prepare(`SELECT seq FROM sqlite_sequence WHERE name = 'umkm'`).get() as { seq: number }).seq;
    const maxUmkm = (rawOf(t.core.db).prepare(`SELECT max(id) AS m FROM umkm`).get() as { m: number }).m;
    expect(umkmMark).toBeGreaterThan(maxUmkm);

    const counted = value<TableRows[]>(await dispatch('registry:moveCounts', {}, t.core, admin));
    expect(counted.find((c) => c.table === 'umkm')?.rows).toBe(before.umkm);

    const progress: MoveProgress[] = [];
    const stop = t.core.events.subscribe((e) => e.name === 'registry:moveProgress' && progress.push(e.data as MoveProgress));
    const moved = value<MoveResult>(await dispatch('registry:moveToPostgres', { url: target.url }, t.core, admin));
    stop();
    expect(moved.server).toContain(target.name);
    expect(moved.server).not.toContain('kemitraan-ci');
    expect(progress.length).toBeGreaterThan(10);
    expect(progress[progress.length - 1]!.rowsDone).toBe(progress[progress.length - 1]!.rowsTotal);

    // Every table: the answer, the file and the server agree (the server has one more audit line: the move's own).
    const onServer = await pgCounts(target.url, tables);
    for (const row of moved.tables) {
      const expected = row.kind === 'base' ? before[row.table] : (rawOf(t.core.db).prepare(`SELECT COUNT(*) AS n FROM "${row.table}" WHERE ${row.table === 'perpindahan_tahunan' ? '1' : 'n <> 0'}`).get() as { n: number }).n;
      expect(row.rows, row.table).toBe(expected);
    }
    for (const tb of tables) {
      if (tb === 'audit_log') expect(onServer[tb]).toBe(before[tb]! + 1);
      else if (moved.tables.find((r) => r.table === tb)!.kind === 'base') expect(onServer[tb], tb).toBe(before[tb]);
    }
    expect(moved.tables.filter((r) => r.kind === 'base').every((r) => r.rows === before[r.table])).toBe(true);
    expect(before.umkm).toBeGreaterThan(300);
    expect(before.audit_log).toBeGreaterThan(5);

    // The server's registry through the app, beside the file's.
    const pgDb = await openPostgres({ url: target.url, poolSize: 4 });
    const pgCore = new Core(pgDb, { appVersion: 'test' });
    cores.push(pgCore);
    const pgAdmin = sessionAs(scopeOf(pgCore), 'admin');
    const fileAdmin = sessionAs(t.ctx, 'admin');
    const both = async <T>(channel: Parameters<typeof dispatch>[0], payload: unknown): Promise<[T, T]> => [
      value<T>(await dispatch(channel, payload, t.core, fileAdmin)),
      value<T>(await dispatch(channel, payload, pgCore, pgAdmin)),
    ];

    // Rows field by field: every 17th UMKM, and the first rows of every base table through TypeORM.
    const ids = (rawOf(t.core.db).prepare(`SELECT id FROM umkm ORDER BY id`).all() as Array<{ id: number }>).map((r) => r.id);
    for (const id of ids.filter((_id, i) => i % 17 === 0)) {
      const [a, b] = await both<Record<string, unknown>>('umkm:get', { id });
      expect(b, `umkm ${id}`).toEqual(a);
    }
    for (const entity of ENTITIES as Array<EntitySchema<ObjectLiteral>>) {
      const meta = t.core.db.dataSource.getMetadata(entity);
      const order = Object.fromEntries(meta.primaryColumns.map((c) => [c.propertyName, 'ASC' as const]));
      const a = await t.core.db.dataSource.manager.find(entity, { order, take: 40 });
      const b = await pgDb.dataSource.manager.find(entity, { order, take: 40 });
      // The trails each end with their own line of the move.
      if (meta.tableName === 'audit_log') expect(b.slice(0, before.audit_log), meta.tableName).toEqual(a.slice(0, before.audit_log));
      else if (!['rekap_umkm', 'rekap_kelas_tahunan', 'rekap_tercatat', 'rekap_naik_kelas', 'rekap_perpindahan'].includes(meta.tableName)) expect(b, meta.tableName).toEqual(a);
    }
    // The counts the triggers keep, row for row (the file may keep rows at 0 that a rebuild never makes).
    for (const tb of ['rekap_umkm', 'rekap_kelas_tahunan', 'rekap_tercatat', 'rekap_naik_kelas', 'rekap_perpindahan']) {
      const file = rawOf(t.core.db).prepare(`SELECT * FROM "${tb}" WHERE n <> 0`).all() as Rows;
      const server = await pgRows(target.url, `SELECT * FROM "${tb}" WHERE n <> 0`);
      const key = (r: Record<string, unknown>) => JSON.stringify(Object.keys(r).sort().map((k) => String(r[k])));
      expect(server.map(key).sort(), tb).toEqual(file.map(key).sort());
    }

    // The lists, the search, the dashboard and the reports answer the same.
    const ids2 = (p: UmkmPage) => p.items.map((i) => i.id);
    for (const q of [{}, { search: 'a' }, { search: 'Balikpapan' }, { kecamatan: '64.71.05' }, { class: 'kecil', sort: 'annualSales', order: 'desc' }, { sort: 'ownerName' }, { page: 2, pageSize: 50 }]) {
      const [a, b] = await both<UmkmPage>('umkm:list', q);
      expect(b.total, JSON.stringify(q)).toBe(a.total);
      expect(ids2(b), JSON.stringify(q)).toEqual(ids2(a));
    }
    for (const [channel, payload] of [
      ['stats:summary', {}],
      ['mitra:list', {}],
      ['kemitraan:list', {}],
      ['komunitas:list', {}],
      ['kegiatan:list', {}],
      ['progress:overview', {}],
      ['progress:report', { from: '2020-01-01', to: '2026-12-31' }],
    ] as const) {
      const [a, b] = await both<unknown>(channel, payload);
      expect(b, channel).toEqual(a);
    }

    // The audit chain: whole on the server, the move's line chained after the file's last one.
    const lines = await pgTrail(target.url);
    expect(brokenAt(lines)).toBeNull();
    const last = lines[lines.length - 1] as unknown as { action: string; summary: string; changes: string };
    expect(last.action).toBe('registry_move');
    expect(`${last.summary}${last.changes}`).not.toContain('kemitraan-ci');
    const fileTrail = value<AuditPage>(await dispatch('audit:list', { action: 'registry_move' }, t.core, admin));
    expect(fileTrail.items).toHaveLength(1);
    const line = fileTrail.items[0] as AuditEntry;
    expect(line.summary).toContain(moved.server);
    expect(line.changes['baris umkm']).toEqual([null, before.umkm]);
    expect(JSON.stringify(line)).not.toContain('kemitraan-ci');

    // A new UMKM on the server takes the id after the highest the file ever gave (the purged one's included).
    const created = value<{ id: number }>(await dispatch('umkm:create', validUmkm({ nik: '6471054506887777' }), pgCore, pgAdmin));
    expect(created.id).toBe(umkmMark + 1);
  }, 180_000);

  it('refuses a target that holds any row, and writes nothing there or in the file', async () => {
    const target = await migratedPgDatabase();
    drops.push(target.drop);
    await pgRows(target.url, `INSERT INTO setting (key, value) VALUES ('milik.kantor', 'ada')`);
    const fileLines = sqliteCount('audit_log');
    const r = await dispatch('registry:moveToPostgres', { url: target.url }, t.core, admin);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('CONFLICT');
    expect(r.error.message).toContain('Pengaturan');
    expect(r.error.message).toContain('1 baris');
    const counts = await pgCounts(target.url, tables);
    expect(Object.entries(counts).filter(([, n]) => n > 0)).toEqual([['setting', 1]]);
    expect(sqliteCount('audit_log')).toBe(fileLines);
  }, 60_000);

  it('leaves the target empty when it refuses a row mid-copy', async () => {
    const small = await tempContext({}, 'sqlite');
    try {
      const a = await signedIn(small.ctx, 'admin', 'admin');
      value(await dispatch('demo:seed', { umkm: 60 }, small.core, a));
      // A username longer than its column allows on the server (SQLite does not hold text to its
      // length): the accounts come after the registry's tables, so those are in before it fails.
      rawOf(small.core.db).prepare(`UPDATE pengguna SET username = ? WHERE username = 'admin'`).run('a'.repeat(40));
      const target = await freshPgDatabase();
      drops.push(target.drop);
      const progress: MoveProgress[] = [];
      small.core.events.subscribe((e) => e.name === 'registry:moveProgress' && progress.push(e.data as MoveProgress));
      const r = await dispatch('registry:moveToPostgres', { url: target.url }, small.core, a);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('CONFLICT');
      expect(r.error.message).toContain('Akun pengguna');
      expect(progress.some((p) => p.table === 'riwayat_kelas' && p.done > 0)).toBe(true);
      const counts = await pgCounts(target.url, tables);
      expect(Object.entries(counts).filter(([, n]) => n > 0)).toEqual([]);
      // Its schema was made (the move migrates first); the data went back with the transaction.
      expect(Number((await pgRows(target.url, `SELECT COUNT(*) AS n FROM migrations`))[0]!.n)).toBeGreaterThan(0);
      const moves = value<AuditPage>(await dispatch('audit:list', { action: 'registry_move' }, small.core, a));
      expect(moves.items).toHaveLength(0);
    } finally {
      await small.cleanup();
    }
  }, 60_000);
});
