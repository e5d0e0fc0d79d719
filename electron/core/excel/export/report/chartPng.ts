import zlib from 'node:zlib';
import { TRANSITION_KEYS } from '../../../../../shared/contract';
import { UMKM_CLASSES } from '../../../../../shared/domain/classification';
import { messages } from '../../../../../shared/i18n';
import type { PictureSpec } from './injectPicture';
import type { ReportData } from './reportData';
import { SUMMARY_TITLE_ROWS } from './summarySheet';

// A bar chart drawn pixel by pixel and encoded as PNG with node:zlib: no browser, no canvas, no
// native module, so the report is written the same way by the app, the CLI and the tests.

export interface Bar {
  label: string;
  value: number;
}

type Rgb = readonly [number, number, number];

const hex = (h: string): Rgb => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];

/** The app's green (#0b6e4f) for the bars; ink, grid and frame in greys that print well. */
export const CHART_COLORS = {
  background: hex('#ffffff'),
  bar: hex('#0b6e4f'),
  ink: hex('#1f2937'),
  axis: hex('#6b7280'),
  grid: hex('#e5efe9'),
  frame: hex('#b7d3c5'),
} as const;

// 5×7 glyphs, row by row, '#' is ink. Letters missing here are drawn as their upper case, and
// anything else as a blank.
const GLYPHS: Record<string, string> = {
  '0': '.###.|#...#|#..##|#.#.#|##..#|#...#|.###.',
  '1': '..#..|.##..|..#..|..#..|..#..|..#..|.###.',
  '2': '.###.|#...#|....#|...#.|..#..|.#...|#####',
  '3': '#####|...#.|..#..|...#.|....#|#...#|.###.',
  '4': '...#.|..##.|.#.#.|#..#.|#####|...#.|...#.',
  '5': '#####|#....|####.|....#|....#|#...#|.###.',
  '6': '..##.|.#...|#....|####.|#...#|#...#|.###.',
  '7': '#####|....#|...#.|..#..|.#...|.#...|.#...',
  '8': '.###.|#...#|#...#|.###.|#...#|#...#|.###.',
  '9': '.###.|#...#|#...#|.####|....#|...#.|.##..',
  A: '.###.|#...#|#...#|#####|#...#|#...#|#...#',
  B: '####.|#...#|#...#|####.|#...#|#...#|####.',
  C: '.###.|#...#|#....|#....|#....|#...#|.###.',
  D: '###..|#..#.|#...#|#...#|#...#|#..#.|###..',
  E: '#####|#....|#....|####.|#....|#....|#####',
  F: '#####|#....|#....|####.|#....|#....|#....',
  G: '.###.|#...#|#....|#.###|#...#|#...#|.####',
  H: '#...#|#...#|#...#|#####|#...#|#...#|#...#',
  I: '.###.|..#..|..#..|..#..|..#..|..#..|.###.',
  J: '..###|...#.|...#.|...#.|...#.|#..#.|.##..',
  K: '#...#|#..#.|#.#..|##...|#.#..|#..#.|#...#',
  L: '#....|#....|#....|#....|#....|#....|#####',
  M: '#...#|##.##|#.#.#|#.#.#|#...#|#...#|#...#',
  N: '#...#|#...#|##..#|#.#.#|#..##|#...#|#...#',
  O: '.###.|#...#|#...#|#...#|#...#|#...#|.###.',
  P: '####.|#...#|#...#|####.|#....|#....|#....',
  Q: '.###.|#...#|#...#|#...#|#.#.#|#..#.|.##.#',
  R: '####.|#...#|#...#|####.|#.#..|#..#.|#...#',
  S: '.####|#....|#....|.###.|....#|....#|####.',
  T: '#####|..#..|..#..|..#..|..#..|..#..|..#..',
  U: '#...#|#...#|#...#|#...#|#...#|#...#|.###.',
  V: '#...#|#...#|#...#|#...#|#...#|.#.#.|..#..',
  W: '#...#|#...#|#...#|#.#.#|#.#.#|#.#.#|.#.#.',
  X: '#...#|#...#|.#.#.|..#..|.#.#.|#...#|#...#',
  Y: '#...#|#...#|.#.#.|..#..|..#..|..#..|..#..',
  Z: '#####|....#|...#.|..#..|.#...|#....|#####',
  a: '.....|.....|.###.|....#|.####|#...#|.####',
  b: '#....|#....|#.##.|##..#|#...#|#...#|####.',
  c: '.....|.....|.###.|#....|#....|#...#|.###.',
  d: '....#|....#|.##.#|#..##|#...#|#...#|.####',
  e: '.....|.....|.###.|#...#|#####|#....|.###.',
  f: '..##.|.#..#|.#...|###..|.#...|.#...|.#...',
  g: '.....|.####|#...#|#...#|.####|....#|.###.',
  h: '#....|#....|#.##.|##..#|#...#|#...#|#...#',
  i: '..#..|.....|.##..|..#..|..#..|..#..|.###.',
  j: '...#.|.....|..##.|...#.|...#.|#..#.|.##..',
  k: '#....|#....|#..#.|#.#..|##...|#.#..|#..#.',
  l: '.##..|..#..|..#..|..#..|..#..|..#..|.###.',
  m: '.....|.....|##.#.|#.#.#|#.#.#|#...#|#...#',
  n: '.....|.....|#.##.|##..#|#...#|#...#|#...#',
  o: '.....|.....|.###.|#...#|#...#|#...#|.###.',
  p: '.....|.....|####.|#...#|####.|#....|#....',
  q: '.....|.....|.##.#|#..##|.####|....#|....#',
  r: '.....|.....|#.##.|##..#|#....|#....|#....',
  s: '.....|.....|.###.|#....|.###.|....#|####.',
  t: '.#...|.#...|###..|.#...|.#...|.#..#|..##.',
  u: '.....|.....|#...#|#...#|#...#|#..##|.##.#',
  v: '.....|.....|#...#|#...#|#...#|.#.#.|..#..',
  w: '.....|.....|#...#|#...#|#.#.#|#.#.#|.#.#.',
  x: '.....|.....|#...#|.#.#.|..#..|.#.#.|#...#',
  y: '.....|.....|#...#|#...#|.####|....#|.###.',
  z: '.....|.....|#####|...#.|..#..|.#...|#####',
  '.': '.....|.....|.....|.....|.....|.##..|.##..',
  ',': '.....|.....|.....|.....|.##..|..#..|.#...',
  '-': '.....|.....|.....|#####|.....|.....|.....',
  '%': '##...|##..#|...#.|..#..|.#...|#..##|...##',
  '(': '...#.|..#..|.#...|.#...|.#...|..#..|...#.',
  ')': '.#...|..#..|...#.|...#.|...#.|..#..|.#...',
  '/': '.....|....#|...#.|..#..|.#...|#....|.....',
  ':': '.....|.##..|.##..|.....|.##..|.##..|.....',
  '>': '.#...|..#..|...#.|....#|...#.|..#..|.#...',
  "'": '.##..|..#..|.#...|.....|.....|.....|.....',
};

