// Bantuan to and from Excel on a real database (SQLite, or PostgreSQL under integration-pg): a
// clerk's workbook with its own headings is imported (UMKM named by NIK, kinds and sources in the
// office's words), an unknown NIK is refused at its cell, a second import of the same file
// corrects instead of adding; the export writes the list as filtered, with the audit line.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../electron/core/auth/caller';
import { run } from '../../electron/core/dispatch/dispatch';
import * as imports from '../../electron/core/excel/import/importService';
import type { Scope } from '../../electron/core/scope';
import type { ImportSummary } from '../../shared/contract/excel';
import { messages } from '../../shared/i18n';
import { call } from '../support/call';
import { queryRow } from '../support/dbQuery';
import { addUmkm } from '../support/partnerships';
import { tempContext } from '../support/tempDb';

const CLERK: Caller = { userId: null, username: 'uji', role: 'operator', via: 'app' };
let ctx: Scope;
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ ctx, dir, cleanup } = await tempContext());
});
afterEach(async () => cleanup());

async function workbook(file: string, rows: Array<Array<string | number | Date | null>>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bantuan 2025');
  ws.addRow(['DAFTAR PENERIMA BANTUAN SARANA USAHA TAHUN 2025']);
  ws.addRow([]);
  ws.addRow(['No', 'NIK Pemilik', 'Jenis Bantuan', 'Uraian Barang', 'Nilai (Rp)', 'Sumber Dana', 'Program', 'Tahun Anggaran', 'Tgl Serah Terima', 'No. BAST', 'Keterangan']);
  rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
  await wb.xlsx.writeFile(file);
}

async function importFile(file: string) {
  const wb = await imports.openImport(ctx, { fileId: ctx.files.register(file).fileId, target: 'bantuan' });
  const layout = await imports.sheetLayout(ctx, { sessionId: wb.sessionId, sheet: wb.defaultSheet });
  const choices = { sessionId: wb.sessionId, sheet: wb.defaultSheet, headerRow: layout.headerRow, mapping: layout.mapping, edits: [], dropped: [] };
  const preview = await imports.previewImport(ctx, { ...choices, filter: 'all', page: 1, pageSize: 500 });
  const summary = (await run(ctx.core, 'import:commit', { dryRun: false, ...choices }, CLERK)) as ImportSummary;
  return { layout, preview, summary };
}

describe('bantuan import', () => {
  it('reads the office\'s own headings, stores each row for the UMKM of its NIK, refuses an unknown NIK, and corrects on a second import', async () => {
    const a = await addUmkm(ctx);
    const b = await addUmkm(ctx);
    const file = path.join(dir, 'penerima-bantuan.xlsx');
    const rows: Array<Array<string | number | Date | null>> = [
      [a.nik, 'alat', 'Mesin sealer', 3_500_000, 'APBD', 'Bantuan Sarana Usaha Mikro', 2025, new Date(Date.UTC(2025, 2, 14)), 'BAST/027/2025', null],
      [b.nik, 'Kemasan', 'Standing pouch', '1.250.000', 'CSR', null, 2025, null, null, 'Menunggu cetak'],
      ['6471059999990099', 'modal', 'Modal kerja', 2_000_000, 'BI', null, 2025, null, null, null],
      // The same kind from the same source again for a: stored, its warning recorded as confirmed by the importer.
      [a.nik, 'peralatan', 'Etalase kaca', 2_000_000, 'apbd kota', null, 2025, new Date(Date.UTC(2025, 7, 1)), 'BAST/031/2025', null],
    ];
    await workbook(file, rows);
    const { layout, preview, summary } = await importFile(file);
    expect(Object.keys(layout.mapping).length).toBeGreaterThanOrEqual(10);
    expect(preview.items.map((r) => r.action)).toEqual(['new', 'new', 'refuse', 'new']);
    expect(preview.items[2]!.issues[0]!.field).toBe('nik');
    expect(preview.items[0]!.values).toMatchObject({ kind: messages.bantuanKind.peralatan, fundSource: messages.fundSource.apbd, value: 'Rp 3.500.000', handedAt: '14/03/2025' });
    expect(summary).toMatchObject({ imported: 3, refused: 1 });

    const list = await call(ctx, 'bantuan:list', { pageSize: 50 });
    expect(list.total).toBe(3);
    const pouch = list.items.find((x) => x.item === 'Standing pouch')!;
    expect(pouch).toMatchObject({ umkmId: b.id, kind: 'kemasan', fundSource: 'csr_mitra', value: 1_250_000, notes: 'Menunggu cetak', handedAt: null });
    const etalase = list.items.find((x) => x.item === 'Etalase kaca')!;
    expect(etalase.confirmedWarnings).toEqual(['repeat']);
    // Each stored row has its line in the trail, naming the file's row, by the importing clerk.
    const line = await queryRow<{ username: string; summary: string }>(ctx.db, `SELECT username, summary FROM audit_log WHERE entity = 'bantuan' AND entity_id = ? AND action = 'create'`, [etalase.id]);
    expect(line).toMatchObject({ username: 'uji' });
    expect(line!.summary).toContain('penerima-bantuan.xlsx');

    // The same file again, with a corrected value: the rows are matched (by BAST, or kind+source+year+item), not added.
    rows[1]![3] = 1_300_000;
    await workbook(file, rows);
    const again = await importFile(file);
    expect(again.preview.items.map((r) => r.action)).toEqual(['update', 'update', 'refuse', 'update']);
    expect(again.summary).toMatchObject({ imported: 0, updated: 3 });
    expect((await call(ctx, 'bantuan:list', {})).total).toBe(3);
    expect((await call(ctx, 'bantuan:get', { id: pouch.id })).value).toBe(1_300_000);
  });
});

describe('bantuan export', () => {
  it('writes the list as filtered on the page, values as numbers, and records the disclosure', async () => {
    const a = await addUmkm(ctx);
    await call(ctx, 'bantuan:create', { umkmId: a.id, kind: 'peralatan', item: 'Mesin sealer', value: 3_500_000, fundSource: 'apbd', year: 2025, handedAt: '2025-03-14', handoverNumber: 'BAST/027/2025' });
    await call(ctx, 'bantuan:create', { umkmId: a.id, kind: 'modal', item: 'Modal kerja', value: 2_000_000, fundSource: 'csr_mitra', year: 2024 });
    const r = await call(ctx, 'export:list', { list: 'bantuan', query: { fundSource: 'apbd' } });
    expect(r.rows).toBe(1);
    expect(r.file.name).toMatch(/^Daftar-Bantuan-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(ctx.files.get(r.file.fileId).path);
    const ws = wb.getWorksheet(messages.bantuanExport.sheet)!;
    const cells: unknown[] = [];
    ws.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
    expect(cells).toContain('Mesin sealer');
    expect(cells).toContain(3_500_000);
    expect(cells).not.toContain('Modal kerja');
    const line = await queryRow<{ summary: string }>(ctx.db, `SELECT summary FROM audit_log WHERE action = 'export' ORDER BY id DESC`);
    expect(line!.summary).toContain(messages.bantuanExport.list);
  });
});
