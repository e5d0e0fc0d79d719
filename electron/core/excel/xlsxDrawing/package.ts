import type JSZip from 'jszip';
import { attr, NS, unescapeXml, XML_HEAD } from './xml';

// Finding and wiring parts of the package (ECMA-376 part 2): sheets through workbook.xml and its
// relationships, never by assumed file names.

/** No directory entries: the package lists parts only, as exceljs's streaming writer does. */
export const FILE = { createFolders: false } as const;

export const CONTENT_TYPE = {
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  png: 'image/png',
  jpeg: 'image/jpeg',
} as const;

export async function text(zip: JSZip, name: string): Promise<string> {
  const f = zip.file(name);
  if (!f) throw new Error(`xlsx: ${name} missing`);
  return f.async('string');
}

/** Resolves a relationship target against the folder of the part that holds the relationship. */
export function resolve(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

/** A relationship target from the part `from` to the part `to`, relative as writers put it. */
export function relativeTarget(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

/** The .rels part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

export interface SheetRef {
  name: string;
  part: string;
}

/** The workbook's sheets in tab order, each with its tab name and its part's path. */
export async function sheets(zip: JSZip): Promise<SheetRef[]> {
  const workbook = await text(zip, 'xl/workbook.xml');
  const rels = await text(zip, 'xl/_rels/workbook.xml.rels');
  const targets = new Map((rels.match(/<Relationship\s[^>]*>/g) ?? []).map((t) => [attr(t, 'Id'), attr(t, 'Target')]));
  return (workbook.match(/<sheet\s[^>]*>/g) ?? []).map((tag) => {
    const rid = attr(tag, 'r:id');
    const target = rid && targets.get(rid);
    if (!target) throw new Error(`xlsx: relationship ${rid} of a sheet not found`);
    return { name: unescapeXml(attr(tag, 'name') ?? ''), part: resolve('xl/workbook.xml', target) };
  });
}

/** The first n for which pattern(n) is not yet a part, from 1. */
export function firstFree(zip: JSZip, pattern: (n: number) => string, taken: Set<string> = new Set()): number {
  let n = 1;
  while (zip.file(pattern(n)) || taken.has(pattern(n))) n++;
  return n;
}

/** Adds a relationship to a .rels part (created when missing) and returns its Id. */
export async function addRelationship(zip: JSZip, relsPart: string, type: string, target: string): Promise<string> {
  const existing = zip.file(relsPart) ? await text(zip, relsPart) : `${XML_HEAD}<Relationships xmlns="${NS.pkgRel}"></Relationships>`;
  const ids = new Set([...existing.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  let n = 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${NS.rel}/${type}" Target="${target}"/>`;
  const out = existing.includes('</Relationships>') ? existing.replace('</Relationships>', `${rel}</Relationships>`) : existing.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`);
  zip.file(relsPart, out, FILE);
  return id;
}

/** A .rels part of fresh relationships rId1, rId2, … in the order given. */
export function relsXml(rels: Array<{ type: string; target: string }>): string {
  return `${XML_HEAD}<Relationships xmlns="${NS.pkgRel}">${rels.map((r, i) => `<Relationship Id="rId${i + 1}" Type="${NS.rel}/${r.type}" Target="${r.target}"/>`).join('')}</Relationships>`;
}

/** [Content_Types].xml with a Default per image extension and an Override per new part. */
export function withContentTypes(types: string, defaults: Array<'png' | 'jpeg'>, overrides: Array<{ part: string; type: string }>): string {
  let add = '';
  for (const ext of new Set(defaults)) {
    if (!new RegExp(`<Default\\s[^>]*Extension="${ext}"`, 'i').test(types)) add += `<Default Extension="${ext}" ContentType="${CONTENT_TYPE[ext]}"/>`;
  }
  for (const o of overrides) add += `<Override PartName="/${o.part}" ContentType="${o.type}"/>`;
  if (!types.includes('</Types>')) throw new Error('xlsx: [Content_Types].xml end not found');
  return types.replace('</Types>', `${add}</Types>`);
}
