// The import's write near its floor (issue 12): new UMKM go in batches through the dialect's
// prepared inserts, yet each must be stored exactly as the registry's own create stores it; the
// audit trail names the file by its checksum and each stored row without a copy of its fields;
// the registry's indexes rebuilt for a large import are all back afterwards, whatever happens.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { umkmToInput, type ImportSummary, type ImportTarget, type UmkmInput } from '../../shared/contract';
import type { Caller } from '../../electron/core/auth/caller';
import { run } from '../../electron/core/dispatch/dispatch';
import * as imports from '../../electron/core/excel/import/importService';
import type { Scope } from '../../electron/core/scope';
import { call } from '../support/call';
import { queryRow, queryRows, uniqueViolation } from '../support/dbQuery';
import { writeLargeUmkmWorkbook } from '../support/messyWorkbooks';
import { tempContext } from '../support/tempDb';

const CLERK: Caller = { userId: null, username: 'uji', role: 'operator', via: 'app' };
let ctx: Scope;
let dir: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ ctx, dir, cleanup } = await tempContext());
});
afterEach(async () => cleanup());

const all = <T>(sql: string, ...params: unknown[]) => queryRows<T>(ctx.db, sql, params);
const one = async <T>(sql: string, ...params: unknown[]) => (await queryRow<T>(ctx.db, sql, params))!;

async function open(file: string, target: ImportTarget = 'umkm') {
  const wb = await imports.openImport(ctx, { fileId: ctx.files.register(file).fileId, target });
  const layout = await imports.sheetLayout(ctx, { sessionId: wb.sessionId, sheet: wb.defaultSheet });
  const choices = { sessionId: wb.sessionId, sheet: wb.defaultSheet, headerRow: layout.headerRow, mapping: layout.mapping, edits: [], dropped: [] };
  const preview = () => imports.previewImport(ctx, { ...choices, filter: 'all', page: 1, pageSize: 100 });
  const commit = () => run(ctx.core, 'import:commit', { dryRun: false, ...choices }, CLERK) as Promise<ImportSummary>;
  return { wb, preview, commit };
}

/** Three UMKM as clerks write them: one classed by its sales, one by its capital only, one registered years ago. */
async function writeThree(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.addRow(['Nama usaha', 'Nama pemilik', 'NIK pemilik', 'NIB', 'Alamat', 'Kecamatan', 'Kelurahan', 'Sektor', 'Kode KBLI', 'Telepon', 'Jumlah tenaga kerja', 'Modal usaha (Rp)', 'Omzet tahunan (Rp)', 'Aset (Rp)', 'Jangkauan pasar', 'Catatan', 'Tanggal registrasi']);
  ws.addRow(['Amplang Kepiting Bu Sari', 'Sari Rahmawati', '6471054506880001', '9120000000001', 'Jl. Iswahyudi 12', 'Balikpapan Selatan', 'Sepinggan', 'Kuliner', '10792', '0812-3456-7890', 4, 'Rp 80.000.000', 'Rp 3.500.000.000', 'Rp 120.000.000', 'Regional (Kaltim)', 'Pesanan oleh-oleh', new Date(Date.UTC(2023, 4, 23))]);
  ws.addRow(['Batik Kaltim Bu Ani', 'Ani Lestari', '6471014506880002', null, 'Jl. Sudirman 3', 'Balikpapan Kota', 'Prapatan', 'Fesyen', null, '0813-1111-2222', 2, 'Rp 45.000.000', null, null, null, null, new Date(Date.UTC(2024, 0, 2))]);
  ws.addRow(['Bengkel Pak Dedi', 'Dedi Hidayat', '6471034506880003', '9120000000003', 'Jl. Soekarno-Hatta 7', 'Balikpapan Utara', 'Batu Ampar', 'Jasa', null, null, 12, 'Rp 900.000.000', 'Rp 16.500.000.000', null, 'Nasional', null, new Date(Date.UTC(2018, 6, 9))]);
  await wb.xlsx.writeFile(file);
}

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
/** Every index and trigger of the registry as its definition (on PostgreSQL the catalog's). */
const indexes = () =>
  ctx.db.kind === 'sqlite'
    ? all<{ name: string; sql: string }>(`SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name`)
    : all<{ name: string; sql: string }>(
        `SELECT indexname AS name, indexdef AS sql FROM pg_indexes WHERE schemaname = current_schema()
         UNION ALL SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal ORDER BY name`,
      );

