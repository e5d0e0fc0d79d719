// The import engine on real workbooks and a real database: what the preview promises is what the
// write stores, in one transaction, with the audit trail, and nothing when it is cancelled or fails.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Scope } from '../../electron/core/scope';
import type { Caller } from '../../electron/core/auth/caller';
import * as imports from '../../electron/core/excel/import/importService';
import { run } from '../../electron/core/dispatch/dispatch';
import type { ImportSummary, ImportTarget } from '../../shared/contract/excel';
import { call } from '../support/call';
import { countRows, queryRow, queryRows } from '../support/dbQuery';
import { SKIP_WITHOUT_SOFFICE, pdfPageSizes, pdfPages, pdfWordHeights, printToPdf } from '../support/libreoffice';
import { tempContext } from '../support/tempDb';
import { writeLargeUmkmWorkbook, writeMessyUmkmWorkbook, writeMitraWorkbook, writeNotXlsx, writeProgressWorkbook, type MessyExpectation } from '../support/messyWorkbooks';

const CLERK: Caller = { userId: null, username: 'uji', role: 'operator', via: 'app' };
let ctx: Scope;
let dir: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ ctx, dir, cleanup } = await tempContext());
});
afterEach(async () => cleanup());

const count = (table: string) => countRows(ctx.db, table, 'deleted_at IS NULL');
const auditCount = () => countRows(ctx.db, 'audit_log');
const idOfNik = async (nik: string) => (await queryRow<{ id: number }>(ctx.db, `SELECT id FROM umkm WHERE nik = ?`, [nik]))!.id;

async function open(file: string, target: ImportTarget = 'umkm') {
  const wb = await imports.openImport(ctx, { fileId: ctx.files.register(file).fileId, target });
  const layout = await imports.sheetLayout(ctx, { sessionId: wb.sessionId, sheet: wb.defaultSheet });
  const choices = { sessionId: wb.sessionId, sheet: wb.defaultSheet, headerRow: layout.headerRow, mapping: layout.mapping, edits: [] as Array<{ row: number; field: string; value: string }>, dropped: [] as number[] };
  const preview = (extra: Partial<typeof choices> = {}) => imports.previewImport(ctx, { ...choices, ...extra, filter: 'all', page: 1, pageSize: 500 });
  const commit = (extra: Partial<typeof choices> & { dryRun?: boolean } = {}) => run(ctx.core, 'import:commit', { dryRun: false, ...choices, ...extra }, CLERK) as Promise<ImportSummary>;
  return { wb, layout, choices, preview, commit };
}

