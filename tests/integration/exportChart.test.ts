import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UMKM_CLASSES } from '../../shared/domain/classification';
import { KECAMATAN } from '../../shared/domain/regions';
import { messages } from '../../shared/i18n';
import type { Scope } from '../../electron/core/scope';
import { CHART_COLORS } from '../../electron/core/excel/export/report/chartPng';
import { withDrawingElement } from '../../electron/core/excel/export/report/injectPicture';
import { seedDemo } from '../../electron/core/services/demo/seedDemo';
import { call } from '../support/call';
import { SOFFICE } from '../support/libreoffice';
import { tempContext } from '../support/tempDb';

// The report's chart: a PNG on the summary sheet, added to the file the streaming writer made.
// The picture is decoded here by hand, the workbook read back by exceljs, and printed to PDF by
// LibreOffice, which must carry the picture.

const t = messages.exportText;
const FROM = '2023-01-01';
const TO = '2023-12-31';

let env: Awaited<ReturnType<typeof tempContext>>;
let ctx: Scope;
let xlsx: string;
let zip: JSZip;
let byClass: Record<string, number>;

beforeAll(async () => {
  env = await tempContext();
  ctx = env.ctx;
  await seedDemo(ctx.db, 60);
  byClass = (await call(ctx, 'stats:summary', {})).byClass;
  const res = await call(ctx, 'export:report', { from: FROM, to: TO });
  xlsx = ctx.files.get(res.file.fileId).path;
  expect(fs.statSync(xlsx).size).toBe(res.file.size);
  zip = await JSZip.loadAsync(fs.readFileSync(xlsx));
}, 120_000);

afterAll(async () => {
  await env.cleanup();
});

const part = async (name: string) => {
  const f = zip.file(name);
  expect(f, name).not.toBeNull();
  return f!.async('string');
};

/** PNG chunks in file order, each with its CRC as stored. */
function chunks(png: Buffer): Array<{ type: string; data: Buffer }> {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const out: Array<{ type: string; data: Buffer }> = [];
  for (let at = 8; at < png.length; ) {
    const len = png.readUInt32BE(at);
    out.push({ type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + len) });
    at += 12 + len;
  }
  return out;
}