describe('new UMKM in bulk', () => {
  it('are stored as the registry’s own create stores them: the row, its first record, its yearly classes', async () => {
    const file = path.join(dir, 'tiga.xlsx');
    await writeThree(file);
    const s = await (await open(file)).commit();
    expect(s).toMatchObject({ imported: 3, refused: 0 });
    const imported = await all<{ id: number; nik: string }>(`SELECT id, nik FROM umkm ORDER BY id`);
    for (const [i, u] of imported.entries()) {
      // The same UMKM again through umkm:create (another NIK and NIB: they are unique).
      const input = umkmToInput(await ctx.umkm.get(u.id)) as UmkmInput;
      const made = await call(ctx, 'umkm:create', { ...input, nik: `${input.nik.slice(0, 12)}900${i}`, nib: input.nib ? `912099999990${i}` : undefined });
      // Each names its own clerk as its last change: the importer, and the caller of umkm:create.
      const row = async (id: number) => {
        const { id: _i, nik: _n, nib: _b, created_at: _c, updated_at: _u, updated_by: _w, ...rest } = await one<Record<string, unknown>>(`SELECT * FROM umkm WHERE id = ?`, id);
        return rest;
      };
      expect(await row(u.id), u.nik).toEqual(await row(made.id));
      expect((await one<{ updated_by: string }>(`SELECT updated_by FROM umkm WHERE id = ?`, u.id)).updated_by).toBe(CLERK.username);
      const records = async (id: number) =>
        (await all<Record<string, unknown>>(`SELECT * FROM riwayat_kelas WHERE umkm_id = ? ORDER BY id`, id)).map(({ id: _i, umkm_id: _u, created_at: _c, updated_at: _d, updated_by: _w, ...rest }) => rest);
      expect(await records(u.id)).toHaveLength(1);
      expect(await records(u.id)).toEqual(await records(made.id));
      const years = (id: number) => all(`SELECT year, class FROM kelas_tahunan WHERE umkm_id = ? ORDER BY year`, id);
      expect((await years(u.id)).length).toBeGreaterThan(0);
      expect(await years(u.id)).toEqual(await years(made.id));
      expect(await all(`SELECT * FROM kelas_perpindahan WHERE umkm_id IN (?, ?)`, u.id, made.id)).toEqual([]);
    }
    // The registry's counts and its search follow the bulk rows as they follow a create.
    expect((await call(ctx, 'umkm:list', { search: 'Kepiting' })).total).toBe(2);
    expect((await call(ctx, 'umkm:list', { kecamatan: '64.71.03' })).total).toBe(2);
  });

  it('are audited in proportion: the file by name, sheet and SHA-256, each row by its record, updates field by field', async () => {
    const file = path.join(dir, 'tiga.xlsx');
    await writeThree(file);
    await (await open(file)).commit();
    const lines = (action: string) => all<{ entity_id: number | null; summary: string; changes: string }>(`SELECT entity_id, summary, changes FROM audit_log WHERE action = ? ORDER BY id`, action);
    const [line] = await lines('import');
    expect(JSON.parse(line!.changes)).toEqual({ importFile: [null, 'tiga.xlsx'], importSheet: [null, 'Data'], importChecksum: [null, sha256(file)] });
    const created = await lines('create');
    expect(created.map((l) => l.entity_id)).toEqual((await all<{ id: number }>(`SELECT id FROM umkm ORDER BY id`)).map((u) => u.id));
    expect(created.map((l) => l.summary)).toEqual(['Impor tiga.xlsx, baris 2', 'Impor tiga.xlsx, baris 3', 'Impor tiga.xlsx, baris 4']);
    for (const l of created) expect(JSON.parse(l.changes)).toEqual({});

    // The same file with one figure changed: an update, its line the one field that changed.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.worksheets[0]!.getCell('K3').value = 3;
    await wb.xlsx.writeFile(file);
    const again = await (await open(file)).commit();
    expect(again).toMatchObject({ imported: 0, updated: 3 });
    const updated = await lines('update');
    expect(updated).toHaveLength(3);
    const ani = (await one<{ id: number }>(`SELECT id FROM umkm WHERE nik = '6471014506880002'`)).id;
    expect(updated.map((l) => [l.entity_id, JSON.parse(l.changes)])).toEqual(
      (await all<{ id: number }>(`SELECT id FROM umkm ORDER BY id`)).map((u) => [u.id, u.id === ani ? { employees: [2, 3] } : {}]),
    );
    expect((await ctx.umkm.get(ani)).employees).toBe(3);
  });

  it('sees a write made between the preview and the commit: the row it touches is checked again', async () => {
    const file = path.join(dir, 'tiga.xlsx');
    await writeThree(file);
    const wizard = await open(file);
    expect((await wizard.preview()).counts.new).toBe(3);
    // Another clerk registers one of the file's UMKM meanwhile.
    const input = umkmToInput(await (async () => {
      const other = await open(file);
      await other.commit();
      const u = await ctx.umkm.get((await one<{ id: number }>(`SELECT id FROM umkm WHERE nik = '6471014506880002'`)).id);
      for (const { id } of await all<{ id: number }>(`SELECT id FROM umkm WHERE nik <> '6471014506880002'`)) await call(ctx, 'umkm:delete', { id });
      return u;
    })());
    expect(input.nik).toBe('6471014506880002');
    const s = await wizard.commit();
    // Stored as the preview's check would now decide: two new, the registered one updated.
    expect(s).toMatchObject({ imported: 2, updated: 1, refused: 0 });
    expect((await one<{ n: number }>(`SELECT COUNT(*) AS n FROM umkm WHERE deleted_at IS NULL`)).n).toBe(3);
  });
});

