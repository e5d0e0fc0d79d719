import type { ChartSpec } from './types';
import { escapeXml, NS, XML_HEAD } from './xml';

// One chart part (c:chartSpace, ECMA-376 part 1 §21.2) holding a clustered bar or column chart,
// written in the schema's element order, which Excel enforces: each series refers to its cells by
// formula (c:f) and carries their current values (c:strCache / c:numCache), so the chart follows
// the cells in Excel and still shows the figures in a reader that does not recalculate.

/** The cached contents of a chart's ranges, in range order; undefined for an empty cell. */
export interface ChartCache {
  categories: Array<string | number | undefined>;
  series: Array<Array<string | number | undefined>>;
}

// Any two distinct ids do; they only tie each axis to its partner within this chart.
const CAT_AX = 50010;
const VAL_AX = 50020;
const FONT = '<a:latin typeface="Calibri"/>';

const val = (tag: string, v: string | number) => `<c:${tag} val="${v}"/>`;

/** Rich text of a run in the given size (hundredths of a point), as titles and labels take it. */
const textProps = (sz: number, bold = false) =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${sz}" b="${bold ? 1 : 0}">${FONT}</a:defRPr></a:pPr><a:endParaRPr lang="id-ID"/></a:p></c:txPr>`;

function title(text: string): string {
  const run = `<a:r><a:rPr lang="id-ID" sz="1000" b="1">${FONT}</a:rPr><a:t>${escapeXml(text)}</a:t></a:r>`;
  return `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000" b="1">${FONT}</a:defRPr></a:pPr>${run}</a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
}

const pts = (values: Array<string | number | undefined>, text: (v: string | number) => string) =>
  values.map((v, i) => (v === undefined || v === '' ? '' : `<c:pt idx="${i}"><c:v>${escapeXml(text(v))}</c:v></c:pt>`)).join('');

const strRef = (f: string, values: Array<string | number | undefined>) =>
  `<c:strRef><c:f>${escapeXml(f)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${pts(values, String)}</c:strCache></c:strRef>`;

/** Text in a value cell is no number: left out of the cache, as Excel draws it (a gap). */
const numRef = (f: string, values: Array<string | number | undefined>) =>
  `<c:numRef><c:f>${escapeXml(f)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts(
    values.map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)),
    String,
  )}</c:numCache></c:numRef>`;

const dataLabels = () =>
  `<c:dLbls><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProps(900)}` +
  `${val('dLblPos', 'outEnd')}${val('showLegendKey', 0)}${val('showVal', 1)}${val('showCatName', 0)}${val('showSerName', 0)}${val('showPercent', 0)}${val('showBubbleSize', 0)}</c:dLbls>`;

function series(spec: ChartSpec, cache: ChartCache, i: number): string {
  const s = spec.series[i]!;
  if (s.color !== undefined && !/^[0-9A-Fa-f]{6}$/.test(s.color)) throw new Error(`chart: colour ${s.color} is not RRGGBB`);
  const fill = s.color ? `<c:spPr><a:solidFill><a:srgbClr val="${s.color.toUpperCase()}"/></a:solidFill></c:spPr>` : '';
  // CT_BarSer: idx, order, tx, spPr, invertIfNegative, pictureOptions, dPt, dLbls, trendline, errBars, cat, val.
  return (
    `<c:ser>${val('idx', i)}${val('order', i)}<c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>${fill}${val('invertIfNegative', 0)}${dataLabels()}` +
    `<c:cat>${strRef(spec.categories, cache.categories)}</c:cat><c:val>${numRef(s.values, cache.series[i] ?? [])}</c:val></c:ser>`
  );
}

function axes(kind: ChartSpec['kind']): string {
  // A column chart has its categories along the bottom, a bar chart down the left.
  const [catPos, valPos] = kind === 'column' ? ['b', 'l'] : ['l', 'b'];
  const line = '<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>';
  return (
    `<c:catAx>${val('axId', CAT_AX)}<c:scaling>${val('orientation', 'minMax')}</c:scaling>${val('delete', 0)}${val('axPos', catPos)}` +
    `<c:numFmt formatCode="General" sourceLinked="1"/>${val('majorTickMark', 'none')}${val('minorTickMark', 'none')}${val('tickLblPos', 'nextTo')}${line}${textProps(900)}` +
    `${val('crossAx', VAL_AX)}${val('crosses', 'autoZero')}${val('auto', 1)}${val('lblAlgn', 'ctr')}${val('lblOffset', 100)}${val('noMultiLvlLbl', 0)}</c:catAx>` +
    `<c:valAx>${val('axId', VAL_AX)}<c:scaling>${val('orientation', 'minMax')}</c:scaling>${val('delete', 0)}${val('axPos', valPos)}` +
    `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="E0E0E0"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="#,##0" sourceLinked="0"/>${val('majorTickMark', 'none')}${val('minorTickMark', 'none')}${val('tickLblPos', 'nextTo')}${line}${textProps(900)}` +
    `${val('crossAx', CAT_AX)}${val('crosses', 'autoZero')}${val('crossBetween', 'between')}</c:valAx>`
  );
}

/** The chart part for one spec and the cached contents of its ranges. */
export function chartXml(spec: ChartSpec, cache: ChartCache): string {
  if (spec.series.length === 0) throw new Error('chart: no series');
  // A legend only when there is more than one series to tell apart.
  const legend = spec.series.length > 1 ? `<c:legend>${val('legendPos', 'b')}<c:overlay val="0"/>${textProps(900)}</c:legend>` : '';
  return (
    `${XML_HEAD}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.rel}">` +
    `${val('date1904', 0)}${val('lang', 'id-ID')}${val('roundedCorners', 0)}` +
    `<c:chart>${title(spec.title)}${val('autoTitleDeleted', 0)}<c:plotArea><c:layout/>` +
    `<c:barChart>${val('barDir', spec.kind === 'column' ? 'col' : 'bar')}${val('grouping', 'clustered')}${val('varyColors', 0)}` +
    `${spec.series.map((_, i) => series(spec, cache, i)).join('')}${val('gapWidth', 60)}${val('axId', CAT_AX)}${val('axId', VAL_AX)}</c:barChart>` +
    `${axes(spec.kind)}</c:plotArea>${legend}${val('plotVisOnly', 1)}${val('dispBlanksAs', 'gap')}</c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>` +
    `<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/><c:pageSetup/></c:printSettings>` +
    `</c:chartSpace>`
  );
}