describe('the chart on the summary sheet of the report', () => {
  it('is wired into the package: media, drawing, both relationships, content types, the sheet element', async () => {
    const workbook = await part('xl/workbook.xml');
    const rid = new RegExp(`<sheet [^>]*name="${t.summarySheet}"[^>]*r:id="(rId\\d+)"`).exec(workbook)![1];
    const wbRels = await part('xl/_rels/workbook.xml.rels');
    const sheet = `xl/${new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(wbRels)![1]}`;
    expect(sheet).toBe('xl/worksheets/sheet1.xml');

    const sheetXml = await part(sheet);
    const drawingRid = /<drawing r:id="(rId\d+)"\/>/.exec(sheetXml)![1];
    // CT_Worksheet order: after pageMargins, pageSetup and headerFooter, last here (nothing follows).
    const at = sheetXml.indexOf('<drawing ');
    for (const before of ['</sheetData>', '<mergeCells', '<pageMargins', '<pageSetup', '<headerFooter']) expect(sheetXml.indexOf(before), before).toBeLessThan(at);
    expect(sheetXml.slice(at)).toMatch(/^<drawing r:id="rId\d+"\/><\/worksheet>$/);

    const sheetRels = await part('xl/worksheets/_rels/sheet1.xml.rels');
    expect(sheetRels).toMatch(new RegExp(`Id="${drawingRid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`));
    const drawing = await part('xl/drawings/drawing1.xml');
    // Column D (0-based 3), row 20: beside the naik/turun tables of section B, which fill A–B.
    expect(drawing).toContain('<xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>19</xdr:row>');
    expect(drawing).toContain('<a:blip r:embed="rId1"/>');
    expect(await part('xl/drawings/_rels/drawing1.xml.rels')).toContain('Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/chart1.png"');
    const types = await part('[Content_Types].xml');
    expect(types).toContain('<Default Extension="png" ContentType="image/png"/>');
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    // Parts only, no directory entries (the streaming writer writes none either).
    expect(Object.values(zip.files).filter((f) => f.dir).map((f) => f.name)).toEqual([]);
    // Only the summary sheet got a drawing.
    expect(Object.keys(zip.files).filter((f) => f.startsWith('xl/drawings/') && f.endsWith('.xml'))).toEqual(['xl/drawings/drawing1.xml']);
  });

  it('is a valid PNG whose bars stand in the ratio of the UMKM per class', async () => {
    const png = Buffer.from(await zip.file('xl/media/chart1.png')!.async('uint8array'));
    const cs = chunks(png);
    expect(cs.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const ihdr = cs[0]!.data;
    const width = ihdr.readUInt32BE(0);
    const height = ihdr.readUInt32BE(4);
    expect([width, height, ihdr[8], ihdr[9], ihdr[12]]).toEqual([500, 290, 8, 2, 0]);
    const ext = /<xdr:ext cx="(\d+)" cy="(\d+)"\/>/.exec(await part('xl/drawings/drawing1.xml'))!;
    expect([Number(ext[1]), Number(ext[2])]).toEqual([width * 9525, height * 9525]);

    const raw = zlib.inflateSync(Buffer.concat(cs.filter((c) => c.type === 'IDAT').map((c) => c.data)));
    const stride = 1 + width * 3;
    expect(raw.length).toBe(height * stride);
    const isBar = (x: number, y: number) => {
      const i = y * stride + 1 + x * 3;
      return raw[i] === CHART_COLORS.bar[0] && raw[i + 1] === CHART_COLORS.bar[1] && raw[i + 2] === CHART_COLORS.bar[2];
    };
    // Runs of columns holding bar colour are the bars, left to right; a class with no UMKM has none.
    const runs: number[][] = [];
    for (let x = 0; x < width; x++) {
      let n = 0;
      for (let y = 0; y < height; y++) if (isBar(x, y)) n++;
      if (n === 0) continue;
      if (runs.at(-1)?.at(-1) === x - 1) runs.at(-1)!.push(x);
      else runs.push([x]);
    }
    const heights = runs.map((r) => {
      const mid = r[Math.floor(r.length / 2)]!;
      let n = 0;
      for (let y = 0; y < height; y++) if (isBar(mid, y)) n++;
      return n;
    });
    const counts = UMKM_CLASSES.map((c) => byClass[c]!).filter((n) => n > 0);
    expect(counts.reduce((s, n) => s + n, 0)).toBe(60);
    expect(heights).toHaveLength(counts.length);
    const max = Math.max(...counts);
    const tallest = Math.max(...heights);
    expect(tallest).toBeGreaterThan(150);
    heights.forEach((h, i) => expect(Math.abs(h - (counts[i]! * tallest) / max), `bar ${i}`).toBeLessThanOrEqual(1.5));
  });

  it('leaves a workbook exceljs reads back, summary intact, the picture over empty cells only', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual([t.summarySheet, t.detailUmkm, t.detailNaik, t.detailTurun, t.detailKemitraan, t.detailSupport]);
    const ws = wb.getWorksheet(t.summarySheet)!;
    expect(ws.getCell('A1').text).toBe(t.government);
    expect(ws.getCell('A7').text).toBe(t.sectionClass);
    // Table A: header on row 9, a row per kecamatan, then the totals (formulas with stored results).
    const total = ws.getRow(10 + KECAMATAN.length);
    expect(total.getCell(1).text).toBe(t.totalLabel);
    // (exceljs reads a stored result of 0 back as no result.)
    UMKM_CLASSES.forEach((c, j) => expect((total.getCell(j + 2).value as { result?: number }).result ?? 0, c).toBe(byClass[c]));
    expect((total.getCell(6).value as { result: number }).result).toBe(60);
    // Nothing right of column H, so the printed page is as wide as before.
    ws.eachRow((row) => row.eachCell((cell) => expect(Number(cell.col), cell.address).toBeLessThanOrEqual(8)));
    const images = ws.getImages();
    expect(images).toHaveLength(1);
    expect(images[0]!.range.tl).toMatchObject({ nativeCol: 3, nativeRow: 19 });
    // The rectangle it covers (Excel: a column of w characters is w·7+5 px, a row 20 px) is empty
    // and ends within column H; its top row is the header of the naik table.
    expect(ws.getCell('A20').text).toBe(t.colTransition);
    const ext = /<xdr:ext cx="(\d+)" cy="(\d+)"\/>/.exec(await part('xl/drawings/drawing1.xml'))!;
    const [w, h] = [Number(ext[1]) / 9525, Number(ext[2]) / 9525];
    let right = 0;
    let lastCol = 3;
    while (right < w) right += (ws.getColumn(++lastCol).width ?? 9) * 7 + 5;
    expect(lastCol).toBeLessThanOrEqual(8);
    const lastRow = 20 + Math.ceil(h / 20) - 1;
    expect(lastRow).toBeGreaterThanOrEqual(30);
    for (let r = 20; r <= lastRow; r++) for (let c = 4; c <= lastCol; c++) expect(ws.getRow(r).getCell(c).value ?? null, `${r}:${c}`).toBeNull();
    expect(ws.getCell(`B${lastRow}`).text).not.toBe('');
    const media = wb.getImage(Number(images[0]!.imageId));
    expect(media.extension).toBe('png');
    expect(wb.getWorksheet(t.detailUmkm)!.getImages()).toHaveLength(0);
  });

  it.skipIf(!SOFFICE && !process.env.CI)('prints to PDF with LibreOffice, the picture included', () => {
    const out = fs.mkdtempSync(path.join(env.dir, 'pdf-'));
    const prof = fs.mkdtempSync(path.join(env.dir, 'lo-pdf-'));
    execFileSync(SOFFICE!, [`-env:UserInstallation=file://${prof}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, xlsx], { stdio: 'pipe', timeout: 120_000 });
    const pdf = fs.readFileSync(path.join(out, `${path.basename(xlsx, '.xlsx')}.pdf`)).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf).toMatch(/\/Subtype\s*\/Image/);
  }, 120_000);
});

describe('the drawing element goes where the worksheet schema wants it', () => {
  const sheet = (tail: string) => `<worksheet><sheetData/><pageMargins/><pageSetup/><headerFooter/>${tail}</worksheet>`;

  it('before legacyDrawing, tableParts and extLst, after headerFooter and the breaks', () => {
    expect(withDrawingElement(sheet('<rowBreaks count="1"/><legacyDrawing r:id="rId1"/><tableParts count="0"/><extLst/>'), 'rId9')).toBe(
      sheet('<rowBreaks count="1"/><drawing r:id="rId9"/><legacyDrawing r:id="rId1"/><tableParts count="0"/><extLst/>'),
    );
    expect(withDrawingElement(sheet('<tableParts count="0"/>'), 'rId2')).toBe(sheet('<drawing r:id="rId2"/><tableParts count="0"/>'));
    expect(withDrawingElement(sheet(''), 'rId2')).toBe(sheet('<drawing r:id="rId2"/>'));
  });

  it('refuses a sheet that already has one', () => {
    expect(() => withDrawingElement(sheet('<drawing r:id="rId1"/>'), 'rId2')).toThrow(/already/);
  });
});
