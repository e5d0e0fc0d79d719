import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchColumns } from '../../electron/core/excel/import/columnMatch';
import { detectHeaderRow, headerTexts } from '../../electron/core/excel/import/headerRow';
import { rowKind } from '../../electron/core/excel/import/rowKind';
import { IMPORT_TARGET_DEFS } from '../../electron/core/excel/import/targets';
import { readWorkbook } from '../../electron/core/excel/read/readWorkbook';
import type { SheetData, WorkbookData } from '../../electron/core/excel/read/types';
import { AppError } from '../../electron/core/errors';
import { MitraInput } from '../../shared/contract/mitra';
import { ClassRecordInput } from '../../shared/contract/progress';
import { UmkmInput } from '../../shared/contract/umkm';
import {
  generatedNik,
  writeCorruptEntryZip,
  writeDamagedZip,
  writeDocxLike,
  writeEncryptedLike,
  writeLargeUmkmWorkbook,
  writeMessyUmkmWorkbook,
  writeMitraWorkbook,
  writeNotXlsx,
  writeProgressWorkbook,
  writeRandomZip,
  type MessyExpectation,
} from '../support/messyWorkbooks';
import { tempDir } from '../support/tempDir';

const tmp = tempDir('excel-read-');
const at = (name: string) => path.join(tmp.dir, name);
afterAll(() => tmp.remove());

async function badFile(file: string, opts?: Parameters<typeof readWorkbook>[1]): Promise<AppError> {
  try {
    await readWorkbook(file, opts);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('BAD_FILE');
    return err as AppError;
  }
  throw new Error(`${file} was read`);
}

const rowOf = (s: SheetData, n: number) => s.rows.find((r) => r.row === n)?.cells;

