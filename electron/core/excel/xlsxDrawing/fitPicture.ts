import type { Corner } from './drawingXml';
import { EMU_PER_PX, type SheetGeometry } from './sheetGeometry';
import type { Anchor } from './types';

/** Walks `px` pixels from the left (top) edge of cell `start` and answers the cell and offset reached. */
function walk(start: number, px: number, size: (n: number) => number): { cell: number; off: number } {
  let cell = start;
  let left = px;
  for (let s = size(cell + 1); left >= s && s > 0; s = size(cell + 1)) {
    left -= s;
    cell++;
  }
  return { cell, off: left * EMU_PER_PX };
}

/**
 * The corners of a picture of `width`×`height` px fitted inside the cells from `from` to `to`
 * (top-left corners), proportions kept, centred in the box: an emblem is never stretched.
 */
export function fitPicture(geo: SheetGeometry, from: Anchor, to: Anchor, width: number, height: number): { from: Corner; to: Corner; cx: number; cy: number } {
  let boxW = 0;
  for (let c = from.col + 1; c <= to.col; c++) boxW += geo.colPx(c);
  let boxH = 0;
  for (let r = from.row + 1; r <= to.row; r++) boxH += geo.rowPx(r);
  if (boxW <= 0 || boxH <= 0 || width <= 0 || height <= 0) throw new Error('picture: its box of cells is empty');
  const scale = Math.min(boxW / width, boxH / height);
  const [w, h] = [width * scale, height * scale];
  const [x0, y0] = [(boxW - w) / 2, (boxH - h) / 2];
  const colAt = (px: number) => walk(from.col, px, geo.colPx);
  const rowAt = (px: number) => walk(from.row, px, geo.rowPx);
  const [c0, c1, r0, r1] = [colAt(x0), colAt(x0 + w), rowAt(y0), rowAt(y0 + h)];
  return {
    from: { col: c0.cell, colOff: c0.off, row: r0.cell, rowOff: r0.off },
    to: { col: c1.cell, colOff: c1.off, row: r1.cell, rowOff: r1.off },
    cx: w * EMU_PER_PX,
    cy: h * EMU_PER_PX,
  };
}
