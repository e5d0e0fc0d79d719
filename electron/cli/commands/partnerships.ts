import type { KegiatanListItem, Kemitraan, KomunitasListItem, MitraListItem, Page, Suggestion } from '../../../shared/contract';
import { formatDate } from '../../../shared/format/date';
import { fill, messages } from '../../../shared/i18n';
import type { CommandSpec, Values } from '../commands';
import { UsageError } from '../io';
import { intOption } from './args';
import { kemitraanText, pageSummary, reasonText } from './partnershipText';

const e = messages.kemitraanEnums;
const t = messages.cli.partnerships;
const ex = t.examples;

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** An ID as the word at `index` after the command. */
function idArg(rest: string[], index: number, example: string): number {
  const raw = rest[index];
  if (!raw || !/^\d+$/.test(raw)) throw new UsageError(fill(messages.cli.args.id, { example }));
  return Number(raw);
}

function requiredInt(values: Values, name: string, example: string): number {
  const v = intOption(values, name);
  if (v === undefined) throw new UsageError(fill(messages.cli.args.required, { name, example }));
  return v;
}

function mitraListText(p: Page<MitraListItem>): string {
  const lines = p.items.map(
    (m) =>
      `${String(m.id).padStart(5)}  ${m.name.slice(0, 40).padEnd(40)}  ${e.mitraKind[m.kind].padEnd(24)}  ${e.mitraStatus[m.status].padEnd(11)}  ${fill(t.mitraFigures, { active: m.activeAgreements, fostered: m.fosteredUmkm })}`,
  );
  return `${lines.join('\n')}${lines.length ? '\n' : ''}${pageSummary(p, t.mitraWhat)}`;
}

function komunitasListText(list: KomunitasListItem[]): string {
  const lines = list.map(
    (c) => `${String(c.id).padStart(5)}  ${c.name.slice(0, 42).padEnd(42)}  ${(c.kecamatanName ?? '–').padEnd(18)}  ${(c.leaderName ?? '–').slice(0, 24).padEnd(24)}  ${fill(t.members, { n: c.memberCount })}`,
  );
  return `${lines.join('\n')}${lines.length ? '\n' : ''}${fill(t.komunitasCount, { n: list.length })}\n`;
}

function kemitraanListText(p: Page<Kemitraan>): string {
  const lines = p.items.map((k) => {
    const party = k.umkmName ?? k.komunitasName ?? '–';
    const period = `${formatDate(k.startDate)}–${k.endDate ? formatDate(k.endDate) : ''}`;
    return `${String(k.id).padStart(5)}  ${k.number.padEnd(14)}  ${e.status[k.status].padEnd(10)}  ${k.partnerName.slice(0, 30).padEnd(30)}  ${party.slice(0, 32).padEnd(32)}  ${period}${k.dueForReview ? t.dueForReview : ''}`;
  });
  return `${lines.join('\n')}${lines.length ? '\n' : ''}${pageSummary(p, t.kemitraanWhat)}`;
}

/** A meeting's figures in one line (kegiatan list and show). */
export function figuresText(f: KegiatanListItem['figures']): string {
  return [
    fill(t.komunitasPresent, { present: f.komunitasPresent, invited: f.komunitasInvited }),
    fill(t.umkmPresent, { present: f.umkmPresent, expected: f.umkmExpected }),
    fill(t.partnersPresent, { present: f.partnersPresent, invited: f.partnersInvited }),
    fill(t.agreements, { proposed: f.agreementsProposed, signed: f.agreementsSigned }),
  ].join('; ');
}

function suggestText(list: Suggestion[]): string {
  const lines = list.map(
    (s) => `${String(s.umkm.id).padStart(7)}  ${String(s.score).padStart(2)}  ${s.umkm.businessName.slice(0, 36).padEnd(36)}  ${s.reasons.map((r) => reasonText(r, s)).join('; ')}`,
  );
  return `${lines.join('\n')}${lines.length ? '\n' : ''}${fill(t.suggestionCount, { n: list.length })}\n`;
}

/** The agreement list's filters as `kemitraan list` and `export kemitraan` take them. */
export function kemitraanFilters(values: Values) {
  return {
    status: text(values.status),
    mitraId: intOption(values, 'partner'),
    umkmId: intOption(values, 'umkm'),
    komunitasId: intOption(values, 'komunitas'),
    kegiatanId: intOption(values, 'event'),
    pattern: text(values.pattern),
    supportKind: text(values.support),
    kecamatan: text(values.kecamatan),
    from: text(values.from),
    to: text(values.to),
    dueForReview: values.due === true ? true : undefined,
  };
}

export const partnershipCommands: CommandSpec[] = [
  {
    name: 'mitra list',
    usage: t.usage.mitraList,
    request: async (_rest, values) => ({
      channel: 'mitra:list',
      payload: { kind: text(values.kind), status: text(values.status), search: text(values.search), page: intOption(values, 'page'), pageSize: intOption(values, 'page-size') },
    }),
    text: mitraListText,
  },
  {
    name: 'mitra suggest',
    positionals: 1,
    usage: t.usage.mitraSuggest,
    request: async (rest, values) => ({
      channel: 'mitra:suggest',
      payload: { mitraId: idArg(rest, 0, ex.mitraSuggest), kegiatanId: intOption(values, 'event'), limit: intOption(values, 'limit') },
    }),
    text: suggestText,
  },
  {
    name: 'komunitas list',
    usage: t.usage.komunitasList,
    request: async (_rest, values) => ({ channel: 'komunitas:list', payload: { kecamatan: text(values.kecamatan), search: text(values.search) } }),
    text: komunitasListText,
  },
  {
    name: 'kemitraan list',
    usage: t.usage.kemitraanList,
    request: async (_rest, values) => ({
      channel: 'kemitraan:list',
      payload: {
        ...kemitraanFilters(values),
        page: intOption(values, 'page'),
        pageSize: intOption(values, 'page-size'),
      },
    }),
    text: kemitraanListText,
  },
  {
    name: 'kemitraan show',
    positionals: 1,
    usage: t.usage.kemitraanShow,
    request: async (rest) => ({ channel: 'kemitraan:get', payload: { id: idArg(rest, 0, ex.kemitraanShow) } }),
    text: kemitraanText,
  },
  {
    name: 'kemitraan status',
    positionals: 2,
    usage: t.usage.kemitraanStatus,
    request: async (rest, values) => {
      const id = idArg(rest, 0, ex.kemitraanStatus);
      const status = rest[1];
      if (!status) throw new UsageError(fill(t.statusNeeded, { example: ex.kemitraanStatus }));
      return { channel: 'kemitraan:setStatus', payload: { id, status, signedAt: text(values['signed-at']), finishedAt: text(values['finished-at']), reason: text(values.reason), outcome: text(values.outcome), outcomeNotes: text(values['outcome-notes']) } };
    },
    text: kemitraanText,
  },
  {
    name: 'kemitraan propose',
    usage: t.usage.kemitraanPropose,
    request: async (_rest, values) => ({
      channel: 'kemitraan:propose',
      payload: {
        mitraId: requiredInt(values, 'partner', ex.kemitraanPropose),
        umkmId: requiredInt(values, 'umkm', ex.kemitraanPropose),
        kegiatanId: intOption(values, 'event'),
        pattern: text(values.pattern),
        startDate: text(values.start),
      },
    }),
    text: kemitraanText,
  },
];
