import type { Bantuan, BantuanCheck, BantuanPage, ExportResult, Result } from '../../../shared/contract';
import { BANTUAN_KINDS, BANTUAN_WARNINGS } from '../../../shared/domain/bantuan';
import { FUND_SOURCES } from '../../../shared/domain/funding';
import { formatDate } from '../../../shared/format/date';
import { formatRupiah, groupThousands } from '../../../shared/format/rupiah';
import { fill, messages } from '../../../shared/i18n';
import type { CommandSpec, Values } from '../commands';
import { UsageError } from '../io';
import { intOption } from './args';

const t = messages.bantuanCli;
const f = messages.bantuanFields;
const w = messages.bantuanWarning;

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** An ID as the word at `index` after the command. */
function idArg(rest: string[], index: number): number {
  const raw = rest[index];
  if (!raw || !/^\d+$/.test(raw)) throw new UsageError(fill(messages.cli.args.id, { example: t.exampleShow }));
  return Number(raw);
}

/** A choice among codes, refused with the codes to choose from. */
function choice<T extends string>(values: Values, name: string, codes: readonly T[], message: string): T | undefined {
  const v = text(values[name]);
  if (v === undefined) return undefined;
  if (!(codes as readonly string[]).includes(v)) throw new UsageError(fill(message, { value: v, options: codes.join(', ') }));
  return v as T;
}
const kindOf = (values: Values) => choice(values, 'kind', BANTUAN_KINDS, t.badKind);
const sourceOf = (values: Values) => choice(values, 'source', FUND_SOURCES, t.badSource);

/** Each option of add/update and the field it sets; money and dates as the clerk types them, the contract judges. */
const FIELD_OPTIONS = { item: 'item', value: 'value', programme: 'programme', year: 'year', 'handed-at': 'handedAt', bast: 'handoverNumber', notes: 'notes' } as const;
const OPTION_OF: Record<string, string> = { ...Object.fromEntries(Object.entries(FIELD_OPTIONS).map(([o, k]) => [k, `--${o}`])), kind: '--kind', fundSource: '--source', umkmId: 'UMKM_ID' };

function fieldsOf(values: Values): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const kind = kindOf(values);
  const source = sourceOf(values);
  if (kind) out.kind = kind;
  if (source) out.fundSource = source;
  for (const [opt, field] of Object.entries(FIELD_OPTIONS)) if (typeof values[opt] === 'string') out[field] = values[opt];
  return out;
}

/** --confirm confirms whatever warnings main finds (stored with the record). */
const confirmOf = (values: Values) => (values.confirm === true ? [...BANTUAN_WARNINGS] : []);

/** A refusal names the option to correct; an unconfirmed warning says how to confirm it. */
function forCli<T>(r: Result<T>): Result<T> {
  if (r.ok) return r;
  const fields = Object.fromEntries(Object.entries(r.error.fields ?? {}).map(([k, m]) => [OPTION_OF[k.split('.')[0]!] ?? k, m]));
  if (r.error.code === 'NEEDS_CONFIRMATION') return { ok: false, error: { ...r.error, message: `${r.error.message} ${t.confirmHint}`, fields: {} } };
  return { ok: false, error: { ...r.error, ...(Object.keys(fields).length ? { fields } : {}) } };
}

function listText(p: BantuanPage): string {
  const lines = p.items.map((b) =>
    [
      String(b.id).padStart(5),
      b.umkmName.slice(0, 30).padEnd(30),
      messages.bantuanKind[b.kind].padEnd(11),
      b.item.slice(0, 28).padEnd(28),
      messages.fundSource[b.fundSource].padEnd(14),
      String(b.year),
      (b.handedAt ? formatDate(b.handedAt) : '–').padEnd(10),
      formatRupiah(b.value).padStart(16),
      b.handoverNumber ?? '–',
    ].join('  '),
  );
  const totals = p.totals.filter((x) => x.count > 0).map((x) => `  ${fill(t.totalLine, { source: messages.fundSource[x.fundSource], n: x.count, value: groupThousands(x.value) })}`);
  return [
    t.listHeader,
    ...lines,
    fill(t.listFooter, { shown: p.items.length, total: p.total, value: groupThousands(p.totalValue) }),
    ...totals,
    '',
  ].join('\n');
}

const row = (label: string, value: string | number | null | undefined) => `${label.padEnd(28)} ${value === null || value === undefined || value === '' ? '–' : value}\n`;

function showText(b: Bantuan): string {
  return [
    row('ID', b.id),
    row(f.umkm, `${b.umkmName} (#${b.umkmId}) · ${b.kecamatanName}`),
    row(f.kind, messages.bantuanKind[b.kind]),
    row(f.item, b.item),
    row(f.value, b.value === null ? null : formatRupiah(b.value)),
    row(f.fundSource, messages.fundSource[b.fundSource]),
    row(f.programme, b.programme),
    row(f.year, b.year),
    row(f.handedAt, b.handedAt ? formatDate(b.handedAt) : null),
    row(f.handoverNumber, b.handoverNumber),
    row(f.notes, b.notes),
    row(f.confirmedWarnings, b.confirmedWarnings.map((c) => w.short[c]).join(', ')),
  ].join('');
}