describe('readWorkbook on the messy UMKM workbook', () => {
  let exp: MessyExpectation;
  let wb: WorkbookData;
  let sheet: SheetData;
  beforeAll(async () => {
    exp = await writeMessyUmkmWorkbook(at('messy.xlsx'));
    wb = await readWorkbook(at('messy.xlsx'));
    sheet = wb.sheets.find((s) => s.name === exp.sheet)!;
  });

  it('lists the sheets in workbook order', () => {
    expect(wb.sheets.map((s) => s.name)).toEqual(exp.sheetNames);
    expect(wb.sheets.every((s) => !s.hidden)).toBe(true);
    expect(wb.date1904).toBe(false);
  });

  it('copies merged values into every cell of the range; formulas read as their result', () => {
    expect(rowOf(sheet, 1)).toEqual(Array.from({ length: 13 }, () => 'PEMERINTAH KOTA BALIKPAPAN'));
    expect(rowOf(sheet, 4)).toBeUndefined();
    expect(rowOf(sheet, 5)?.slice(5, 7)).toEqual(['Wilayah', 'Wilayah']);
    expect(rowOf(sheet, 6)?.slice(0, 3)).toEqual(['No', 'Nama Usaha', 'NAMA PEMILIK']);
    expect(rowOf(sheet, 21)?.slice(0, 9)).toEqual([...Array.from({ length: 7 }, () => 'JUMLAH'), 1_190_000_000, 31]);
    expect(rowOf(sheet, 20)?.[7]).toBe(200_000_000);
    expect(rowOf(sheet, 7)?.[10]).toEqual(new Date(Date.UTC(2023, 4, 23)));
    expect(rowOf(sheet, 13)?.[3]).toBe(6471056308750000);
  });

  it('finds the header row and maps the abbreviated columns', () => {
    const def = IMPORT_TARGET_DEFS.umkm;
    expect(detectHeaderRow(sheet, def)).toBe(exp.headerRow);
    const headers = headerTexts(sheet, exp.headerRow);
    const { mapping } = matchColumns(headers, def);
    expect(mapping).toEqual(exp.mapping);
    for (const [key, text] of Object.entries(exp.headers)) expect([key, headers[mapping[key]!]]).toEqual([key, text]);
  });

  it('reads every row into what the expectation says', () => {
    const def = IMPORT_TARGET_DEFS.umkm;
    const headers = headerTexts(sheet, exp.headerRow);
    const skipped: Array<{ row: number; reason: string }> = [];
    const blanks: number[] = [];
    const seen = new Map<string, number>();
    const got: Array<{ row: number; action: string; errorFields: string[]; warningFields: string[]; data: Record<string, unknown>; dupOf?: number }> = [];
    for (const r of sheet.rows.filter((x) => x.row > exp.headerRow)) {
      const kind = rowKind(r.cells, headers, exp.mapping);
      if (kind === 'blank') blanks.push(r.row);
      if (kind === 'total' || kind === 'header') skipped.push({ row: r.row, reason: kind });
      if (kind !== 'data') continue;
      const cells = Object.fromEntries(Object.entries(exp.mapping).map(([k, c]) => [k, r.cells[c] ?? null]));
      const { input, issues } = def.toInput(cells, { date1904: wb.date1904 });
      const parsed = UmkmInput.safeParse(input);
      const errorFields = issues.filter((i) => i.level === 'error').map((i) => i.field!);
      const warningFields = issues.filter((i) => i.level === 'warning').map((i) => i.field!);
      const data = (parsed.success ? parsed.data : input) as Record<string, unknown>;
      const dupOf = typeof input.nik === 'string' ? seen.get(input.nik) : undefined;
      const action = errorFields.length || !parsed.success ? 'refuse' : dupOf ? 'duplicate' : 'new';
      if (action === 'new') seen.set(input.nik as string, r.row);
      got.push({ row: r.row, action, errorFields, warningFields, data, ...(dupOf ? { dupOf } : {}) });
    }
    expect(skipped).toEqual(exp.skipped);
    expect(blanks).toEqual(exp.blankRows);
    expect(got.map((g) => [g.row, g.action])).toEqual(exp.rows.map((e) => [e.row, e.action]));
    for (const e of exp.rows) {
      const g = got.find((x) => x.row === e.row)!;
      expect({ row: e.row, ...g.data }).toMatchObject({ row: e.row, ...e.values });
      if (e.errorField) expect(g.errorFields).toEqual([e.errorField]);
      expect(g.warningFields).toEqual(e.warningFields ?? []);
      if (e.duplicateOfRow) expect(g.dupOf).toBe(e.duplicateOfRow);
    }
  });

  it('streaming (the reader the app uses) reads what the document reader reads, merged ranges filled alike', async () => {
    const streamed = await readWorkbook(at('messy.xlsx'), { mode: 'stream' });
    const doc = await readWorkbook(at('messy.xlsx'), { mode: 'document' });
    expect(streamed.sheets.map((x) => x.name)).toEqual(exp.sheetNames);
    expect(rowOf(streamed.sheets.find((x) => x.name === exp.sheet)!, 1)).toEqual(Array.from({ length: 13 }, () => 'PEMERINTAH KOTA BALIKPAPAN'));
    expect(streamed).toEqual(doc);
  });
});

