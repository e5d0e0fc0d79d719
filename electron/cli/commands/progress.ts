import type { ClassRecord, PeriodReport, UmkmTimeline } from '../../../shared/contract';
import { formatDate } from '../../../shared/format/date';
import { formatRupiah } from '../../../shared/format/rupiah';
import { fill, messages } from '../../../shared/i18n';
import type { CommandSpec, Values } from '../commands';
import { UsageError } from '../io';
import { intOption } from './args';

const cls = messages.enums.class;
const dir = messages.progressEnums.direction;
const t = messages.cli.progress;

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** "halal, pirt" as a list; absent stays absent (the record then holds none). */
const list = (v: unknown): string[] | undefined =>
  typeof v === 'string'
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;

function umkmIdArg(rest: string[], example: string): number {
  const raw = rest[0];
  if (!raw || !/^\d+$/.test(raw)) throw new UsageError(fill(messages.cli.args.umkmId, { example }));
  return Number(raw);
}

/** The form's fields from the options; the contract checks them exactly as it checks the form. */
function recordPayload(umkmId: number, values: Values): Record<string, unknown> {
  const payload: Record<string, unknown> = {
    umkmId,
    date: text(values.date),
    annualSales: text(values.sales),
    capital: text(values.capital),
    assets: text(values.assets),
    employees: text(values.employees),
    marketReach: text(values.reach),
    certifications: list(values.cert),
    channels: list(values.channels),
    // The form asks for the source; on the command line a clerk's own entry is a survey unless said.
    source: text(values.source) ?? 'survei',
    notes: text(values.notes),
  };
  return Object.fromEntries(Object.entries(payload).filter(([, v]) => v !== undefined));
}

function recordLine(r: ClassRecord): string {
  const figures = r.annualSales !== null ? fill(t.sales, { amount: formatRupiah(r.annualSales) }) : fill(t.capital, { amount: formatRupiah(r.capital) });
  return `${String(r.id).padStart(7)}  ${formatDate(r.date)}  ${cls[r.class].padEnd(8)}  ${figures.padEnd(28)}  ${messages.progressEnums.source[r.source]}`;
}

function recordText(r: ClassRecord): string {
  return `${fill(t.recorded, { id: r.id, umkm: r.umkmId })}\n${recordLine(r)}\n`;
}

function timelineText(tl: UmkmTimeline): string {
  const lines = [fill(t.timeline, { umkm: tl.umkmId, n: tl.records.length }), ...tl.records.map(recordLine)];
  if (tl.moves.length) {
    lines.push(t.moves);
    for (const m of tl.moves) {
      const support = m.agreements.length ? fill(t.moveAgreements, { agreements: m.agreements.map((a) => `${a.number} (${a.partnerName})`).join(', ') }) : '';
      lines.push(fill(t.move, { date: formatDate(m.date), direction: dir[m.direction], from: cls[m.fromClass], to: cls[m.toClass], since: formatDate(m.fromDate), support }));
    }
  } else {
    lines.push(t.noMoves);
  }
  return `${lines.join('\n')}\n`;
}

function reportText(r: PeriodReport): string {
  const counts = (o: Record<string, number>) =>
    Object.entries(o)
      .map(([k, n]) => `  ${k}: ${n}`)
      .join('\n');
  return [
    fill(t.period, { from: formatDate(r.from), to: formatDate(r.to), n: r.recorded }),
    fill(t.naik, { label: dir.naik, n: r.naikTotal, percent: r.naikPercent.toLocaleString('id-ID') }),
    counts(r.naik),
    `${dir.turun}: ${r.turunTotal}`,
    counts(r.turun),
    `${dir.tetap}: ${r.tetap}`,
    t.byKecamatan,
    ...Object.entries(r.byKecamatan).map(([k, v]) => fill(t.kecamatanLine, { kecamatan: k, naik: v.naik, turun: v.turun, tetap: v.tetap, recorded: v.recorded })),
    fill(t.menengahNeedMarket, { n: r.menengahNeedMarket }),
    fill(t.staleRecords, { n: r.staleRecords }),
    '',
  ].join('\n');
}

export const progressCommands: CommandSpec[] = [
  {
    name: 'progress add',
    positionals: 1,
    usage: t.usage.add,
    request: async (rest, values) => ({ channel: 'progress:add', payload: recordPayload(umkmIdArg(rest, t.examples.add), values) }),
    text: recordText,
  },
  {
    name: 'progress list',
    positionals: 1,
    usage: t.usage.list,
    request: async (rest) => ({ channel: 'progress:timeline', payload: { id: umkmIdArg(rest, t.examples.list) } }),
    text: timelineText,
  },
  {
    name: 'progress report',
    usage: t.usage.report,
    request: async (_rest, values) => ({
      channel: 'progress:report',
      payload: {
        from: text(values.from),
        to: text(values.to),
        kecamatan: text(values.kecamatan),
        sector: text(values.sector),
        komunitasId: intOption(values, 'komunitas'),
      },
    }),
    text: reportText,
  },
];