function checkText(c: BantuanCheck, kind: string, source: string): string {
  if (c.warnings.length === 0) return `${fill(t.noWarnings, { months: c.repeatMonths })}\n`;
  const lines = c.warnings.map((code) =>
    code === 'repeat' ? fill(w.repeat, { kind: messages.bantuanKind[kind as keyof typeof messages.bantuanKind].toLowerCase(), source: messages.fundSource[source as keyof typeof messages.fundSource], months: c.repeatMonths }) : w[code],
  );
  const repeats = c.repeats.map((r) => `    #${r.id} ${fill(w.repeatItem, { item: r.item, date: r.handedAt ? formatDate(r.handedAt) : String(r.year), value: r.value !== null ? ` · ${formatRupiah(r.value)}` : '', number: r.handoverNumber ? ` · ${r.handoverNumber}` : '' })}`);
  return [fill(t.warningsFound, { months: c.repeatMonths }), ...lines.map((l) => `  - ${l}`), ...repeats, ''].join('\n');
}

/** The list's filters as `bantuan list` and `bantuan export` take them. */
const filtersOf = (values: Values) => ({
  kind: kindOf(values),
  fundSource: sourceOf(values),
  year: intOption(values, 'year'),
  kecamatan: text(values.kecamatan),
  programme: text(values.programme),
  umkmId: intOption(values, 'umkm'),
  search: text(values.search),
});

export const bantuanCommands: CommandSpec[] = [
  {
    name: 'bantuan list',
    usage: t.usage.list,
    request: async (_rest, values) => ({ channel: 'bantuan:list', payload: { ...filtersOf(values), page: intOption(values, 'page'), pageSize: intOption(values, 'page-size') } }),
    text: listText,
  },
  {
    name: 'bantuan export',
    usage: t.usage.export,
    writesOut: true,
    request: async (_rest, values) => {
      if (typeof values.out !== 'string' || values.out.trim() === '') throw new UsageError(fill(messages.cli.export.outNeeded, { example: t.exampleExport }));
      return { channel: 'export:list', payload: { list: 'bantuan', query: filtersOf(values) } };
    },
    text: (r: ExportResult & { file: { path?: string } }) => `${fill(messages.cli.export.written, { file: r.file.path ?? r.file.name, rows: r.rows })}\n`,
  },
  {
    name: 'bantuan show',
    positionals: 1,
    usage: t.usage.show,
    request: async (rest) => ({ channel: 'bantuan:get', payload: { id: idArg(rest, 0) } }),
    text: showText,
  },
  {
    name: 'bantuan add',
    positionals: 1,
    usage: t.usage.add,
    request: async (rest, values) => ({ channel: 'bantuan:create', payload: { umkmId: idArg(rest, 0), ...fieldsOf(values), confirm: confirmOf(values) } }),
    run: async (request, api) => forCli(await api.call(request.channel, request.payload)),
    text: (b: Bantuan) => `${fill(t.created, { id: b.id, umkm: b.umkmName })}\n${showText(b)}`,
  },
  {
    name: 'bantuan update',
    positionals: 1,
    usage: t.usage.update,
    request: async (rest, values) => {
      const id = idArg(rest, 0);
      const changes = fieldsOf(values);
      if (typeof values.umkm === 'string') changes.umkmId = intOption(values, 'umkm');
      return { channel: 'bantuan:update', payload: { id, changes, confirm: confirmOf(values) } };
    },
    run: async (request, api) => forCli(await api.call(request.channel, request.payload)),
    text: (b: Bantuan) => `${fill(t.updated, { id: b.id })}\n${showText(b)}`,
  },
  {
    name: 'bantuan delete',
    positionals: 1,
    usage: t.usage.delete,
    request: async (rest) => ({ channel: 'bantuan:delete', payload: { id: idArg(rest, 0) } }),
    text: (r: { id: number }) => `${fill(t.deleted, { id: r.id })}\n`,
  },
  {
    name: 'bantuan check',
    positionals: 1,
    usage: t.usage.check,
    request: async (rest, values) => {
      const kind = kindOf(values);
      const fundSource = sourceOf(values);
      if (!kind) throw new UsageError(fill(messages.cli.args.required, { name: 'kind', example: t.exampleCheck }));
      if (!fundSource) throw new UsageError(fill(messages.cli.args.required, { name: 'source', example: t.exampleCheck }));
      return { channel: 'bantuan:check', payload: { umkmId: idArg(rest, 0), kind, fundSource, year: intOption(values, 'year'), handedAt: text(values['handed-at']) } };
    },
    // The check itself is the answer: text shows the warnings for the kind and source asked.
    run: async (request, api) => {
      const r = await api.call(request.channel, request.payload);
      if (!r.ok) return forCli(r);
      const p = request.payload as { kind: string; fundSource: string };
      return { ok: true, value: { ...(r.value as BantuanCheck), kind: p.kind, fundSource: p.fundSource } };
    },
    text: (c: BantuanCheck & { kind: string; fundSource: string }) => checkText(c, c.kind, c.fundSource),
  },
];
