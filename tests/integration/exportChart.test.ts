import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UMKM_CLASSES } from '../../shared/domain/classification';
import { todayIso } from '../../shared/format/date';
import { messages } from '../../shared/i18n';
import type { Scope } from '../../electron/core/scope';
import { seedDemo } from '../../electron/core/services/demo/seedDemo';
import { addDrawings } from '../../electron/core/excel/xlsxDrawing';
import { parseRange, rangeCells, cellAddress, rangeRef } from '../../electron/core/excel/xlsxDrawing/cellValues';
import { withDrawingElement } from '../../electron/core/excel/xlsxDrawing/worksheetXml';
import { call } from '../support/call';
import { SOFFICE, SKIP_WITHOUT_SOFFICE, needsLibreOffice } from '../support/libreoffice';
import { makePng } from '../support/png';
import { tempContext } from '../support/tempDb';
import { tempDir } from '../support/tempDir';
import { parseChart, partText, sheetDrawings, sheetPartByName, type Anchored, type ChartPart } from '../support/xlsxDrawings';

// The report's chart is a native Excel chart over the summary's cells, added with the city's
// emblem to the file the streaming writer made (electron/core/excel/xlsxDrawing). Read here from
// the package parts, read back by exceljs, and drawn by LibreOffice, whose page must show the bars
// in the ratio of the registry's counts.

const t = messages.exportText;
const FROM = '2023-01-01';
// A period running until today: the registry figures describe today, as stats:summary does.
const TO = todayIso();
/** The emblem: a red disc, 3:2, so its colour is not the bars' and its proportions show. */
const EMBLEM = makePng(120, 80, [200, 30, 30]);

let env: Awaited<ReturnType<typeof tempContext>>;
let ctx: Scope;
let xlsx: string;
let zip: JSZip;
let stats: Awaited<ReturnType<typeof call<'stats:summary'>>>;
let items: Anchored[];
let book: ExcelJS.Workbook;

/** Section A as the read-back sheet shows it: its header row and its totals row (1-based). */
function sectionA(ws: ExcelJS.Worksheet): { header: number; total: number } {
  const texts: string[] = [];
  ws.eachRow((row, n) => (texts[n] = row.getCell(1).text));
  const title = texts.indexOf(t.sectionClass);
  const header = texts.indexOf(t.colKecamatan, title);
  const total = texts.indexOf(t.totalLabel, header);
  expect([title, header, total].every((n) => n > 0), 'section A found').toBe(true);
  return { header, total };
}

const charts = () => items.filter((d): d is Extract<Anchored, { kind: 'chart' }> => d.kind === 'chart');
const pictures = () => items.filter((d): d is Extract<Anchored, { kind: 'picture' }> => d.kind === 'picture');

/** The chart whose values are section A's cells. */
function sectionAChart(): ChartPart {
  const ws = book.getWorksheet(t.summarySheet)!;
  const { header, total } = sectionA(ws);
  const found = charts().filter(({ chart }) =>
    chart.series.every((s) => [s.categories.f, s.values.f].every((f) => {
      const r = parseRange(f);
      return r.sheet === t.summarySheet && r.r1 >= header && r.r2 <= total;
    })),
  );
  expect(found).toHaveLength(1);
  return found[0]!.chart;
}

beforeAll(async () => {
  // The chart in the workbook is under test, not the engine: SQLite (integration-pg leaves this file out).
  env = await tempContext({}, 'sqlite');
  ctx = env.ctx;
  await seedDemo(ctx.db, 60);
  stats = await call(ctx, 'stats:summary', {});
  const office = await call(ctx, 'office:get', {});
  await call(ctx, 'office:set', { ...office, emblem: { mime: 'image/png', base64: EMBLEM.toString('base64') } });
  const res = await call(ctx, 'export:report', { from: FROM, to: TO });
  xlsx = ctx.files.get(res.file.fileId).path;
  zip = await JSZip.loadAsync(fs.readFileSync(xlsx));
  items = (await sheetDrawings(zip, await sheetPartByName(zip, t.summarySheet))).items;
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx);
}, 120_000);

