import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { matchColumns } from '../../electron/core/excel/import/columnMatch';
import { detectHeaderRow, headerTexts } from '../../electron/core/excel/import/headerRow';
import { IMPORT_TARGET_DEFS } from '../../electron/core/excel/import/targets';
import { readWorkbook } from '../../electron/core/excel/read/readWorkbook';
import { TEMPLATE_ROWS, writeTemplate } from '../../electron/core/excel/template/writeTemplate';
import { IMPORT_TARGETS } from '../../shared/contract/excel';
import { KECAMATAN } from '../../shared/domain/regions';
import { tempDir } from '../support/tempDir';

const tmp = tempDir('excel-template-');
afterAll(() => tmp.remove());

/** One entry of a zip, inflated: checks the XML exceljs wrote without reading it back through exceljs. */
function zipEntry(file: string, name: string): string {
  const buf = fs.readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = buf.readUInt32LE(eocd + 16);
  const count = buf.readUInt16LE(eocd + 10);
  for (let i = 0; i < count; i++) {
    const nameLen = buf.readUInt16LE(p + 28);
    const entryName = buf.toString('utf8', p + 46, p + 46 + nameLen);
    if (entryName === name) {
      const method = buf.readUInt16LE(p + 10);
      const size = buf.readUInt32LE(p + 20);
      const local = buf.readUInt32LE(p + 42);
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      return (method === 0 ? data : zlib.inflateRawSync(data)).toString('utf8');
    }
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  throw new Error(`${name} not in ${file}`);
}

const hasSoffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('writeTemplate', () => {
  it.each(IMPORT_TARGETS)('%s: reads back through readWorkbook, header detection and matching, every field exact', async (target) => {
    const file = path.join(tmp.dir, `template-${target}.xlsx`);
    await writeTemplate(target, file);
    const def = IMPORT_TARGET_DEFS[target];
    const wb = await readWorkbook(file);
    expect(wb.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Data', false],
      ['Petunjuk', false],
      ['Daftar', true],
    ]);
    const data = wb.sheets[0]!;
    expect(data.rows).toHaveLength(1);
    const header = detectHeaderRow(data, def);
    expect(header).toBe(1);
    const { mapping, matchedBy } = matchColumns(headerTexts(data, header), def);
    expect(mapping).toEqual(Object.fromEntries(def.fields.map((f, i) => [f.key, i])));
    expect(Object.values(matchedBy).every((k) => k === 'exact')).toBe(true);
    const guide = wb.sheets[1]!.rows.map((r) => r.cells.join(' | ')).join('\n');
    for (const f of def.fields) expect(guide).toContain(f.label);
    expect(guide).toMatch(/Excel hanya menyimpan 15 digit/);
  });

  it('writes text format on identifiers, Rupiah and date formats, a frozen bold header and drop-downs from the hidden list sheet', async () => {
    const file = path.join(tmp.dir, 'template-umkm.xlsx');
    await writeTemplate('umkm', file);
    const sheet = zipEntry(file, 'xl/worksheets/sheet1.xml');
    const styles = zipEntry(file, 'xl/styles.xml');
    const book = zipEntry(file, 'xl/workbook.xml');
    const def = IMPORT_TARGET_DEFS.umkm;
    const col = (key: string) => String.fromCharCode(65 + def.fields.findIndex((f) => f.key === key));

    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(book).toMatch(/<sheet [^>]*name="Daftar"[^>]*state="hidden"/);
    // Column style -> cellXfs entry -> number format (49 is Excel's built-in "@").
    const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
    const codes = Object.fromEntries([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]+)"/g)].map((m) => [Number(m[1]), m[2]!.replace(/&quot;/g, '"')]));
    const formatOf = (key: string) => {
      const n = def.fields.findIndex((f) => f.key === key) + 1;
      const c = [...sheet.matchAll(/<col min="(\d+)" max="(\d+)"[^>]*\/>/g)].find((m) => Number(m[1]) <= n && n <= Number(m[2]));
      const style = c ? / style="(\d+)"/.exec(c[0])?.[1] : undefined;
      const id = style === undefined ? 0 : xfs[Number(style)]!;
      return id === 49 ? '@' : (codes[id] ?? 'General');
    };
    for (const key of ['nik', 'nib', 'npwp', 'phone', 'kbli']) expect([key, formatOf(key)]).toEqual([key, '@']);
    for (const key of ['capital', 'annualSales', 'assets']) expect([key, formatOf(key)]).toEqual([key, '"Rp"#,##0']);
    expect(formatOf('registeredAt')).toBe('dd/mm/yyyy');
    expect(formatOf('businessName')).toBe('General');

    const kelurahanCount = KECAMATAN.flatMap((k) => k.kelurahan).length;
    const validations = [...sheet.matchAll(/<dataValidation [^>]*sqref="([A-Z]+)2:[A-Z]+(\d+)"[^>]*>\s*<formula1>([^<]+)<\/formula1>/g)].map((m) => ({
      col: m[1],
      last: Number(m[2]),
      formula: m[3]!.replace(/&apos;/g, "'"),
    }));
    const byCol = Object.fromEntries(validations.map((v) => [v.col, v]));
    for (const key of ['kecamatan', 'kelurahan', 'sector', 'marketReach', 'status', 'kbliVersion']) {
      expect(byCol[col(key)], key).toBeDefined();
      expect(byCol[col(key)]!.last).toBe(TEMPLATE_ROWS + 1);
    }
    expect(byCol[col('kecamatan')]!.formula).toBe("'Daftar'!$A$2:$A$7");
    expect(byCol[col('kelurahan')]!.formula).toBe(`'Daftar'!$B$2:$B$${kelurahanCount + 1}`);
    expect(TEMPLATE_ROWS).toBeGreaterThanOrEqual(500);

    const wb = await readWorkbook(file);
    const lists = wb.sheets.find((s) => s.name === 'Daftar')!;
    expect(lists.rows.slice(1).map((r) => r.cells[1]).filter(Boolean)).toHaveLength(kelurahanCount);
    expect(lists.rows.slice(1, 7).map((r) => r.cells[0])).toEqual(KECAMATAN.map((k) => k.name));
  });

  it.skipIf(!hasSoffice)('LibreOffice reads the same headers (independent check)', () => {
    const file = path.join(tmp.dir, 'template-mitra.xlsx');
    const out = path.join(tmp.dir, 'lo');
    fs.mkdirSync(out, { recursive: true });
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${path.join(tmp.dir, 'lo-profile')}`, '--headless', '--norestore', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1', '--outdir', out, file],
      { stdio: 'ignore', timeout: 60_000 },
    );
    const csv = fs.readFileSync(path.join(out, 'template-mitra-Data.csv'), 'utf8').split(/\r?\n/)[0]!;
    const expected = IMPORT_TARGET_DEFS.mitra.fields.map((f) => (f.required ? `${f.label} *` : f.label));
    expect(csv.split(',')).toEqual(expected);
  });
});