describe('messy UMKM workbook', () => {
  let file: string;
  let exp: MessyExpectation;
  beforeEach(async () => {
    file = path.join(dir, 'data-umkm.xlsx');
    exp = await writeMessyUmkmWorkbook(file);
  });

  it('finds the data sheet, its header row under the title rows, and every column', async () => {
    const { wb, layout } = await open(file);
    expect(wb.sheets.map((s) => s.name)).toEqual(exp.sheetNames);
    expect(wb.defaultSheet).toBe(exp.sheet);
    expect(layout.headerRow).toBe(exp.headerRow);
    expect(layout.mapping).toEqual(exp.mapping);
    expect(layout.remembered).toBe(false);
  });

  it('previews each row as it will be stored, with its action and its problems at the cell', async () => {
    const { preview } = await open(file);
    const p = await preview();
    expect(p.skippedRows).toEqual(exp.skipped);
    expect(p.items.map((r) => [r.row, r.action])).toEqual(exp.rows.map((r) => [r.row, r.action]));
    for (const want of exp.rows) {
      const got = p.items.find((r) => r.row === want.row)!;
      if (want.errorField) expect(got.issues.filter((i) => i.level === 'error').map((i) => i.field)).toContain(want.errorField);
      for (const f of want.warningFields ?? []) expect(got.issues.some((i) => i.level === 'warning' && i.field === f)).toBe(true);
      if (want.duplicateOfRow) expect(got.duplicateOfRow).toBe(want.duplicateOfRow);
    }
    const c = p.counts;
    expect([c.new, c.duplicate, c.refuse, c.structural]).toEqual([
      exp.rows.filter((r) => r.action === 'new').length,
      exp.rows.filter((r) => r.action === 'duplicate').length,
      exp.rows.filter((r) => r.action === 'refuse').length,
      exp.skipped.length,
    ]);
    expect(await count('umkm')).toBe(0);
  });

  it('stores exactly the accepted rows, with the values the preview showed, and audits each', async () => {
    const { commit } = await open(file);
    const s = await commit();
    const accepted = exp.rows.filter((r) => r.action === 'new');
    expect(s).toMatchObject({ imported: accepted.length, updated: 0, refused: 3, skipped: 3, dryRun: false, cancelled: false });
    expect(s.errors.map((e) => [e.row, e.column])).toEqual([
      [13, 'D'],
      [18, 'H'],
      [20, 'K'],
    ]);
    expect(s.errors[0]!.value).toBe('6471056308750000');
    expect(await count('umkm')).toBe(accepted.length);
    for (const want of accepted) {
      const nik = (want.values.nik as string | undefined) ?? undefined;
      if (!nik) continue;
      const u = await ctx.umkm.get(await idOfNik(nik));
      for (const [k, v] of Object.entries(want.values)) expect(u[k as keyof typeof u], `row ${want.row} ${k}`).toEqual(v);
    }
    // One trail row per stored UMKM and one for the import; each new UMKM has its first class record.
    const trail = await ctx.audit.list({ entity: 'umkm', page: 1, pageSize: 100 });
    expect(trail.items.filter((e) => e.action === 'create')).toHaveLength(accepted.length);
    expect(trail.items.filter((e) => e.action === 'import')).toHaveLength(1);
    expect(await count('riwayat_kelas')).toBe(accepted.length);
    // The search index knows the imported names.
    expect((await call(ctx, 'umkm:list', { search: 'Kepiting' })).total).toBe(1);
  });

  it('takes a fixed cell and a dropped row from the preview', async () => {
    const { preview, commit } = await open(file);
    const fixes = { edits: [{ row: 13, field: 'nik', value: '6471056308750006' }], dropped: [15] };
    const p = await preview(fixes);
    const fixed = p.items.find((r) => r.row === 13)!;
    expect(fixed.action).toBe('new');
    expect(fixed.edited).toEqual(['nik']);
    expect(fixed.values.nik).toBe('6471056308750006');
    expect(p.items.find((r) => r.row === 15)!.dropped).toBe(true);
    const s = await commit(fixes);
    expect(s.imported).toBe(exp.rows.filter((r) => r.action === 'new').length);
    expect(await countRows(ctx.db, 'umkm', `nik = '6471056308750006'`)).toBe(1);
    expect(await countRows(ctx.db, 'umkm', `nik = '6471034808900007'`)).toBe(0);
  });

  it('answers previews sent together each with its own fixes, and the next ask of the same fixes alike', async () => {
    const { preview } = await open(file);
    const fixes = { edits: [{ row: 13, field: 'nik', value: '6471056308750006' }] };
    // The clerk fixes a cell while the first preview is still loading: both are in flight at once.
    const [plain, fixed] = await Promise.all([preview(), preview(fixes)]);
    expect(fixed.counts.new).toBe(plain.counts.new + 1);
    expect(fixed.counts.refuse).toBe(plain.counts.refuse - 1);
    // The page asks again (another filter, the same fixes): the cached evaluation is the fixed one.
    const again = await preview(fixes);
    expect(again.counts).toEqual(fixed.counts);
  });

  it('updates the UMKM a second import matches by NIK, and a dry run writes nothing', async () => {
    await (await open(file)).commit();
    const before = await count('umkm');
    const auditBefore = await auditCount();
    const again = await open(file);
    const dry = await again.commit({ dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, imported: 0, updated: before });
    expect(await auditCount()).toBe(auditBefore);
    const s = await again.commit();
    expect(s).toMatchObject({ imported: 0, updated: before });
    expect(await count('umkm')).toBe(before);
  });

  it('remembers the mapping the clerk confirmed for the next file of the same shape', async () => {
    const first = await open(file);
    const { phone: _p, ...withoutPhone } = first.choices.mapping;
    await first.commit({ mapping: withoutPhone });
    const second = await open(file);
    expect(second.layout.remembered).toBe(true);
    expect(second.layout.mapping).toEqual(withoutPhone);
    expect(new Set(Object.values(second.layout.matchedBy))).toEqual(new Set(['remembered']));
  });

  it('saves the refused rows with what is wrong first, then their original cells, ready to import again', async () => {
    const { choices } = await open(file);
    const r = await imports.refusedFile(ctx, choices);
    expect(r.rows).toBe(3);
    const saved = ctx.files.get(r.file.fileId).path;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    // What is wrong is the first thing read; then the sheet row; then the original header.
    expect(header.slice(0, 2)).toEqual(['Keterangan kesalahan', 'Baris asal']);
    expect(header.slice(2, 6)).toEqual(['No', 'Nama Usaha', 'NAMA PEMILIK', 'No. NIK']);
    expect(ws.getRow(2).getCell(1).value).toMatch(/^No\. NIK: NIK tersimpan sebagai angka/);
    expect(ws.getRow(2).getCell(2).value).toBe(13);
    expect(ws.getRow(2).getCell(6).value).toBe(6471056308750000);
    expect(ws.getRow(3).getCell(1).value).toMatch(/^Omzet\/Tahun \(Rp\): .*sepuluh juta/);
    expect(ws.getRow(3).getCell(10).value).toBe('sepuluh juta');
    expect(ws.getRow(4).getCell(2).value).toBe(20);

    // Readable: the reasons column wide and wrapped, every column wide enough for its text, rows
    // as tall as their wrapped text, frozen under the header and beside the reasons.
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(45);
    for (let c = 3; c <= header.length; c++) {
      const width = ws.getColumn(c).width!;
      expect(width, `column ${c}`).toBeGreaterThanOrEqual(8);
      expect(width, `column ${c}`).toBeLessThanOrEqual(30);
      ws.eachRow((row) => {
        const v = row.getCell(c).value;
        if (typeof v === 'number') expect(String(v).length, `number in column ${c}`).toBeLessThan(width);
      });
    }
    ws.eachRow((row) => {
      expect(row.getCell(1).alignment?.wrapText).toBe(true);
      const lines = String(row.getCell(1).value).length / (ws.getColumn(1).width! - 2);
      expect(row.height, `row ${row.number}`).toBeGreaterThanOrEqual(Math.ceil(lines) * 15);
    });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    // Printed on A4 landscape, every column on one page width, the header on every page.
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe('1:1');

    // As LibreOffice prints it: one landscape A4 page, the reasons there in full, no ### anywhere.
    if (!SKIP_WITHOUT_SOFFICE) {
      const pdf = printToPdf(saved, dir);
      expect(pdfPageSizes(pdf).map((p) => p.width > p.height && Math.round(p.width))).toEqual([842]);
      const text = pdfPages(pdf).join('\n');
      expect(text).not.toContain('###');
      const words = text.replace(/\s+/g, ' ');
      for (const reason of [ws.getRow(2).getCell(1).value, ws.getRow(3).getCell(1).value, ws.getRow(4).getCell(1).value]) {
        expect(words).toContain(String(reason).replace(/\s+/g, ' ').slice(0, 40));
      }
      for (const word of ['digit terakhirnya hilang', 'sepuluh juta', 'Keterangan kesalahan']) expect(words).toContain(word);
      // Text printed at a size one can read on paper (points).
      const heights = pdfWordHeights(pdf).flat().sort((a, b) => a - b);
      expect(heights[Math.floor(heights.length / 2)]).toBeGreaterThanOrEqual(5);
    }
  });

  it('imports the corrected file of refused rows again, past its two added columns', async () => {
    const { choices, layout } = await open(file);
    const r = await imports.refusedFile(ctx, choices);
    const again = await open(ctx.files.get(r.file.fileId).path);
    expect(again.layout.headerRow).toBe(1);
    // The same fields from the same columns, two to the right; nothing from the added ones.
    expect(again.layout.mapping).toEqual(Object.fromEntries(Object.entries(layout.mapping).map(([k, c]) => [k, c + 2])));
    const p = await again.preview({ edits: [{ row: 2, field: 'nik', value: '6471056308750006' }] });
    expect(p.items.map((i) => [i.row, i.action])).toEqual([
      [2, 'new'],
      [3, 'refuse'],
      [4, 'refuse'],
    ]);
  });
});

