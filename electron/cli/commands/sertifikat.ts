import type { ExportResult, ExpiringItem, Page, ReadyItem, Sertifikat, SertifikatPage } from '../../../shared/contract';
import { formatDate } from '../../../shared/format/date';
import { fill, messages } from '../../../shared/i18n';
import type { CommandSpec, Values } from '../commands';
import { UsageError } from '../io';
import { intOption } from './args';
import { pageSummary } from './partnershipText';

// `sertifikat list|show|add|update|status|expiring|ready` (issue 15): the register of licences and
// certificates from the command line, each a channel call checked and audited like the app's.

const t = messages.sertifikatCli;
const f = messages.sertifikatFields;
const e = messages.sertifikatEnums;
const ex = t.examples;
const none = messages.pc.none;

/** The options these commands add to the command line's own (electron/cli/commands.ts). */
export const SERTIFIKAT_OPTIONS = {
  number: { type: 'string' },
  issuer: { type: 'string' },
  'issued-at': { type: 'string' },
  'valid-until': { type: 'string' },
  'submitted-at': { type: 'string' },
  route: { type: 'string' },
  'programme-year': { type: 'string' },
  companion: { type: 'string' },
  'kind-other': { type: 'string' },
  days: { type: 'string' },
} as const;

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function idArg(rest: string[], example: string): number {
  const raw = rest[0];
  if (!raw || !/^\d+$/.test(raw)) throw new UsageError(fill(messages.cli.args.id, { example }));
  return Number(raw);
}

