// CT_Worksheet is a sequence: <drawing> comes after pageSetup, headerFooter, rowBreaks, colBreaks,
// customProperties, cellWatches, ignoredErrors, smartTags and before these. Excel refuses a
// sheet whose elements are out of order.
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

/** Puts `<drawing r:id>` where the schema wants it: before the first element that must follow it. */
export function withDrawingElement(sheetXml: string, rid: string): string {
  if (/<drawing[\s>/]/.test(sheetXml)) throw new Error('xlsx: the sheet already has a drawing');
  const el = `<drawing r:id="${rid}"/>`;
  // Search after sheetData only: a cell's text cannot look like an element, but keep the scan short.
  const from = Math.max(0, sheetXml.lastIndexOf('</sheetData>'));
  const tail = sheetXml.slice(from);
  const at = AFTER_DRAWING.map((name) => tail.search(new RegExp(`<${name}[\\s>/]`))).filter((i) => i >= 0);
  const pos = at.length ? from + Math.min(...at) : sheetXml.lastIndexOf('</worksheet>');
  if (pos < 0) throw new Error('xlsx: worksheet end not found');
  const withEl = sheetXml.slice(0, pos) + el + sheetXml.slice(pos);
  // The r: prefix must be bound on the root (exceljs binds it; another writer might not).
  const root = /<worksheet\b[^>]*>/.exec(withEl)![0];
  return /\sxmlns:r=/.test(root) ? withEl : withEl.replace(root, root.replace(/>$/, ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'));
}
