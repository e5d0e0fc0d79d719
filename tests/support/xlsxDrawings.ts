import type JSZip from 'jszip';
import { resolve, text } from '../../electron/core/excel/xlsxDrawing/package';

// Reads back what a sheet's drawing holds (charts and pictures with their anchors), straight from
// the package parts, following the relationships as a spreadsheet application does.

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export interface Corner {
  col: number;
  colOff: number;
  row: number;
  rowOff: number;
}

export interface ChartSeriesPart {
  name: string;
  categories: { f: string; cache: Array<string | undefined> };
  values: { f: string; cache: Array<number | undefined> };
  color: string | null;
}

export interface ChartPart {
  part: string;
  xml: string;
  title: string;
  barDir: string | null;
  series: ChartSeriesPart[];
}

export type Anchored = { from: Corner; to: Corner } & ({ kind: 'chart'; chart: ChartPart } | { kind: 'picture'; media: string; bytes: Buffer; cx: number; cy: number });

/** A part's text (the writer's own reader, so both sides agree on what a missing part is). */
export const partText = text;

const relsOf = (part: string) => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
};

/** Relationship Id → target part, for the relationships of `part`. */
export async function relationships(zip: JSZip, part: string): Promise<Map<string, { type: string; part: string }>> {
  const xml = zip.file(relsOf(part)) ? await partText(zip, relsOf(part)) : '';
  return new Map((xml.match(/<Relationship\s[^>]*>/g) ?? []).map((t) => [attr(t, 'Id')!, { type: attr(t, 'Type')!.split('/').pop()!, part: resolve(part, attr(t, 'Target')!) }]));
}

/** The sheet's part by its tab name, through workbook.xml and its relationships. */
export async function sheetPartByName(zip: JSZip, name: string): Promise<string> {
  const wb = await partText(zip, 'xl/workbook.xml');
  const tag = (wb.match(/<sheet\s[^>]*>/g) ?? []).find((t) => unescape(attr(t, 'name') ?? '') === name);
  if (!tag) throw new Error(`sheet ${name} not in workbook.xml`);
  return (await relationships(zip, 'xl/workbook.xml')).get(attr(tag, 'r:id')!)!.part;
}

const corner = (xml: string, tag: 'from' | 'to'): Corner => {
  const m = new RegExp(`<xdr:${tag}><xdr:col>(\\d+)</xdr:col><xdr:colOff>(-?\\d+)</xdr:colOff><xdr:row>(\\d+)</xdr:row><xdr:rowOff>(-?\\d+)</xdr:rowOff></xdr:${tag}>`).exec(xml);
  if (!m) throw new Error(`anchor without xdr:${tag}`);
  return { col: Number(m[1]), colOff: Number(m[2]), row: Number(m[3]), rowOff: Number(m[4]) };
};

const points = (xml: string) => {
  const count = Number(/<c:ptCount val="(\d+)"\/>/.exec(xml)?.[1] ?? 0);
  const out: Array<string | undefined> = Array.from({ length: count }, () => undefined);
  for (const m of xml.matchAll(/<c:pt idx="(\d+)"[^>]*><c:v>([\s\S]*?)<\/c:v><\/c:pt>/g)) out[Number(m[1])] = unescape(m[2]!);
  return out;
};

export function parseChart(part: string, xml: string): ChartPart {
  const title = [...(/<c:title>([\s\S]*?)<\/c:title>/.exec(xml)?.[1] ?? '').matchAll(/<a:t>([\s\S]*?)<\/a:t>/g)].map((m) => unescape(m[1]!)).join('');
  const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => {
    const s = m[1]!;
    const cat = /<c:cat>([\s\S]*?)<\/c:cat>/.exec(s)?.[1] ?? '';
    const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(s)?.[1] ?? '';
    return {
      name: unescape(/<c:tx>(?:<c:v>([\s\S]*?)<\/c:v>|[\s\S]*?<c:v>([\s\S]*?)<\/c:v>)/.exec(s)?.slice(1).find((x) => x !== undefined) ?? ''),
      categories: { f: unescape(/<c:f>([\s\S]*?)<\/c:f>/.exec(cat)?.[1] ?? ''), cache: points(cat) },
      values: { f: unescape(/<c:f>([\s\S]*?)<\/c:f>/.exec(val)?.[1] ?? ''), cache: points(val).map((v) => (v === undefined ? undefined : Number(v))) },
      color: /<c:spPr><a:solidFill><a:srgbClr val="([0-9A-F]{6})"/.exec(s)?.[1] ?? null,
    };
  });
  return { part, xml, title, barDir: /<c:barDir val="(\w+)"\/>/.exec(xml)?.[1] ?? null, series };
}

/** Everything the drawing of `sheetPart` anchors, in drawing order; [] when the sheet has no drawing. */
export async function sheetDrawings(zip: JSZip, sheetPart: string): Promise<{ drawingPart: string | null; items: Anchored[] }> {
  const sheetXml = await partText(zip, sheetPart);
  const rid = /<drawing r:id="([^"]+)"\/>/.exec(sheetXml)?.[1];
  if (!rid) return { drawingPart: null, items: [] };
  const drawingPart = (await relationships(zip, sheetPart)).get(rid)!.part;
  const rels = await relationships(zip, drawingPart);
  const xml = await partText(zip, drawingPart);
  const items: Anchored[] = [];
  for (const m of xml.matchAll(/<xdr:twoCellAnchor\b[^>]*>([\s\S]*?)<\/xdr:twoCellAnchor>/g)) {
    const a = m[1]!;
    const from = corner(a, 'from');
    const to = corner(a, 'to');
    const chartRid = /<c:chart [^>]*r:id="([^"]+)"/.exec(a)?.[1];
    const blipRid = /<a:blip r:embed="([^"]+)"/.exec(a)?.[1];
    if (chartRid) {
      const part = rels.get(chartRid)!.part;
      items.push({ kind: 'chart', from, to, chart: parseChart(part, await partText(zip, part)) });
    } else if (blipRid) {
      const media = rels.get(blipRid)!.part;
      const ext = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(a)!;
      items.push({ kind: 'picture', from, to, media, bytes: Buffer.from(await zip.file(media)!.async('uint8array')), cx: Number(ext[1]), cy: Number(ext[2]) });
    }
  }
  return { drawingPart, items };
}
