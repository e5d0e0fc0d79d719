import { attr } from './xml';

// Column widths and row heights of a sheet, in pixels at 96 dpi, read from its XML, so that a
// picture can be fitted inside a box of cells. Excel's own conversion for its default font
// (Calibri 11, widest digit 7 px): a column whose stored width is w (characters plus padding)
// is trunc((256·w + trunc(128/7)) / 256 · 7) px (ECMA-376 part 1, §18.3.1.13).

export interface SheetGeometry {
  colPx(col: number): number;
  rowPx(row: number): number;
}

const MAX_DIGIT_PX = 7;
export const EMU_PER_PX = 9525;

const widthPx = (w: number) => Math.trunc(((256 * w + Math.trunc(128 / MAX_DIGIT_PX)) / 256) * MAX_DIGIT_PX);

/** Geometry of the rows up to `lastRow` (1-based); rows further down are not read. */
export function sheetGeometry(sheetXml: string, lastRow: number): SheetGeometry {
  const format = /<sheetFormatPr\b[^>]*>/.exec(sheetXml)?.[0] ?? '';
  const defaultRowPt = Number(attr(format, 'defaultRowHeight') ?? 15);
  const defaultColW = attr(format, 'defaultColWidth');
  // Without defaultColWidth, Excel takes baseColWidth characters plus 5 px of padding, rounded up
  // to a multiple of 8 px: the familiar 64 px of a fresh sheet.
  const base = Number(attr(format, 'baseColWidth') ?? 8);
  const defaultColPx = defaultColW ? widthPx(Number(defaultColW)) : Math.ceil((base * MAX_DIGIT_PX + 5) / 8) * 8;
  const cols: Array<{ min: number; max: number; px: number }> = [];
  for (const tag of /<cols>([\s\S]*?)<\/cols>/.exec(sheetXml)?.[1]?.match(/<col\b[^>]*>/g) ?? []) {
    const hidden = attr(tag, 'hidden') === '1' || attr(tag, 'hidden') === 'true';
    cols.push({ min: Number(attr(tag, 'min')), max: Number(attr(tag, 'max')), px: hidden ? 0 : widthPx(Number(attr(tag, 'width') ?? 8.43)) });
  }
  const rows = new Map<number, number>();
  for (const m of sheetXml.matchAll(/<row\b[^>]*>/g)) {
    const r = Number(attr(m[0], 'r'));
    if (r > lastRow) break;
    const ht = attr(m[0], 'ht');
    const hidden = attr(m[0], 'hidden') === '1' || attr(m[0], 'hidden') === 'true';
    if (hidden) rows.set(r, 0);
    else if (ht) rows.set(r, (Number(ht) * 96) / 72);
  }
  return {
    colPx: (col) => cols.find((c) => col >= c.min && col <= c.max)?.px ?? defaultColPx,
    rowPx: (row) => rows.get(row) ?? (defaultRowPt * 96) / 72,
  };
}
