import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import JSZip from 'jszip';
import { cellAddress, parseRange, parseSharedStrings, rangeCells, readCells, type RangeRef } from './cellValues';
import { chartXml, type ChartCache } from './chartXml';
import { drawingXml, type DrawingItem } from './drawingXml';
import { fitPicture } from './fitPicture';
import { imageSize } from './imageSize';
import { addRelationship, CONTENT_TYPE, FILE, firstFree, relativeTarget, relsPartOf, relsXml, sheets, text, withContentTypes, type SheetRef } from './package';
import { sheetGeometry } from './sheetGeometry';
import type { ChartSpec, Drawings } from './types';
import { withDrawingElement } from './worksheetXml';

// exceljs's streaming writer cannot place a chart or a picture, so they are added to the finished
// file. JSZip keeps every entry it does not touch compressed as read and copies it as is (same
// method), so the big detail sheets are neither inflated nor deflated again: memory is about the
// file's size, and only the small parts and the target sheet's XML are rewritten.

/** Reads the cells a chart's ranges cover, one sheet part at a time, for the charts' caches. */
function cacheReader(zip: JSZip, all: SheetRef[]) {
  const parts = new Map<string, Promise<string>>();
  let shared: string[] | undefined;
  let sharedXml = '';
  const sheetXml = (name: string) => {
    const s = all.find((x) => x.name === name);
    if (!s) throw new Error(`chart: sheet ${name} not found`);
    if (!parts.has(s.part)) parts.set(s.part, text(zip, s.part));
    return parts.get(s.part)!;
  };
  return {
    async prepare(): Promise<void> {
      sharedXml = zip.file('xl/sharedStrings.xml') ? await text(zip, 'xl/sharedStrings.xml') : '';
    },
    async values(ref: string): Promise<Array<string | number | undefined>> {
      const range: RangeRef = parseRange(ref);
      const cells = rangeCells(range).map(([c, r]) => cellAddress(c, r));
      const found = readCells(await sheetXml(range.sheet), new Set(cells), () => (shared ??= parseSharedStrings(sharedXml)));
      return cells.map((a) => found.get(a));
    },
  };
}

async function cacheOf(spec: ChartSpec, reader: ReturnType<typeof cacheReader>): Promise<ChartCache> {
  return { categories: await reader.values(spec.categories), series: await Promise.all(spec.series.map((s) => reader.values(s.values))) };
}

/** Writes the zip next to the file as .part and renames it over, so a failure leaves the original. */
async function writeAtomically(zip: JSZip, file: string): Promise<void> {
  const part = `${file}.part`;
  try {
    await pipeline(zip.generateNodeStream({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } }), fs.createWriteStream(part));
    await fs.promises.rename(part, file);
  } catch (err) {
    await fs.promises.rm(part, { force: true });
    throw err;
  }
}

/**
 * Adds native charts and pictures to one worksheet (1-based tab order) of a finished .xlsx.
 * Charts span their from–to cells and move and resize with them; their caches hold the cells'
 * values as stored in the file (a formula's result). Pictures keep their proportions, fitted and
 * centred inside their from–to cells. Nothing to add leaves the file untouched; a sheet that
 * already has a drawing is refused.
 */
export async function addDrawings(file: string, sheetIndex: number, drawings: Drawings): Promise<void> {
  if (drawings.charts.length === 0 && drawings.pictures.length === 0) return;
  const zip = await JSZip.loadAsync(await fs.promises.readFile(file));
  const all = await sheets(zip);
  const sheet = all[sheetIndex - 1];
  if (!sheet) throw new Error(`xlsx: no sheet ${sheetIndex} (the workbook has ${all.length})`);
  let sheetXml = await text(zip, sheet.part);
  if (/<drawing[\s>/]/.test(sheetXml)) throw new Error('xlsx: the sheet already has a drawing');

  const reader = cacheReader(zip, all);
  await reader.prepare();
  const caches = await Promise.all(drawings.charts.map((c) => cacheOf(c, reader)));

  const n = firstFree(zip, (k) => `xl/drawings/drawing${k}.xml`);
  const drawingPart = `xl/drawings/drawing${n}.xml`;
  const rels: Array<{ type: string; target: string }> = [];
  const items: DrawingItem[] = [];
  const overrides: Array<{ part: string; type: string }> = [{ part: drawingPart, type: CONTENT_TYPE.drawing }];
  const taken = new Set<string>();

  drawings.charts.forEach((spec, i) => {
    const k = firstFree(zip, (j) => `xl/charts/chart${j}.xml`, taken);
    const chartPart = `xl/charts/chart${k}.xml`;
    taken.add(chartPart);
    zip.file(chartPart, chartXml(spec, caches[i]!), FILE);
    overrides.push({ part: chartPart, type: CONTENT_TYPE.chart });
    rels.push({ type: 'chart', target: `../charts/chart${k}.xml` });
    items.push({ kind: 'chart', from: spec.from, to: spec.to, rid: `rId${rels.length}`, name: `Chart ${i + 1}` });
  });

  const lastRow = Math.max(0, ...drawings.pictures.map((p) => p.to.row));
  const geo = drawings.pictures.length ? sheetGeometry(sheetXml, lastRow) : null;
  drawings.pictures.forEach((pic, i) => {
    const size = imageSize(pic.data, pic.ext);
    const k = firstFree(zip, (j) => `xl/media/image${j}.${pic.ext}`, taken);
    const media = `xl/media/image${k}.${pic.ext}`;
    taken.add(media);
    zip.file(media, pic.data, FILE);
    rels.push({ type: 'image', target: `../media/image${k}.${pic.ext}` });
    items.push({ kind: 'picture', ...fitPicture(geo!, pic.from, pic.to, size.width, size.height), rid: `rId${rels.length}`, name: `Picture ${i + 1}` });
  });

  zip.file(drawingPart, drawingXml(items), FILE);
  zip.file(relsPartOf(drawingPart), relsXml(rels), FILE);
  const rid = await addRelationship(zip, relsPartOf(sheet.part), 'drawing', relativeTarget(sheet.part, drawingPart));
  sheetXml = withDrawingElement(sheetXml, rid);
  zip.file(sheet.part, sheetXml, FILE);
  const types = await text(zip, '[Content_Types].xml');
  zip.file('[Content_Types].xml', withContentTypes(types, drawings.pictures.map((p) => p.ext), overrides), FILE);

  await writeAtomically(zip, file);
}
