// Importing monev visits from a clerk's workbook (issue 15), on a real database: one row per product,
// rows of one visit stored as one visit with its products, the agreement found by its number, and
// rows refused with the reason at their cell (unknown agreement, a proposal, a visit already
// recorded, a product's details without its name). Importing the same file again adds nothing.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Scope } from '../../electron/core/scope';
import type { Caller } from '../../electron/core/auth/caller';
import * as imports from '../../electron/core/excel/import/importService';
import { run } from '../../electron/core/dispatch/dispatch';
import type { ImportSummary } from '../../shared/contract/excel';
import { fill, messages } from '../../shared/i18n';
import { call } from '../support/call';
import { countRows } from '../support/dbQuery';
import { tempContext } from '../support/tempDb';
import { addAgreement, addMitra, addUmkm } from '../support/partnerships';

const CLERK: Caller = { userId: null, username: 'uji', role: 'operator', via: 'app' };
const mv = messages.monevValidation;
let ctx: Scope;
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ ctx, dir, cleanup } = await tempContext());
});
afterEach(async () => cleanup());

async function workbook(file: string, rows: Array<Array<string | number | Date | null>>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Monev 2024');
  ws.addRow(['No PKS', 'Tgl Kunjungan', 'Nama Petugas', 'Metode', 'Nama Produk', 'Gerai', 'Harga Jual', 'Penjualan', 'Stok Habis', 'Masukan', 'Tindak Lanjut']);
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(file);
}

async function open(file: string) {
  const wb = await imports.openImport(ctx, { fileId: ctx.files.register(file).fileId, target: 'monev' });
  const layout = await imports.sheetLayout(ctx, { sessionId: wb.sessionId, sheet: wb.defaultSheet });
  const choices = { sessionId: wb.sessionId, sheet: wb.defaultSheet, headerRow: layout.headerRow, mapping: layout.mapping, edits: [], dropped: [] };
  return {
    layout,
    preview: () => imports.previewImport(ctx, { ...choices, filter: 'all', page: 1, pageSize: 500 }),
    commit: () => run(ctx.core, 'import:commit', { dryRun: false, ...choices }, CLERK) as Promise<ImportSummary>,
  };
}

describe('monev import', () => {
  it('stores rows of one visit as one visit with its products, refuses what cannot be placed, and adds nothing the second time', async () => {
    const u = await addUmkm(ctx);
    const p = await addMitra(ctx);
    const k = await addAgreement(ctx, p.id, { umkmId: u.id }, { startDate: '2024-01-01' });
    await call(ctx, 'kemitraan:setStatus', { id: k.id, status: 'aktif', signedAt: '2023-12-20' });
    const proposed = await addAgreement(ctx, p.id, { umkmId: u.id }, { startDate: '2024-01-01' });
    const file = path.join(dir, 'monev.xlsx');
    await workbook(file, [
      [k.number, '20/05/2024', 'Rina Kartika', 'Kunjungan', 'Amplang Kepiting', 'Lobi hotel', 35000, 'laris', 'ya', 'Tamu suka', 'Tambah stok'],
      [k.number, '20/05/2024', 'Rina Kartika', 'Kunjungan', 'Kerupuk Ikan', 'Lobi hotel', 20000, 'tidak laku', 'tidak', null, null],
      [k.number, '15/08/2024', 'Fajar Pratama', 'telp', null, null, null, null, null, null, 'Jadwalkan kunjungan'],
      ['KMT/2099/0001', '15/08/2024', 'Fajar Pratama', 'telp', null, null, null, null, null, null, null],
      [proposed.number, '15/08/2024', 'Fajar Pratama', 'telp', null, null, null, null, null, null, null],
      [k.number, '01/09/2024', 'Fajar Pratama', 'telp', null, 'Lobi hotel', null, null, null, null, null],
    ]);
    const { layout, preview, commit } = await open(file);
    expect(Object.keys(layout.mapping).sort()).toEqual(['date', 'feedback', 'kemitraanNumber', 'method', 'nextStep', 'officer', 'outlet', 'price', 'product', 'sales', 'stockOut'].sort());
    const rows = (await preview()).items;
    expect(rows.map((r) => r.action)).toEqual(['new', 'new', 'new', 'refuse', 'refuse', 'refuse']);
    expect(rows[3]!.issues).toContainEqual({ field: 'kemitraanNumber', level: 'error', message: fill(mv.agreementUnknown, { number: 'KMT/2099/0001' }) });
    expect(rows[4]!.issues.map((i) => i.message)).toContain(fill(mv.agreementNotRunning, { number: proposed.number, status: messages.kemitraanEnums.status.diusulkan }));
    expect(rows[5]!.issues.map((i) => i.message)).toContain(mv.productNeeded);

    const done = await commit();
    expect([done.imported, done.refused]).toEqual([3, 3]);
    const visits = (await call(ctx, 'monev:list', { kemitraanId: k.id })).items;
    expect(visits.map((v) => [v.date, v.officer, v.method, v.nextStep, v.products.map((x) => [x.product, x.price, x.sales, x.stockOut])])).toEqual([
      ['2024-08-15', 'Fajar Pratama', 'telepon', 'Jadwalkan kunjungan', []],
      ['2024-05-20', 'Rina Kartika', 'kunjungan_lapangan', 'Tambah stok', [['Amplang Kepiting', 35_000, 'laku', true], ['Kerupuk Ikan', 20_000, 'tidak_laku', false]]],
    ]);
    // The trail: the import's lines name the visits.
    expect(await countRows(ctx.db, 'audit_log', `entity = 'monev_kunjungan' AND action = 'import'`)).toBeGreaterThan(0);

    // The same file again: every visit already recorded, nothing added.
    const again = await open(file);
    const second = (await again.preview()).items;
    expect(second[0]!.issues.map((i) => i.message)).toContain(fill(mv.alreadyRecorded, { number: k.number, date: '20/05/2024' }));
    expect((await again.commit()).imported).toBe(0);
    expect(await countRows(ctx.db, 'monev_kunjungan')).toBe(2);
    expect(await countRows(ctx.db, 'monev_produk')).toBe(2);
  });

  it('keeps a visit of many products one visit when its rows fill more than one write batch', async () => {
    const u = await addUmkm(ctx);
    const p = await addMitra(ctx);
    const k = await addAgreement(ctx, p.id, { umkmId: u.id }, { startDate: '2024-01-01' });
    await call(ctx, 'kemitraan:setStatus', { id: k.id, status: 'aktif', signedAt: '2023-12-20' });
    const file = path.join(dir, 'monev-besar.xlsx');
    // A write batch starts at 100 rows: 250 products of one visit span three batches.
    const products = Array.from({ length: 250 }, (_, i) => [k.number, '20/05/2024', 'Rina Kartika', 'Kunjungan', `Produk ${i + 1}`, 'Lobi hotel', 10_000 + i, 'laku', 'tidak', null, null] as Array<string | number | null>);
    await workbook(file, [...products, [k.number, '21/05/2024', 'Rina Kartika', 'Kunjungan', 'Produk lain', 'Lobi hotel', 5_000, 'laku', 'tidak', null, null]]);
    const done = await (await open(file)).commit();
    expect([done.imported, done.refused]).toEqual([251, 0]);
    const visits = (await call(ctx, 'monev:list', { kemitraanId: k.id })).items;
    expect(visits.map((v) => [v.date, v.products.length])).toEqual([
      ['2024-05-21', 1],
      ['2024-05-20', 250],
    ]);
    expect(await countRows(ctx.db, 'monev_kunjungan')).toBe(2);
  });
});