const GLYPH_W = 5;
const GLYPH_H = 7;
/** Each font pixel is drawn as a SCALE×SCALE block: 10×14 px letters, legible at 100 % zoom. */
const SCALE = 2;
const ADVANCE = (GLYPH_W + 1) * SCALE;

/** Thousands with a dot, as the worksheet shows counts ("1.234"). */
export const formatCount = (n: number) => Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');

export const textWidth = (s: string) => (s.length ? s.length * ADVANCE - SCALE : 0);

class Canvas {
  readonly px: Buffer;
  constructor(
    readonly width: number,
    readonly height: number,
    bg: Rgb,
  ) {
    this.px = Buffer.alloc(width * height * 3);
    this.rect(0, 0, width, height, bg);
  }

  rect(x: number, y: number, w: number, h: number, c: Rgb): void {
    const x0 = Math.max(0, Math.round(x));
    const y0 = Math.max(0, Math.round(y));
    const x1 = Math.min(this.width, Math.round(x + w));
    const y1 = Math.min(this.height, Math.round(y + h));
    for (let yy = y0; yy < y1; yy++) {
      for (let xx = x0; xx < x1; xx++) {
        const i = (yy * this.width + xx) * 3;
        this.px[i] = c[0];
        this.px[i + 1] = c[1];
        this.px[i + 2] = c[2];
      }
    }
  }

  text(s: string, x: number, y: number, c: Rgb): void {
    [...s].forEach((ch, k) => {
      const glyph = GLYPHS[ch] ?? GLYPHS[ch.toUpperCase()];
      if (!glyph) return;
      glyph.split('|').forEach((row, gy) => {
        for (let gx = 0; gx < GLYPH_W; gx++) if (row[gx] === '#') this.rect(x + k * ADVANCE + gx * SCALE, y + gy * SCALE, SCALE, SCALE, c);
      });
    });
  }
}

/** A "nice" step (1, 2 or 5 × 10^k) that splits 0..max into at most `ticks` intervals. */
function niceStep(max: number, ticks: number): number {
  const raw = Math.max(1, max) / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  return Math.max(1, step);
}