describe('a large import', () => {
  it.each([
    ['in the write (the command line)', false],
    ['after the commit in the upkeep thread (the app)', true],
  ])('rebuilds the registry’s indexes once, %s, and leaves every index and trigger as it was, stored or cancelled', async (_how, aside) => {
    if (aside) {
      // The upkeep thread rebuilds SQLite's indexes beside the app; PostgreSQL keeps its own.
      await cleanup();
      ({ ctx, dir, cleanup } = await tempContext({ upkeep: 'thread' }, 'sqlite'));
    }
    const before = await indexes();
    expect(before.length).toBeGreaterThan(10);
    const file = path.join(dir, 'besar.xlsx');
    await writeLargeUmkmWorkbook(file, 1500);
    const s = await (await open(file)).commit();
    expect(s.imported).toBe(1500);
    expect(await indexes()).toEqual(before);
    // Nothing left owed: the upkeep thread built what the write dropped before the commit answered.
    expect((await one<{ n: number }>(`SELECT COUNT(*) AS n FROM setting WHERE key = 'sqlite.indexesOwed'`)).n).toBe(0);
    expect((await one<{ n: number }>(`SELECT COUNT(*) AS n FROM umkm`)).n).toBe(1500);
    // The rebuilt unique index still refuses a second active UMKM with a NIK.
    const nik = (await one<{ nik: string }>(`SELECT nik FROM umkm LIMIT 1`)).nik;
    await expect(call(ctx, 'umkm:create', { ...(umkmToInput(await ctx.umkm.get(1)) as UmkmInput), nik, nib: undefined })).rejects.toMatchObject({ code: 'DUPLICATE' });
    await expect(all(`INSERT INTO umkm SELECT * FROM umkm WHERE id = 1`)).rejects.toThrow(uniqueViolation(ctx.db));
    expect((await call(ctx, 'umkm:list', { search: 'Usaha Contoh 1499' })).items.map((u) => u.businessName)).toContain('Usaha Contoh 1499');

    // A second large file, cancelled after its first batch: nothing of it, every index back.
    const more = path.join(dir, 'lagi.xlsx');
    await writeLargeUmkmWorkbook(more, 3000);
    const wizard = await open(more);
    await wizard.preview();
    const poll = setInterval(() => {
      const p = imports.progress(ctx, wizard.wb.sessionId);
      if (p.phase === 'writing' && p.done > 0) imports.cancel(ctx, wizard.wb.sessionId);
    }, 1);
    const cancelled = await wizard.commit();
    clearInterval(poll);
    expect(cancelled.cancelled).toBe(true);
    expect((await one<{ n: number }>(`SELECT COUNT(*) AS n FROM umkm`)).n).toBe(1500);
    expect(await indexes()).toEqual(before);
  });
});

describe('matching a large file', () => {
  it('finds the stored UMKM of every chunk by NIK or by NIB, reading a chunk at a time', async () => {
    const first = path.join(dir, 'pertama.xlsx');
    await writeLargeUmkmWorkbook(first, 1200);
    expect((await (await open(first)).commit()).imported).toBe(1200);
    // A UMKM in the last chunk keeps its NIB under a new NIK: the file's row still finds it by NIB.
    const last = await one<{ id: number; nik: string }>(`SELECT id, nik FROM umkm WHERE business_name = 'Usaha Contoh 1150'`);
    await all(`UPDATE umkm SET nik = '6471999999990001' WHERE id = ?`, last.id);
    const again = path.join(dir, 'lagi.xlsx');
    await writeLargeUmkmWorkbook(again, 1300);
    const wizard = await open(again);
    const p = await wizard.preview();
    // Every row of the first 1,200 (three chunks of 500) is a stored UMKM; only the 100 after are new.
    expect(p.counts.new).toBe(100);
    expect(p.counts.update + p.counts.duplicate).toBe(1200);
    expect(p.counts.refuse).toBe(0);
    const s = await wizard.commit();
    expect(s.imported).toBe(100);
    expect((await one<{ n: number }>(`SELECT COUNT(*) AS n FROM umkm`)).n).toBe(1300);
    // Matched by its NIB, the row gave it back the file's NIK.
    expect((await one<{ nik: string }>(`SELECT nik FROM umkm WHERE id = ?`, last.id)).nik).toBe(last.nik);
  });
});
