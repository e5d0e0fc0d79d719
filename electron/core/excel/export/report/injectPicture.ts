import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import JSZip from 'jszip';

// exceljs's streaming writer cannot place a picture, so the picture is added to the finished
// file: a drawing part with the PNG, wired to the sheet by a relationship. JSZip copies every
// other entry still compressed (same method, untouched), so the big detail sheets are neither
// inflated nor deflated again; only the summary sheet's XML and the small parts are rewritten.

export interface PictureSpec {
  /** Worksheet name as shown on its tab. */
  sheet: string;
  png: Buffer;
  width: number;
  height: number;
  /** Top-left corner: 0-based column and row of the cell the picture starts in. */
  col: number;
  row: number;
  /** Alternative text for screen readers. */
  description: string;
}

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
/** No directory entries: the package lists parts only, as the streaming writer does. */
const FILE = { createFolders: false } as const;
/** English Metric Units per pixel at 96 dpi. */
const EMU = 9525;

// CT_Worksheet is a sequence: <drawing> comes after pageSetup, headerFooter, rowBreaks, colBreaks,
// customProperties, cellWatches, ignoredErrors, smartTags and before these. Excel rejects a
// sheet whose elements are out of order.
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

async function text(zip: JSZip, name: string): Promise<string> {
  const f = zip.file(name);
  if (!f) throw new Error(`xlsx: ${name} missing`);
  return f.async('string');
}

/** The sheet's part name (xl/worksheets/sheetK.xml) from its tab name, through workbook.xml and its rels. */
async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const workbook = await text(zip, 'xl/workbook.xml');
  const tag = (workbook.match(/<sheet\s[^>]*>/g) ?? []).find((t) => attr(t, 'name') === escapeXml(name));
  const rid = tag && attr(tag, 'r:id');
  if (!rid) throw new Error(`xlsx: sheet ${name} not found`);
  const rels = await text(zip, 'xl/_rels/workbook.xml.rels');
  const rel = (rels.match(/<Relationship\s[^>]*>/g) ?? []).find((t) => attr(t, 'Id') === rid);
  const target = rel && attr(rel, 'Target');
  if (!target) throw new Error(`xlsx: relationship ${rid} not found`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

const firstFree = (zip: JSZip, pattern: (n: number) => string) => {
  let n = 1;
  while (zip.file(pattern(n))) n++;
  return n;
};

function drawingXml(p: PictureSpec): string {
  const cx = p.width * EMU;
  const cy = p.height * EMU;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL_NS}">` +
    `<xdr:oneCellAnchor><xdr:from><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:ext cx="${cx}" cy="${cy}"/>` +
    `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Picture 1" descr="${escapeXml(p.description)}"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
    `<xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
    `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>` +
    `<xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`
  );
}

/** Adds a relationship to a .rels part (created when missing) and returns its Id. */
async function addRelationship(zip: JSZip, relsPart: string, type: string, target: string): Promise<string> {
  const existing = zip.file(relsPart) ? await text(zip, relsPart) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL_NS}"></Relationships>`;
  const ids = new Set([...existing.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  let n = 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${REL_NS}/${type}" Target="${target}"/>`;
  zip.file(relsPart, existing.replace('</Relationships>', `${rel}</Relationships>`), FILE);
  return id;
}

/** Puts `<drawing r:id>` where the schema wants it: before the first element that must follow it. */
export function withDrawingElement(sheetXml: string, rid: string): string {
  if (/<drawing[\s>/]/.test(sheetXml)) throw new Error('xlsx: the sheet already has a drawing');
  const el = `<drawing r:id="${rid}"/>`;
  const at = AFTER_DRAWING.map((name) => sheetXml.search(new RegExp(`<${name}[\\s>/]`))).filter((i) => i >= 0);
  const pos = at.length ? Math.min(...at) : sheetXml.lastIndexOf('</worksheet>');
  if (pos < 0) throw new Error('xlsx: worksheet end not found');
  return sheetXml.slice(0, pos) + el + sheetXml.slice(pos);
}

function withContentTypes(types: string, drawingPart: string): string {
  let out = types;
  if (!/<Default\s[^>]*Extension="png"/i.test(out)) out = out.replace('</Types>', `<Default Extension="png" ContentType="image/png"/></Types>`);
  return out.replace('</Types>', `<Override PartName="/${drawingPart}" ContentType="${DRAWING_TYPE}"/></Types>`);
}

/**
 * Places the picture on the sheet of an .xlsx already written. The new file is written next to
 * it as .part and renamed over it, so a failure leaves the original (picture-less) workbook.
 */
export async function injectPicture(file: string, picture: PictureSpec): Promise<void> {
  const zip = await JSZip.loadAsync(await fs.promises.readFile(file));
  const sheet = await sheetPart(zip, picture.sheet);
  const n = firstFree(zip, (k) => `xl/drawings/drawing${k}.xml`);
  const m = firstFree(zip, (k) => `xl/media/chart${k}.png`);
  const drawingPart = `xl/drawings/drawing${n}.xml`;

  zip.file(`xl/media/chart${m}.png`, picture.png, FILE);
  zip.file(drawingPart, drawingXml(picture), FILE);
  zip.file(
    `xl/drawings/_rels/drawing${n}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/image" Target="../media/chart${m}.png"/></Relationships>`,
    FILE,
  );
  const slash = sheet.lastIndexOf('/');
  const relsPart = `${sheet.slice(0, slash)}/_rels/${sheet.slice(slash + 1)}.rels`;
  const rid = await addRelationship(zip, relsPart, 'drawing', `../drawings/drawing${n}.xml`);
  zip.file(sheet, withDrawingElement(await text(zip, sheet), rid), FILE);
  zip.file('[Content_Types].xml', withContentTypes(await text(zip, '[Content_Types].xml'), drawingPart), FILE);

  const part = `${file}.part`;
  try {
    await pipeline(zip.generateNodeStream({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } }), fs.createWriteStream(part));
    await fs.promises.rename(part, file);
  } catch (err) {
    await fs.promises.rm(part, { force: true });
    throw err;
  }
}