export interface ChartLayout {
  width: number;
  height: number;
  /** Pixel row of the zero line (bars stand on it), and the pixels one unit of value is tall. */
  baseline: number;
  unit: number;
}

/**
 * Vertical bars with the value above each bar and its label below (split over two lines at a
 * space when wider than the bar's slot), light grid lines at round values and their scale on
 * the left. Returns the PNG and the layout, so a reader can check the bars against the values.
 */
export function barChartPng(bars: Bar[], opts: { width?: number; height?: number } = {}): { png: Buffer; layout: ChartLayout } {
  const width = opts.width ?? 560;
  const height = opts.height ?? 320;
  const line = GLYPH_H * SCALE + 6;
  const c = new Canvas(width, height, CHART_COLORS.background);

  const max = Math.max(0, ...bars.map((b) => b.value));
  const step = niceStep(max, 5);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const scaleW = textWidth(formatCount(top));
  const left = 12 + scaleW + 8;
  const right = width - 12;
  const slot = (right - left) / Math.max(1, bars.length);
  const labels = bars.map((b) => labelLines(b.label, slot - 8));
  const plotTop = 12 + line;
  const baseline = height - 12 - Math.max(1, ...labels.map((l) => l.length)) * line;
  const unit = (baseline - plotTop) / top;

  for (let v = 0; v <= top; v += step) {
    const y = Math.round(baseline - v * unit);
    c.rect(left, y, right - left, 1, v === 0 ? CHART_COLORS.axis : CHART_COLORS.grid);
    const s = formatCount(v);
    c.text(s, left - 8 - textWidth(s), y - (GLYPH_H * SCALE) / 2, CHART_COLORS.axis);
  }
  c.rect(left, plotTop - line / 2, 1, baseline - plotTop + line / 2, CHART_COLORS.axis);

  const barW = Math.max(4, Math.min(80, Math.round(slot * 0.6)));
  bars.forEach((b, i) => {
    const cx = left + slot * (i + 0.5);
    const h = Math.round(b.value * unit);
    c.rect(cx - barW / 2, baseline - h, barW, h, CHART_COLORS.bar);
    const value = formatCount(b.value);
    c.text(value, cx - textWidth(value) / 2, baseline - h - line + 2, CHART_COLORS.ink);
    labels[i]!.forEach((l, k) => c.text(l, cx - textWidth(l) / 2, baseline + 6 + k * line, CHART_COLORS.ink));
  });
  c.rect(0, 0, width, 1, CHART_COLORS.frame);
  c.rect(0, height - 1, width, 1, CHART_COLORS.frame);
  c.rect(0, 0, 1, height, CHART_COLORS.frame);
  c.rect(width - 1, 0, 1, height, CHART_COLORS.frame);

  return { png: encodePng(c.px, width, height), layout: { width, height, baseline, unit } };
}

/** Words wrapped greedily into lines no wider than `room` (a single long word keeps its line). */
function labelLines(label: string, room: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`) <= room) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** 8-bit RGB, no interlace; every scanline with filter 0 (the flat colours deflate well anyway). */
export function encodePng(rgb: Buffer, width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: truecolour
  const raw = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) rgb.copy(raw, y * (1 + width * 3) + 1, y * width * 3, (y + 1) * width * 3);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * The report's picture: UMKM per class over the whole city, in the empty columns D–H beside the
 * two small tables of section B (they fill only A–B), so it covers no cell with content and the
 * printed page keeps the width of columns A–H.
 */
export function classChartPicture(data: ReportData): PictureSpec {
  const bars = UMKM_CLASSES.map((c) => ({ label: messages.enums.class[c], value: data.classByKecamatan.reduce((s, k) => s + k.counts[c], 0) }));
  // summarySheet's rows: letterhead; section A (blank, heading, note, header, a row per
  // kecamatan, total); section B (blank, heading, note) and then its tables, naik and turun
  // (header, a row per transition, total), and the tetap / recorded / percentage rows.
  const row = SUMMARY_TITLE_ROWS + 3 + 1 + data.classByKecamatan.length + 1 + 3;
  const rows = TRANSITION_KEYS.naik.length + 2 + TRANSITION_KEYS.turun.length + 2 + 3;
  // Columns D–H are 3 × 13 + 2 × 16 characters (≈ 522 px); a row is 20 px.
  const { png, layout } = barChartPng(bars, { width: 500, height: rows * 20 - 10 });
  return { sheet: messages.exportText.summarySheet, png, width: layout.width, height: layout.height, col: 3, row, description: messages.exportText.sectionClass };
}