afterAll(async () => {
  await env.cleanup();
});

describe('the report carries a native chart over section A of the summary', () => {
  it('refers to section A by formula and caches its current values: the registry per class', async () => {
    const chart = sectionAChart();
    expect(chart.title).not.toBe('');
    expect(chart.barDir).toMatch(/^(col|bar)$/);
    const ws = book.getWorksheet(t.summarySheet)!;
    const { header, total } = sectionA(ws);
    const cellValue = (a: string) => {
      const v = ws.getCell(a).value;
      // (exceljs reads a stored result of 0 back as no result.)
      return typeof v === 'object' && v !== null && 'formula' in v ? (v.result ?? 0) : v;
    };
    const perClass = UMKM_CLASSES.map((c) => stats.byClass[c]);
    expect(perClass.reduce((s, n) => s + n, 0)).toBe(60);
    for (const s of chart.series) {
      const cats = rangeCells(parseRange(s.categories.f)).map(([c, r]) => cellAddress(c, r));
      const vals = rangeCells(parseRange(s.values.f)).map(([c, r]) => cellAddress(c, r));
      // Every cached point is the cell's shown value (a formula's stored result).
      expect(s.categories.cache).toEqual(cats.map((a) => ws.getCell(a).text));
      expect(s.values.cache).toEqual(vals.map((a) => Number(cellValue(a))));
      expect(s.categories.cache.length).toBe(s.values.cache.length);
    }
    // This report's chart: the class names of the header row, the totals row's figures, which
    // are the database's counts.
    const [s] = chart.series;
    expect(parseRange(s!.categories.f)).toMatchObject({ r1: header, r2: header, c1: 2, c2: 5 });
    expect(parseRange(s!.values.f)).toMatchObject({ r1: total, r2: total, c1: 2, c2: 5 });
    expect(s!.categories.cache).toEqual(UMKM_CLASSES.map((c) => messages.enums.class[c]));
    expect(s!.values.cache).toEqual(perClass);
    // One series: no legend; its figures printed on the bars.
    expect(chart.xml).not.toContain('<c:legend>');
    expect(chart.xml).toMatch(/<c:dLbls>[\s\S]*<c:showVal val="1"\/>/);
  });

  it('is wired into the package: content types, relationships, the sheet element in schema order', async () => {
    const types = await partText(zip, '[Content_Types].xml');
    for (const { chart } of charts()) expect(types).toContain(`<Override PartName="/${chart.part}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
    expect(types).toMatch(/<Override PartName="\/xl\/drawings\/drawing\d+\.xml" ContentType="application\/vnd\.openxmlformats-officedocument\.drawing\+xml"\/>/);
    const sheetXml = await partText(zip, await sheetPartByName(zip, t.summarySheet));
    const at = sheetXml.indexOf('<drawing ');
    for (const before of ['</sheetData>', '<pageMargins', '<pageSetup']) expect(sheetXml.indexOf(before), before).toBeLessThan(at);
    for (const after of ['<legacyDrawing', '<tableParts', '<extLst']) expect([-1, Infinity].includes(sheetXml.indexOf(after)) || sheetXml.indexOf(after) > at, after).toBe(true);
    // Parts only, no directory entries (the streaming writer writes none either); only the summary has a drawing.
    expect(Object.values(zip.files).filter((f) => f.dir)).toEqual([]);
    expect(Object.keys(zip.files).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f))).toHaveLength(1);
  });

  it('covers no cell with content and stays within the printed columns A–H', () => {
    const ws = book.getWorksheet(t.summarySheet)!;
    for (const d of items) {
      expect(d.to.col + (d.to.colOff > 0 ? 1 : 0), 'right edge').toBeLessThanOrEqual(8);
      if (d.kind !== 'chart') continue;
      for (let r = d.from.row + 1; r <= d.to.row + (d.to.rowOff > 0 ? 1 : 0); r++) {
        for (let c = d.from.col + 1; c <= d.to.col + (d.to.colOff > 0 ? 1 : 0); c++) {
          const cell = ws.getRow(r).getCell(c);
          // A merged heading or note across the sheet is text in its first cell only.
          if (cell.isMerged && cell.master.address !== cell.address) continue;
          expect(cell.value ?? null, `${cell.address}`).toBeNull();
        }
      }
    }
  });
});

describe('the kop carries the emblem', () => {
  it('has the picture the clerk gave, in xl/media, anchored in the kop with its proportions', async () => {
    const pics = pictures();
    expect(pics).toHaveLength(1);
    const [p] = pics;
    expect(p!.media).toMatch(/^xl\/media\/image\d+\.png$/);
    expect(p!.bytes.equals(EMBLEM)).toBe(true);
    expect((await partText(zip, '[Content_Types].xml')).match(/<Default Extension="png" ContentType="image\/png"\/>/g)).toHaveLength(1);
    // 120×80 px: 3:2 whatever the box of cells it was fitted into.
    expect(p!.cx / p!.cy).toBeCloseTo(1.5, 2);
    // The kop is above section A.
    const { header } = sectionA(book.getWorksheet(t.summarySheet)!);
    expect(p!.to.row).toBeLessThan(header - 2);
    expect(p!.from.col).toBe(0);
  });
});

describe('readers of the finished report', () => {
  it('exceljs reads it back: the sheets, the figures, the emblem', () => {
    expect(book.worksheets[0]!.name).toBe(t.summarySheet);
    const ws = book.getWorksheet(t.summarySheet)!;
    const { total } = sectionA(ws);
    UMKM_CLASSES.forEach((c, j) => expect((ws.getRow(total).getCell(j + 2).value as { result?: number }).result ?? 0, c).toBe(stats.byClass[c]));
    const images = ws.getImages();
    expect(images).toHaveLength(1);
    expect(Buffer.from(book.getImage(Number(images[0]!.imageId)).buffer as ArrayBuffer).equals(EMBLEM)).toBe(true);
  });

  it.skipIf(SKIP_WITHOUT_SOFFICE)(needsLibreOffice('LibreOffice prints it to PDF and the summary page shows the chart, bars in the ratio of the counts'), () => {
    const out = fs.mkdtempSync(path.join(env.dir, 'pdf-'));
    const prof = fs.mkdtempSync(path.join(env.dir, 'lo-pdf-'));
    execFileSync(SOFFICE!, [`-env:UserInstallation=file://${prof}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, xlsx], { stdio: 'pipe', timeout: 120_000 });
    const pdf = path.join(out, `${path.basename(xlsx, '.xlsx')}.pdf`);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The first page is the summary's: kept for a person to look at, and read pixel by pixel.
    fs.mkdirSync('test-results/screens', { recursive: true });
    execFileSync('pdftoppm', ['-r', '70', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, 'test-results/screens/report-chart'], { stdio: 'pipe' });
    execFileSync('pdftoppm', ['-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(out, 'page')], { stdio: 'pipe' });
    const ppm = fs.readFileSync(path.join(out, 'page.ppm'));
    const head = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString('latin1', 0, 32))!;
    const [width, height, start] = [Number(head[1]), Number(head[2]), head[0].length];
    const color = sectionAChart().series[0]!.color!;
    const rgb = [0, 2, 4].map((i) => parseInt(color.slice(i, i + 2), 16));
    const isBar = (x: number, y: number) => {
      const i = start + (y * width + x) * 3;
      return Math.abs(ppm[i]! - rgb[0]!) <= 6 && Math.abs(ppm[i + 1]! - rgb[1]!) <= 6 && Math.abs(ppm[i + 2]! - rgb[2]!) <= 6;
    };
    // Runs of pixel columns holding the bar colour are the bars, left to right; a class with no UMKM has none.
    const runs: number[][] = [];
    for (let x = 0; x < width; x++) {
      let n = 0;
      for (let y = 0; y < height; y++) if (isBar(x, y)) n++;
      if (n < 2) continue;
      if (runs.at(-1)?.at(-1) === x - 1) runs.at(-1)!.push(x);
      else runs.push([x]);
    }
    const heights = runs.map((r) => {
      const mid = r[Math.floor(r.length / 2)]!;
      let n = 0;
      for (let y = 0; y < height; y++) if (isBar(mid, y)) n++;
      return n;
    });
    const counts = UMKM_CLASSES.map((c) => stats.byClass[c]).filter((n) => n > 0);
    expect(heights).toHaveLength(counts.length);
    const tallest = Math.max(...heights);
    expect(tallest).toBeGreaterThan(30);
    heights.forEach((h, i) => expect(Math.abs(h - (counts[i]! * tallest) / Math.max(...counts)), `bar ${i}`).toBeLessThanOrEqual(2));
  }, 120_000);

  it.skipIf(SKIP_WITHOUT_SOFFICE)(needsLibreOffice('LibreOffice saves it again as .xlsx with the chart still there'), async () => {
    const out = fs.mkdtempSync(path.join(env.dir, 'xlsx-'));
    const prof = fs.mkdtempSync(path.join(env.dir, 'lo-xlsx-'));
    execFileSync(SOFFICE!, [`-env:UserInstallation=file://${prof}`, '--headless', '--norestore', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, xlsx], { stdio: 'pipe', timeout: 120_000 });
    const again = await JSZip.loadAsync(fs.readFileSync(path.join(out, path.basename(xlsx))));
    const chartParts = Object.keys(again.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(chartParts).toHaveLength(1);
    const chart = parseChart(chartParts[0]!, await partText(again, chartParts[0]!));
    // Still over the same cells (LibreOffice writes the sheet name in its own quoting), same figures.
    const orig = sectionAChart().series[0]!;
    expect(chart.series).toHaveLength(1);
    const [s] = chart.series;
    expect(parseRange(s!.categories.f)).toEqual(parseRange(orig.categories.f));
    expect(parseRange(s!.values.f)).toEqual(parseRange(orig.values.f));
    expect(s!.values.cache).toEqual(orig.values.cache);
  }, 120_000);
});

describe('addDrawings on a workbook of its own', () => {
  const tmp = tempDir('xlsx-drawing-');
  afterAll(() => tmp.remove());

  /** Two sheets by exceljs's ordinary writer (shared strings), the figures on the first. */
  async function workbook(name: string): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const data = wb.addWorksheet("Data O'Brien");
    data.addRow(['Kelas', 'Jumlah']);
    data.addRow(['Mikro', 7]);
    data.addRow(['Kecil & Menengah', { formula: 'B2*2', result: 14 }]);
    data.addRow(['Besar', null]);
    const other = wb.addWorksheet('Grafik');
    other.addRow(['x']);
    const file = path.join(tmp.dir, name);
    await wb.xlsx.writeFile(file);
    return file;
  }

  it('leaves the file untouched when there is nothing to add (no emblem, no chart)', async () => {
    const file = await workbook('plain.xlsx');
    const before = fs.readFileSync(file);
    const mtime = fs.statSync(file).mtimeMs;
    await addDrawings(file, 1, { charts: [], pictures: [] });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
    expect(fs.readdirSync(tmp.dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('puts a chart on the sheet asked for, over another sheet\'s cells, caching shared strings and results', async () => {
    const file = await workbook('two.xlsx');
    const ref = (a: string, b: string) => rangeRef("Data O'Brien", a, b);
    expect(ref('A2', 'A4')).toBe("'Data O''Brien'!$A$2:$A$4");
    await addDrawings(file, 2, {
      charts: [{ title: 'Per <kelas> & jumlah', kind: 'bar', from: { col: 1, row: 1 }, to: { col: 7, row: 16 }, categories: ref('A2', 'A4'), series: [{ name: 'Jumlah', values: ref('B2', 'B4') }, { name: 'Lagi', values: ref('B2', 'B4'), color: 'c0392b' }] }],
      pictures: [],
    });
    const z = await JSZip.loadAsync(fs.readFileSync(file));
    expect((await sheetDrawings(z, await sheetPartByName(z, "Data O'Brien"))).items).toEqual([]);
    const { items: got } = await sheetDrawings(z, await sheetPartByName(z, 'Grafik'));
    expect(got).toHaveLength(1);
    const { chart } = got[0] as Extract<Anchored, { kind: 'chart' }>;
    expect(chart.title).toBe('Per <kelas> & jumlah');
    expect(chart.barDir).toBe('bar');
    expect(chart.series.map((s) => s.name)).toEqual(['Jumlah', 'Lagi']);
    expect(chart.series[0]!.categories.cache).toEqual(['Mikro', 'Kecil & Menengah', 'Besar']);
    // The empty cell is a gap, not a zero.
    expect(chart.series[0]!.values.cache).toEqual([7, 14, undefined]);
    expect(chart.series.map((s) => s.color)).toEqual([null, 'C0392B']);
    // Two series: a legend tells them apart.
    expect(chart.xml).toContain('<c:legend>');
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    expect(back.worksheets.map((w) => w.name)).toEqual(["Data O'Brien", 'Grafik']);
  });

  it('fits a JPEG in its box with its proportions and declares the jpeg type', async () => {
    const file = await workbook('jpeg.xlsx');
    // A JPEG's start: SOI, an APP0 segment, then SOF0 with the frame's size (300 wide, 100 high).
    const jpeg = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x06, 0x4a, 0x46, 0x49, 0x46]),
      Buffer.from([0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x64, 0x01, 0x2c, 0x01, 0x01, 0x11, 0x00]),
      Buffer.from([0xff, 0xd9]),
    ]);
    // The box: columns A–C (3 × 64 px) and rows 1–10 (10 × 20 px): the picture is as wide as the box.
    await addDrawings(file, 1, { charts: [], pictures: [{ from: { col: 0, row: 0 }, to: { col: 3, row: 10 }, data: jpeg, ext: 'jpeg' }] });
    const z = await JSZip.loadAsync(fs.readFileSync(file));
    const [p] = (await sheetDrawings(z, await sheetPartByName(z, "Data O'Brien"))).items as Array<Extract<Anchored, { kind: 'picture' }>>;
    expect(p!.media).toMatch(/^xl\/media\/image\d+\.jpeg$/);
    expect(p!.bytes.equals(jpeg)).toBe(true);
    expect([p!.cx, p!.cy]).toEqual([192 * 9525, 64 * 9525]);
    // Centred: 68 px down from the top of row 1, i.e. row 4 (0-based 3) plus 8 px.
    expect(p!.from).toEqual({ col: 0, colOff: 0, row: 3, rowOff: 8 * 9525 });
    expect(await partText(z, '[Content_Types].xml')).toContain('<Default Extension="jpeg" ContentType="image/jpeg"/>');
  });

  it('refuses a sheet that already has a drawing and a sheet that does not exist, the file left as it was', async () => {
    const file = await workbook('twice.xlsx');
    const pic = { from: { col: 0, row: 0 }, to: { col: 2, row: 4 }, data: makePng(10, 10), ext: 'png' as const };
    await addDrawings(file, 1, { charts: [], pictures: [pic] });
    const once = fs.readFileSync(file);
    await expect(addDrawings(file, 1, { charts: [], pictures: [pic] })).rejects.toThrow(/already has a drawing/);
    await expect(addDrawings(file, 3, { charts: [], pictures: [pic] })).rejects.toThrow(/no sheet 3/);
    await expect(addDrawings(file, 2, { charts: [], pictures: [{ ...pic, data: Buffer.from('not a picture') }] })).rejects.toThrow(/not a PNG/);
    expect(fs.readFileSync(file).equals(once)).toBe(true);
    expect(fs.readdirSync(tmp.dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });
});

describe('the drawing element goes where the worksheet schema wants it', () => {
  const sheet = (tail: string) => `<worksheet xmlns:r="r"><sheetData/><pageMargins/><pageSetup/><headerFooter/>${tail}</worksheet>`;

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