describe('readWorkbook on cell kinds', () => {
  it('joins rich text, takes hyperlink text, error codes and shared-formula results; reports hidden sheets and 1904 dates', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('Isi');
    ws.getCell('A1').value = { richText: [{ text: 'Amplang ', font: { bold: true } }, { text: 'Bu Sari' }] };
    ws.getCell('B1').value = { text: 'situs', hyperlink: 'https://example.org' };
    ws.getCell('C1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('D1').value = new Date(Date.UTC(2023, 4, 23));
    ws.getCell('E1').value = '   ';
    ws.getCell('A2').value = 2;
    ws.getCell('A3').value = 3;
    ws.getCell('A4').value = 4;
    ws.fillFormula('B2:B4', 'A2*2', [4, 6, 8]);
    wb.addWorksheet('Tersembunyi', { state: 'hidden' }).getCell('A1').value = 'x';
    await wb.xlsx.writeFile(at('kinds.xlsx'));
    for (const mode of ['document', 'stream'] as const) {
      const out = await readWorkbook(at('kinds.xlsx'), { mode });
      expect(out.date1904).toBe(true);
      expect(out.sheets.map((s) => [s.name, s.hidden])).toEqual([
        ['Isi', false],
        ['Tersembunyi', true],
      ]);
      const rows = out.sheets[0]!.rows;
      expect(rows[0]!.cells).toEqual(['Amplang Bu Sari', 'situs', '#N/A', new Date(Date.UTC(2023, 4, 23)), '   ']);
      expect(rows.slice(1).map((r) => r.cells)).toEqual([
        [2, 4],
        [3, 6],
        [4, 8],
      ]);
    }
  });
});

describe('readWorkbook refuses bad files before parsing, in Indonesian', () => {
  it('a missing or empty file', async () => {
    expect((await badFile(at('nope.xlsx'))).message).toBe('Berkas nope.xlsx tidak ditemukan.');
    fs.writeFileSync(at('empty.xlsx'), '');
    expect((await badFile(at('empty.xlsx'))).message).toMatch(/^Berkas empty.xlsx kosong \(0 byte\)/);
  });

  it('text named .xlsx, and CSV', async () => {
    writeNotXlsx(at('text.xlsx'));
    expect((await badFile(at('text.xlsx'))).message).toMatch(/bukan berkas Excel \.xlsx.*simpan sebagai "Excel Workbook \(\.xlsx\)"/);
    fs.writeFileSync(at('data.csv'), 'Nama Usaha;NIK\nAmplang;6471054506880001\n');
    expect((await badFile(at('data.csv'))).message).toMatch(/berkas CSV\/teks, bukan Excel/);
    fs.copyFileSync(at('data.csv'), at('csv-named.xlsx'));
    expect((await badFile(at('csv-named.xlsx'))).message).toMatch(/berkas CSV/);
  });

  it('an old .xls or an encrypted .xlsx: both are named', async () => {
    writeEncryptedLike(at('locked.xlsx'));
    const msg = (await badFile(at('locked.xlsx'))).message;
    expect(msg).toMatch(/\.xls, Excel 97-2003.*simpan ulang sebagai "Excel Workbook \(\.xlsx\)"/);
    expect(msg).toMatch(/dilindungi kata sandi \(terenkripsi\)/);
  });

  it('a zip that is no workbook', async () => {
    writeDocxLike(at('surat.xlsx'));
    expect((await badFile(at('surat.xlsx'))).message).toMatch(/dokumen Word/);
    writeRandomZip(at('arsip.xlsx'));
    expect((await badFile(at('arsip.xlsx'))).message).toMatch(/\(ZIP\), bukan buku kerja Excel/);
  });

  it('a damaged zip: directory cut off, or data exceljs cannot parse', async () => {
    await writeDamagedZip(at('cut.xlsx'));
    expect((await badFile(at('cut.xlsx'))).message).toMatch(/rusak atau tidak lengkap/);
    await writeCorruptEntryZip(at('corrupt.xlsx'));
    expect((await badFile(at('corrupt.xlsx'))).message).toMatch(/rusak atau tidak lengkap/);
  });

  it('too big in bytes or rows', async () => {
    await writeLargeUmkmWorkbook(at('big.xlsx'), 300);
    expect((await badFile(at('big.xlsx'), { maxBytes: 10_000 })).message).toMatch(/terlalu besar .*paling besar 0 MB/);
    for (const mode of ['document', 'stream'] as const) {
      expect((await badFile(at('big.xlsx'), { maxRows: 100, mode })).message).toBe(
        'Lembar "Data" terlalu besar: lebih dari 100 baris. Pecah datanya menjadi beberapa berkas .xlsx.',
      );
    }
  });
});