/** The fields given as options (only those named: an update changes nothing else). */
function fieldsOf(values: Values): Record<string, unknown> {
  const out: Record<string, unknown> = {
    kind: text(values.kind),
    kindOther: text(values['kind-other']),
    status: text(values.status),
    number: text(values.number),
    issuer: text(values.issuer),
    issuedAt: text(values['issued-at']),
    validUntil: text(values['valid-until']),
    submittedAt: text(values['submitted-at']),
    route: text(values.route),
    programme: text(values.programme),
    programmeYear: text(values['programme-year']),
    companion: text(values.companion),
    refusalReason: text(values.reason),
    notes: text(values.notes),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}

function line(s: Sertifikat): string {
  const kind = s.kind === 'lainnya' && s.kindOther ? s.kindOther : e.kind[s.kind];
  const wait = s.ageDays !== null ? `  ${fill(t.age, { n: s.ageDays })}` : '';
  return `${String(s.id).padStart(6)}  ${kind.slice(0, 18).padEnd(18)}  ${e.group[s.group].padEnd(16)}  ${s.businessName.slice(0, 30).padEnd(30)}  ${(s.number ?? none).slice(0, 24).padEnd(24)}  ${s.validUntil ? formatDate(s.validUntil) : ''}${wait}`;
}

function listText(p: SertifikatPage): string {
  const counts = Object.entries(p.counts)
    .map(([g, n]) => `${e.group[g as keyof typeof e.group]} ${n}`)
    .join(', ');
  return `${p.items.map(line).join('\n')}${p.items.length ? '\n' : ''}${pageSummary(p, t.what)}${counts}\n`;
}

function showText(s: Sertifikat): string {
  const rows: Array<[string, string | null]> = [
    [messages.cli.text.idLabel, String(s.id)],
    [f.umkmId, fill(messages.cli.text.withId, { name: s.businessName, id: s.umkmId })],
    [f.nik, s.nik],
    [f.kind, s.kind === 'lainnya' && s.kindOther ? s.kindOther : e.kind[s.kind]],
    [f.status, e.group[s.group]],
    [f.number, s.number],
    [f.issuer, s.issuer],
    [f.submittedAt, s.submittedAt ? formatDate(s.submittedAt) : null],
    [f.age, s.ageDays === null ? null : fill(t.age, { n: s.ageDays })],
    [f.issuedAt, s.issuedAt ? formatDate(s.issuedAt) : null],
    [f.validUntil, s.validUntil ? formatDate(s.validUntil) : null],
    [f.route, s.route ? e.route[s.route] : null],
    [f.programme, s.programme ? `${s.programme}${s.programmeYear ? ` ${s.programmeYear}` : ''}` : null],
    [f.companion, s.companion],
    [f.refusalReason, s.refusalReason],
    [f.notes, s.notes],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  return `${rows.map(([k, v]) => `${k.padEnd(w)}  ${v ?? none}`).join('\n')}\n`;
}

function expiringText(p: Page<ExpiringItem>): string {
  return `${p.items.map((s) => `${line(s)}  ${fill(t.left, { n: s.daysLeft })}`).join('\n')}${p.items.length ? '\n' : ''}${pageSummary(p, t.what)}`;
}

function readyText(p: Page<ReadyItem>): string {
  const lines = p.items.map((r) => `${String(r.umkmId).padStart(6)}  ${r.businessName.slice(0, 34).padEnd(34)}  ${r.nik}  ${r.kecamatanName.padEnd(18)}  ${r.held.map((h) => e.kind[h.kind]).join(', ')}`);
  return `${lines.join('\n')}${lines.length ? '\n' : ''}${pageSummary(p, t.readyWhat)}`;
}

function filters(values: Values) {
  return {
    kind: text(values.kind),
    companion: text(values.companion),
    programme: text(values.programme),
    kecamatan: text(values.kecamatan),
    komunitasId: intOption(values, 'komunitas'),
    umkmId: intOption(values, 'umkm'),
    search: text(values.search),
  };
}

export const sertifikatCommands: CommandSpec[] = [
  {
    name: 'sertifikat list',
    usage: t.usage.list,
    request: async (_rest, values) => ({
      channel: 'sertifikat:list',
      payload: { ...filters(values), group: text(values.status), page: intOption(values, 'page'), pageSize: intOption(values, 'page-size') },
    }),
    text: listText,
  },
  {
    name: 'sertifikat show',
    positionals: 1,
    usage: t.usage.show,
    request: async (rest) => ({ channel: 'sertifikat:get', payload: { id: idArg(rest, ex.show) } }),
    text: showText,
  },
  {
    name: 'sertifikat add',
    usage: t.usage.add,
    request: async (_rest, values) => {
      const umkmId = intOption(values, 'umkm');
      if (umkmId === undefined) throw new UsageError(fill(messages.cli.args.required, { name: 'umkm', example: ex.add }));
      return { channel: 'sertifikat:create', payload: { umkmId, ...fieldsOf(values) } };
    },
    text: showText,
  },
  {
    name: 'sertifikat update',
    positionals: 1,
    usage: t.usage.update,
    request: async (rest, values) => {
      const id = idArg(rest, ex.update);
      const changes = fieldsOf(values);
      if (Object.keys(changes).length === 0) throw new UsageError(fill(t.nothingToChange, { example: ex.update }));
      return { channel: 'sertifikat:update', payload: { id, changes } };
    },
    text: showText,
  },
  {
    name: 'sertifikat status',
    positionals: 2,
    usage: t.usage.status,
    request: async (rest, values) => {
      const id = idArg(rest, ex.status);
      const status = rest[1];
      if (!status) throw new UsageError(fill(t.statusNeeded, { example: ex.status }));
      return { channel: 'sertifikat:setStatus', payload: { id, status, date: text(values.date), number: text(values.number), validUntil: text(values['valid-until']), reason: text(values.reason) } };
    },
    text: showText,
  },
  {
    name: 'sertifikat expiring',
    usage: t.usage.expiring,
    request: async (_rest, values) => {
      const days = text(values.days);
      if (days !== undefined && !['30', '60', '90'].includes(days)) throw new UsageError(t.badDays);
      return { channel: 'sertifikat:expiring', payload: { ...filters(values), days: days ? Number(days) : undefined, page: intOption(values, 'page'), pageSize: intOption(values, 'page-size') } };
    },
    text: expiringText,
  },
  {
    name: 'sertifikat ready',
    usage: t.usage.ready,
    request: async (_rest, values) => ({
      channel: 'sertifikat:ready',
      payload: { kecamatan: text(values.kecamatan), komunitasId: intOption(values, 'komunitas'), search: text(values.search), page: intOption(values, 'page'), pageSize: intOption(values, 'page-size') },
    }),
    text: readyText,
  },
  {
    name: 'sertifikat export',
    usage: t.usage.export,
    writesOut: true,
    request: async (_rest, values) => {
      if (typeof values.out !== 'string' || values.out.trim() === '') throw new UsageError(fill(messages.cli.export.outNeeded, { example: ex.export }));
      return { channel: 'export:list', payload: { list: 'sertifikat', query: { ...filters(values), group: text(values.status) } } };
    },
    text: (r: ExportResult & { file: { path?: string } }) => `${fill(messages.cli.export.written, { file: r.file.path ?? r.file.name, rows: r.rows })}\n`,
  },
];