describe('one transaction', () => {
  it('stores nothing when a row fails in the middle of the write', async () => {
    const file = path.join(dir, 'data-umkm.xlsx');
    await writeMessyUmkmWorkbook(file);
    const { commit } = await open(file);
    // A fault of the database itself on the sixth row (the check before the write cannot see it).
    const db = ctx.db;
    if (db.kind === 'sqlite') {
      db.raw.exec(`CREATE TEMP TRIGGER boom BEFORE INSERT ON umkm WHEN NEW.business_name = 'Keripik Pisang Lestari' BEGIN SELECT RAISE(ABORT, 'disk I/O'); END`);
    } else {
      await queryRows(db, `CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk I/O'; END $$`);
      await queryRows(db, `CREATE TRIGGER boom BEFORE INSERT ON umkm FOR EACH ROW WHEN (NEW.business_name = 'Keripik Pisang Lestari') EXECUTE FUNCTION boom()`);
    }
    const auditBefore = await auditCount();
    await expect(commit()).rejects.toThrow();
    expect(await count('umkm')).toBe(0);
    expect(await count('riwayat_kelas')).toBe(0);
    expect(await auditCount()).toBe(auditBefore);
    // The search index is whole again: SQLite's triggers lifted for the bulk insert are back;
    // PostgreSQL's trigram index (the engine's own, never lifted) is still there.
    if (db.kind === 'sqlite') expect(await countRows(db, 'sqlite_master', `type = 'trigger' AND name LIKE 'umkm_fts_%'`)).toBe(3);
    else expect(await countRows(db, 'pg_indexes', `indexname = 'ix_umkm_search'`)).toBe(1);
  });

  it('is cancelled mid-write with nothing stored, and shows its progress while it runs', async () => {
    const file = path.join(dir, 'large.xlsx');
    await writeLargeUmkmWorkbook(file, 3000);
    const { commit, wb } = await open(file);
    const seen: number[] = [];
    const poll = setInterval(() => {
      const p = imports.progress(ctx, wb.sessionId);
      if (p.phase === 'writing') {
        seen.push(p.done);
        if (p.done > 0) imports.cancel(ctx, wb.sessionId);
      }
    }, 1);
    const s = await commit();
    clearInterval(poll);
    expect(s.cancelled).toBe(true);
    expect(s.imported).toBe(0);
    expect(seen.some((d) => d > 0)).toBe(true);
    expect(imports.progress(ctx, wb.sessionId).phase).toBe('cancelled');
    expect(await count('umkm')).toBe(0);
  });
});

