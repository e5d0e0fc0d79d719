import { DATE_FORMAT, INTEGER_FORMAT, OFFICIAL_RUPIAH_FORMAT, PERCENT_FORMAT, RUPIAH_FORMAT } from './cellFormats';

// exceljs cannot autofit, so widths and heights are computed here from the text a cell shows.
// Units are Excel's character widths: the width of "0" in Calibri 11 (Carlito has the same
// metrics, and is what LibreOffice prints with on a PC without Calibri). Per-character widths are
// Calibri's advance widths over the digit's, rounded up; bold text runs about 7 % wider.

const NARROW = new Set([...".,:;'|!()[]/- "]);
const THIN = new Set([...'ijltfrI']);
const WIDE = new Set([...'MWmw%@—']);

/** The width of `text` in character units, as Calibri 11 sets it (bold a little wider). */
export function textWidth(text: string, bold = false): number {
  let w = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) w += 0.55;
    else if (THIN.has(ch)) w += 0.65;
    else if (WIDE.has(ch)) w += 1.6;
    else if (/[A-Z]/.test(ch)) w += 1.15;
    else if (/[a-z]/.test(ch)) w += 0.95;
    else w += 1;
  }
  return bold ? w * 1.1 : w;
}

/** A column width that shows `text` whole: its width plus the cell's padding and a margin for the printer. */
export function widthFor(text: string, bold = false): number {
  return Math.ceil(textWidth(text, bold) + 3);
}

const grouped = (n: number) => Math.trunc(Math.abs(n)).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** What a number shows in one of our formats (Indonesian separators; the same width in any locale). */
export function formatted(value: number, numFmt: string | undefined): string {
  const sign = value < 0 ? '-' : '';
  switch (numFmt) {
    case RUPIAH_FORMAT:
      return `Rp ${sign}${grouped(value)}`;
    case OFFICIAL_RUPIAH_FORMAT:
      return `Rp${sign}${grouped(value)},${Math.round((Math.abs(value) % 1) * 100).toString().padStart(2, '0')}`;
    case PERCENT_FORMAT:
      return `${value.toFixed(1).replace('.', ',')}%`;
    case DATE_FORMAT:
      return '00/00/0000';
    case INTEGER_FORMAT:
    default:
      return `${sign}${grouped(value)}`;
  }
}

/** Lines `text` takes when wrapped at a column `width` (words kept whole where they fit). */
export function wrappedLines(text: string, width: number, bold = false): number {
  const room = Math.max(1, width - 1.2);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = textWidth(word, bold);
      const space = line > 0 ? textWidth(' ', bold) : 0;
      if (line > 0 && line + space + w > room) {
        lines++;
        line = 0;
      }
      if (w > room) {
        // A word longer than the line breaks where the column ends.
        lines += Math.ceil(w / room) - 1;
        line = w % room;
      } else line += (line > 0 ? space : 0) + w;
    }
  }
  return lines;
}

/** Points a row of `lines` lines of 11-pt text takes, with room above and below. */
export const LINE_HEIGHT = 15;
export function heightFor(lines: number): number {
  return Math.max(1, lines) * LINE_HEIGHT + 3;
}
