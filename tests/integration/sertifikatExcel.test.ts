// The register to and from Excel on a real database (SQLite, or PostgreSQL under integration-pg):
// a companion's workbook with its own headings is imported (UMKM named by NIK, kinds and statuses
// in the office's words), an unknown NIK and an issued row without its date are refused, a second
// file bringing the numbers marks last month's applications issued instead of adding; the export
// writes the queue as filtered, with the audit line.
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
const e = messages.sertifikatEnums;
let ctx: Scope;
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ ctx, dir, cleanup } = await tempContext());
});
afterEach(async () => cleanup());

type Cell = string | number | Date | null;
async function workbook(file: string, header: string[], rows: Cell[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('SEHATI 2025');
  ws.addRow(['REKAP PENDAMPINGAN SERTIFIKASI HALAL SELF DECLARE 2025']);
  ws.addRow([]);
  ws.addRow(header);
  rows.forEach((r) => ws.addRow(r));
  await wb.xlsx.writeFile(file);
}

async function importFile(file: string) {
  const wb = await imports.openImport(ctx, { fileId: ctx.files.register(file).fileId, target: 'sertifikat' });
  const layout = await imports.sheetLayout(ctx, { sessionId: wb.sessionId, sheet: wb.defaultSheet });
  const choices = { sessionId: wb.sessionId, sheet: wb.defaultSheet, headerRow: layout.headerRow, mapping: layout.mapping, edits: [], dropped: [] };
  const preview = await imports.previewImport(ctx, { ...choices, filter: 'all', page: 1, pageSize: 500 });
  const summary = (await run(ctx.core, 'import:commit', { dryRun: false, ...choices }, CLERK)) as ImportSummary;
  return { layout, preview, summary };
}

describe('sertifikat import', () => {
  it("reads a companion's own headings, refuses an unknown NIK and an issued row without its day, and a later file's numbers mark the applications issued", async () => {
    const a = await addUmkm(ctx);
    const b = await addUmkm(ctx);
    const file = path.join(dir, 'rekap-sehati.xlsx');
    const header = ['NIK Pemilik', 'Jenis Sertifikat', 'Status Permohonan', 'Tgl Pengajuan', 'Nomor Sertifikat', 'Tgl Terbit', 'Jalur', 'Nama Pendamping', 'Program'];
    await workbook(file, header, [
      [a.nik, 'Halal', 'proses', new Date(Date.UTC(2025, 1, 3)), null, null, 'self declare', 'Siti Aminah', 'SEHATI'],
      [b.nik, 'P-IRT', 'Diajukan', new Date(Date.UTC(2025, 1, 5)), null, null, null, 'Siti Aminah', null],
      ['6471059999990099', 'Halal', 'Diajukan', new Date(Date.UTC(2025, 1, 5)), null, null, null, null, null],
      [b.nik, 'Halal', 'terbit', null, 'ID6411000099', null, null, null, null],
    ]);
    const { layout, preview, summary } = await importFile(file);
    expect(Object.keys(layout.mapping).length).toBeGreaterThanOrEqual(8);
    expect(preview.items.map((r) => r.action)).toEqual(['new', 'new', 'refuse', 'refuse']);
    expect(preview.items[2]!.issues[0]!.field).toBe('nik');
    expect(preview.items[3]!.issues.map((i) => i.message)).toContain(messages.sertifikatValidation.issuedAtNeeded);
    expect(preview.items[0]!.values).toMatchObject({ kind: e.kind.halal, status: e.status.diajukan, route: e.route.self_declare, submittedAt: '03/02/2025' });
    expect(summary).toMatchObject({ imported: 2, refused: 2 });
    const waiting = await call(ctx, 'sertifikat:list', { group: 'diajukan' });
    expect(waiting.items.map((s) => [s.umkmId, s.kind, s.companion])).toEqual([
      [a.id, 'halal', 'Siti Aminah'],
      [b.id, 'pirt', 'Siti Aminah'],
    ]);
    const line = await queryRow<{ username: string; summary: string }>(ctx.db, `SELECT username, summary FROM audit_log WHERE entity = 'sertifikat' AND action = 'create' ORDER BY id`);
    expect(line).toMatchObject({ username: 'uji' });
    expect(line!.summary).toContain('rekap-sehati.xlsx');

    // The BPJPH list a month later: the same applications with their numbers.
    const issued = path.join(dir, 'terbit-maret.xlsx');
    await workbook(issued, ['NIK', 'Jenis', 'Status', 'Tgl Pengajuan', 'No Sertifikat', 'Tgl Terbit'], [
      [a.nik, 'halal', 'terbit', new Date(Date.UTC(2025, 1, 3)), 'ID64110000123', new Date(Date.UTC(2025, 2, 10))],
    ]);
    const again = await importFile(issued);
    expect(again.preview.items.map((r) => r.action)).toEqual(['update']);
    expect(again.summary).toMatchObject({ imported: 0, updated: 1 });
    const halal = (await call(ctx, 'sertifikat:list', { umkmId: a.id })).items;
    expect(halal.map((s) => [s.kind, s.status, s.number, s.issuedAt, s.companion])).toEqual([['halal', 'terbit', 'ID64110000123', '2025-03-10', 'Siti Aminah']]);
  });
});

describe('sertifikat export', () => {
  it('writes the queue as filtered on the page and records the disclosure', async () => {
    const a = await addUmkm(ctx, { businessName: 'Amplang Bu Ani' });
    await call(ctx, 'sertifikat:create', { umkmId: a.id, kind: 'halal', status: 'diajukan', submittedAt: '2025-02-03', companion: 'Siti Aminah' });
    await call(ctx, 'sertifikat:create', { umkmId: a.id, kind: 'pirt', status: 'terbit', issuedAt: '2024-01-10', number: 'P-IRT 123' });
    const r = await call(ctx, 'export:list', { list: 'sertifikat', query: { group: 'diajukan' } });
    expect(r.rows).toBe(1);
    expect(r.file.name).toMatch(/^Daftar-Sertifikat-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(ctx.files.get(r.file.fileId).path);
    const ws = wb.getWorksheet(messages.sertifikatExport.sheet)!;
    const cells: unknown[] = [];
    ws.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
    expect(cells).toContain('Amplang Bu Ani');
    expect(cells).toContain(e.kind.halal);
    expect(cells).toContain('Siti Aminah');
    expect(cells).not.toContain('P-IRT 123');
    const line = await queryRow<{ summary: string }>(ctx.db, `SELECT summary FROM audit_log WHERE action = 'export' ORDER BY id DESC`);
    expect(line!.summary).toContain(messages.auditExportLists.sertifikat);
  });
});