describe('other targets', () => {
  it('imports partners with list cells and refuses an unknown kind', async () => {
    const file = path.join(dir, 'mitra.xlsx');
    const exp = await writeMitraWorkbook(file);
    const { layout, preview, commit } = await open(file, 'mitra');
    expect(layout.headerRow).toBe(exp.headerRow);
    const p = await preview();
    expect(p.items.map((r) => [r.row, r.action])).toEqual(exp.rows.map((r) => [r.row, r.action]));
    const s = await commit();
    expect(s.imported).toBe(3);
    const hotel = (await call(ctx, 'mitra:list', { search: 'Gran Senyiur' })).items[0]!;
    expect(await call(ctx, 'mitra:get', { id: hotel.id })).toMatchObject(exp.rows[0]!.values);
  });

  it('adds class records to UMKM named by NIK, and the class follows', async () => {
    const umkm = path.join(dir, 'data-umkm.xlsx');
    await writeMessyUmkmWorkbook(umkm);
    await (await open(umkm)).commit();
    const niks = ['6471054506880001', '6471024107920003'];
    const file = path.join(dir, 'progress.xlsx');
    const exp = await writeProgressWorkbook(file, [...niks, '6471059999990099']);
    const { preview, commit } = await open(file, 'progress');
    const p = await preview();
    expect(p.items.map((r) => r.action)).toEqual(['new', 'new', 'refuse']);
    expect(p.items[2]!.issues[0]!.field).toBe('nik');
    const s = await commit();
    expect(s).toMatchObject({ imported: 2, refused: 1 });
    const u = await ctx.umkm.get(await idOfNik(niks[1]!));
    expect(u.annualSales).toBe(exp.rows[1]!.values.annualSales);
    expect(u.lastRecordDate).toBe('2023-12-31');
  });
});

describe('files that are not workbooks', () => {
  it('refuses with a clear message and leaves the database untouched', async () => {
    const file = path.join(dir, 'bukan.xlsx');
    writeNotXlsx(file);
    await expect(imports.openImport(ctx, { fileId: ctx.files.register(file).fileId, target: 'umkm' })).rejects.toMatchObject({ code: 'BAD_FILE' });
    expect(await count('umkm')).toBe(0);
    expect(fs.existsSync(file)).toBe(true);
  });
});
