import type { ExportResult, MonevDuePage, MonevVisit, Page } from '../../../shared/contract';
import { kecamatanName } from '../../../shared/domain/regions';
import { formatDate } from '../../../shared/format/date';
import { formatRupiah } from '../../../shared/format/rupiah';
import { fill, messages } from '../../../shared/i18n';
import type { CommandSpec, Values } from '../commands';
import { UsageError } from '../io';
import { intOption } from './args';
import { pageSummary } from './partnershipText';

// `monev due|list|show|add` (issue 15): the reviews due, the visits, one visit, a new visit.
const t = messages.monevCli;
const f = messages.monevFields;
const e = messages.monevEnums;
const p = messages.monevPages;

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function idArg(rest: string[], example: string, message: string = messages.cli.args.id): number {
  const raw = rest[0];
  if (!raw || !/^\d+$/.test(raw)) throw new UsageError(fill(message, { example }));
  return Number(raw);
}

/** One --product "nama;gerai;sejak;harga;laku;habis;masukan": blanks are left out; the contract checks the rest. */
export function productArg(raw: string): Record<string, unknown> {
  const [product, outlet, since, price, sales, stockOut, ...feedback] = raw.split(';').map((x) => x.trim());
  if (!product) throw new UsageError(fill(t.productBad, { value: raw }));
  const given = (x: string | undefined) => (x ? x : undefined);
  return {
    product,
    outlet: given(outlet),
    since: given(since),
    price: given(price),
    sales: given(sales) ?? 'laku',
    stockOut: stockOut ? [t.stockOutWord, 'ya', '1'].includes(stockOut.toLowerCase()) : false,
    feedback: given(feedback.join(';')),
  };
}

function productsOf(values: Values): Array<Record<string, unknown>> {
  const raw = values.product;
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [];
  return list.map(productArg);
}

function dueText(d: MonevDuePage): string {
  const lines = d.items.map((x) => {
    const late = x.daysLate > 0 ? fill(p.overdueDays, { n: x.daysLate }) : x.daysLate === 0 ? p.dueToday : fill(p.dueInDays, { n: -x.daysLate });
    return `${formatDate(x.nextReview)}  ${late.padEnd(18)}  ${x.number.padEnd(14)}  ${x.partnerName.slice(0, 30).padEnd(30)}  ${(x.partyName ?? '–').slice(0, 30).padEnd(30)}  ${x.kecamatan ? kecamatanName(x.kecamatan) : '–'}`;
  });
  if (lines.length === 0) return `${t.noneDue}\n`;
  return `${lines.join('\n')}\n${pageSummary(d, fill(t.dueWhat, { late: d.overdue }))}`;
}

function visitLine(v: MonevVisit): string {
  const products = v.products.map((x) => `${x.product} (${e.sales[x.sales]}${x.stockOut ? `, ${p.stockOutTag.toLowerCase()}` : ''})`).join('; ');
  return `${String(v.id).padStart(5)}  ${formatDate(v.date)}  ${v.kemitraanNumber.padEnd(14)}  ${e.method[v.method].padEnd(18)}  ${v.officer.slice(0, 24).padEnd(24)}  ${products || '–'}`;
}

function listText(page: Page<MonevVisit>): string {
  if (page.items.length === 0) return `${t.noneListed}\n`;
  return `${page.items.map(visitLine).join('\n')}\n${pageSummary(page, fill(t.total, { n: '' }).trim())}`;
}

export function visitText(v: MonevVisit): string {
  const rows: Array<[string, string]> = [
    [messages.cli.text.idLabel, String(v.id)],
    [f.kemitraanId, `${v.kemitraanNumber} – ${v.partnerName} · ${v.partyName ?? '–'}`],
    [f.date, formatDate(v.date)],
    [f.method, e.method[v.method]],
    [f.officer, v.officer],
    [f.nextStep, v.nextStep ?? '–'],
    [f.notes, v.notes ?? '–'],
  ];
  const products = v.products.map(
    (x) =>
      `  - ${x.product}: ${e.sales[x.sales]}${x.stockOut ? `, ${p.stockOutTag.toLowerCase()}` : ''}; ${f.outlet} ${x.outlet ?? '–'}; ${f.since} ${formatDate(x.since)}; ${f.price} ${x.price === null ? '–' : formatRupiah(x.price)}${x.feedback ? `; ${x.feedback}` : ''}`,
  );
  return `${rows.map(([a, b]) => `${a.padEnd(24)} ${b}`).join('\n')}\n${f.products}:\n${products.length ? products.join('\n') : `  ${p.noProducts}`}\n`;
}

/** The visit list's filters as `monev list` and `export monev` take them. */
function listFilters(values: Values) {
  return { kemitraanId: intOption(values, 'agreement'), mitraId: intOption(values, 'partner'), from: text(values.from), to: text(values.to) };
}

export const monevCommands: CommandSpec[] = [
  {
    name: 'monev due',
    usage: t.usage.due,
    request: async (_rest, values) => ({
      channel: 'monev:due',
      payload: {
        mitraId: intOption(values, 'partner'),
        kecamatan: text(values.kecamatan),
        overdueOnly: values.overdue === true ? true : undefined,
        page: intOption(values, 'page'),
        pageSize: intOption(values, 'page-size'),
      },
    }),
    text: (v) => dueText(v as MonevDuePage),
  },
  {
    name: 'monev list',
    usage: t.usage.list,
    request: async (_rest, values) => ({
      channel: 'monev:list',
      payload: {
        ...listFilters(values),
        page: intOption(values, 'page'),
        pageSize: intOption(values, 'page-size'),
      },
    }),
    text: (v) => listText(v as Page<MonevVisit>),
  },
  {
    name: 'monev show',
    positionals: 1,
    usage: t.usage.show,
    request: async (rest) => ({ channel: 'monev:get', payload: { id: idArg(rest, t.examples.show) } }),
    text: (v) => visitText(v as MonevVisit),
  },
  {
    name: 'monev add',
    positionals: 1,
    usage: t.usage.add,
    request: async (rest, values) => ({
      channel: 'monev:create',
      payload: {
        kemitraanId: idArg(rest, t.examples.add, t.agreementNeeded),
        date: text(values.date),
        officer: text(values.officer),
        method: text(values.method),
        nextStep: text(values['next-step']),
        notes: text(values.notes),
        products: productsOf(values),
      },
    }),
    text: (v) => {
      const visit = v as MonevVisit;
      return `${fill(t.added, { date: formatDate(visit.date), number: visit.kemitraanNumber, id: visit.id })}\n${visitText(visit)}`;
    },
  },
  {
    name: 'export monev',
    usage: t.usage.export,
    writesOut: true,
    request: async (_rest, values) => {
      if (typeof values.out !== 'string' || values.out.trim() === '') throw new UsageError(fill(messages.cli.export.outNeeded, { example: t.examples.export }));
      return { channel: 'export:list', payload: { list: 'monev', query: listFilters(values) } };
    },
    text: (v) => {
      const r = v as ExportResult & { file: { path?: string } };
      return `${fill(messages.cli.export.written, { file: r.file.path ?? r.file.name, rows: r.rows })}\n`;
    },
  },
];