describe('readWorkbook on the large and small fixtures', () => {
  it('streams a big file (auto mode above the threshold) with the same rows as the document reader', async () => {
    await writeLargeUmkmWorkbook(at('large.xlsx'), 2000);
    const doc = await readWorkbook(at('large.xlsx'), { mode: 'document' });
    const auto = await readWorkbook(at('large.xlsx'), { streamAboveBytes: 1000 });
    expect(doc.sheets[0]!.rows).toHaveLength(2001);
    expect(auto.sheets[0]!.rows).toEqual(doc.sheets[0]!.rows);
    const def = IMPORT_TARGET_DEFS.umkm;
    const s = auto.sheets[0]!;
    const header = detectHeaderRow(s, def);
    const { mapping } = matchColumns(headerTexts(s, header), def);
    expect(Object.keys(mapping).sort()).toEqual(def.fields.map((f) => f.key).sort());
    const niks = new Set<string>();
    for (const r of s.rows.slice(1, 400)) {
      const cells = Object.fromEntries(Object.entries(mapping).map(([k, c]) => [k, r.cells[c] ?? null]));
      const { input, issues } = def.toInput(cells, { date1904: false });
      expect(issues).toEqual([]);
      expect(UmkmInput.safeParse(input).success).toBe(true);
      niks.add(input.nik as string);
    }
    expect(niks.size).toBe(399);
    expect(new Set(Array.from({ length: 30_000 }, (_, i) => generatedNik(i))).size).toBe(30_000);
  });

  it('mitra and progress workbooks read into their schemas', async () => {
    const mexp = await writeMitraWorkbook(at('mitra.xlsx'));
    const mwb = await readWorkbook(at('mitra.xlsx'));
    const ms = mwb.sheets.find((s) => s.name === mexp.sheet)!;
    const mdef = IMPORT_TARGET_DEFS.mitra;
    expect(detectHeaderRow(ms, mdef)).toBe(mexp.headerRow);
    const mmap = matchColumns(headerTexts(ms, mexp.headerRow), mdef).mapping;
    for (const e of mexp.rows) {
      const r = ms.rows.find((x) => x.row === e.row)!;
      const { input, issues } = mdef.toInput(Object.fromEntries(Object.entries(mmap).map(([k, c]) => [k, r.cells[c] ?? null])), { date1904: false });
      const parsed = MitraInput.safeParse(input);
      const refused = issues.some((i) => i.level === 'error') || !parsed.success;
      expect([e.row, refused ? 'refuse' : 'new']).toEqual([e.row, e.action]);
      expect(parsed.success ? parsed.data : input).toMatchObject(e.values);
      if (e.errorField) expect(issues.map((i) => i.field)).toContain(e.errorField);
    }

    const niks = ['6471054506880001', '6471024107920003'];
    const pexp = await writeProgressWorkbook(at('progress.xlsx'), niks);
    const pwb = await readWorkbook(at('progress.xlsx'));
    const ps = pwb.sheets[0]!;
    const pdef = IMPORT_TARGET_DEFS.progress;
    expect(detectHeaderRow(ps, pdef)).toBe(pexp.headerRow);
    const pmap = matchColumns(headerTexts(ps, pexp.headerRow), pdef).mapping;
    for (const e of pexp.rows) {
      const r = ps.rows.find((x) => x.row === e.row)!;
      const { input, issues } = pdef.toInput(Object.fromEntries(Object.entries(pmap).map(([k, c]) => [k, r.cells[c] ?? null])), { date1904: false });
      expect(issues).toEqual([]);
      expect(input).toMatchObject(e.values);
      const { nik: _nik, ...rest } = input;
      expect(ClassRecordInput.safeParse({ ...rest, umkmId: 1 }).success).toBe(true);
    }
  });
});
