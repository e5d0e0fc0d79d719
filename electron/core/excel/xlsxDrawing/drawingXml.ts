import type { Anchor } from './types';
import { NS, XML_HEAD } from './xml';

// The drawing part (xdr:wsDr, ECMA-376 part 1 §20.5) of one sheet: a twoCellAnchor per chart
// (a graphicFrame pointing at its chart part) and per picture (a pic whose blip points at its media).

/** A corner: a cell (0-based) and an offset into it in EMU. */
export interface Corner extends Anchor {
  colOff?: number;
  rowOff?: number;
}

export type DrawingItem =
  | { kind: 'chart'; from: Corner; to: Corner; rid: string; name: string }
  | { kind: 'picture'; from: Corner; to: Corner; rid: string; name: string; cx: number; cy: number };

const corner = (tag: 'from' | 'to', c: Corner) =>
  `<xdr:${tag}><xdr:col>${c.col}</xdr:col><xdr:colOff>${Math.round(c.colOff ?? 0)}</xdr:colOff><xdr:row>${c.row}</xdr:row><xdr:rowOff>${Math.round(c.rowOff ?? 0)}</xdr:rowOff></xdr:${tag}>`;

function item(d: DrawingItem, id: number): string {
  const nv = `<xdr:cNvPr id="${id}" name="${d.name}"/>`;
  if (d.kind === 'chart') {
    // A chart moves and resizes with its cells (Excel's default for charts).
    return (
      `<xdr:twoCellAnchor>${corner('from', d.from)}${corner('to', d.to)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>${nv}<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${d.rid}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  }
  // A picture moves with its cells but keeps its size (Excel's default for pictures).
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${corner('from', d.from)}${corner('to', d.to)}` +
    `<xdr:pic><xdr:nvPicPr>${nv}<xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
    `<xdr:blipFill><a:blip r:embed="${d.rid}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
    `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${Math.round(d.cx)}" cy="${Math.round(d.cy)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>` +
    `</xdr:pic><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

export function drawingXml(items: DrawingItem[]): string {
  // cNvPr ids are unique within the drawing; 1 is left to the drawing itself, as Excel does.
  return `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.rel}">${items.map((d, i) => item(d, i + 2)).join('')}</xdr:wsDr>`;
}
