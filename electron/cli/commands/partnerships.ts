import type { Kegiatan, KegiatanListItem, Kemitraan, KomunitasListItem, MitraListItem, Page, Suggestion } from '../../../shared/contract';
import { formatDate } from '../../../shared/format/date';
import { messages } from '../../../shared/i18n';
import type { CommandSpec, Values } from '../commands';
import { UsageError } from '../io';
import { intOption } from './args';
import { kemitraanText, pageSummary, reasonText } from './partnershipText';

const e = messages.kemitraanEnums;

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** An ID as the word at `index` after the command. */
function idArg(rest: string[], index: number, example: string): number {
  const raw = rest[index];
  if (!raw || !/^\d+$/.test(raw)) throw new UsageError(`ID harus berupa angka, misalnya: ${example}`);
  return Number(raw);
}

function requiredInt(values: Values, name: string, example: string): number {
  const v = intOption(values, name);
  if (v === undefined) throw new UsageError(`--${name} wajib diisi, misalnya: ${example}`);
  return v;
}

function mitraListText(p: Page<MitraListItem>): string {
  const lines = p.items.map(
    (m) =>
      `${String(m.id).padStart(5)}  ${m.name.slice(0, 40).padEnd(40)}  ${e.mitraKind[m.kind].padEnd(24)}  ${e.mitraStatus[m.status].padEnd(11)}  ${m.activeAgreements} aktif, ${m.fosteredUmkm} UMKM binaan`,
  );
  return `${lines.join('\n')}${lines.length ? '\n' : ''}${pageSummary(p, 'mitra')}`;
}

function komunitasListText(list: KomunitasListItem[]): string {
  const lines = list.map(
    (c) => `${String(c.id).padStart(5)}  ${c.name.slice(0, 42).padEnd(42)}  ${(c.kecamatanName ?? '–').padEnd(18)}  ${(c.leaderName ?? '–').slice(0, 24).padEnd(24)}  ${c.memberCount} anggota`,
  );
  return `${lines.join('\n')}${lines.length ? '\n' : ''}${list.length} komunitas\n`;
}

function kemitraanListText(p: Page<Kemitraan>): string {
  const lines = p.items.map((k) => {
    const party = k.umkmName ?? k.komunitasName ?? '–';
    const period = `${formatDate(k.startDate)}–${k.endDate ? formatDate(k.endDate) : ''}`;
    return `${String(k.id).padStart(5)}  ${k.number.padEnd(14)}  ${e.status[k.status].padEnd(10)}  ${k.partnerName.slice(0, 30).padEnd(30)}  ${party.slice(0, 32).padEnd(32)}  ${period}${k.dueForReview ? '  perlu ditinjau' : ''}`;
  });
  return `${lines.join('\n')}${lines.length ? '\n' : ''}${pageSummary(p, 'kemitraan')}`;
}

function figuresText(f: KegiatanListItem['figures']): string {
  return [
    `komunitas hadir ${f.komunitasPresent}/${f.komunitasInvited}`,
    `UMKM hadir ${f.umkmPresent}/${f.umkmExpected}`,
    `mitra hadir ${f.partnersPresent}/${f.partnersInvited}`,
    `kemitraan diusulkan ${f.agreementsProposed}, ditandatangani ${f.agreementsSigned}`,
  ].join('; ');
}

function kegiatanListText(list: KegiatanListItem[]): string {
  const lines = list.map((k) => `${String(k.id).padStart(5)}  ${formatDate(k.date)}  ${k.name} – ${k.venue}\n       ${figuresText(k.figures)}`);
  return `${lines.join('\n')}${lines.length ? '\n' : ''}${list.length} kegiatan\n`;
}

function kegiatanText(k: Kegiatan): string {
  return `${String(k.id).padStart(5)}  ${formatDate(k.date)}  ${k.name} – ${k.venue}\n       ${figuresText(k.figures)}\n`;
}

function suggestText(list: Suggestion[]): string {
  const lines = list.map(
    (s) => `${String(s.umkm.id).padStart(7)}  ${String(s.score).padStart(2)}  ${s.umkm.businessName.slice(0, 36).padEnd(36)}  ${s.reasons.map((r) => reasonText(r, s)).join('; ')}`,
  );
  return `${lines.join('\n')}${lines.length ? '\n' : ''}${list.length} saran UMKM\n`;
}

/** The agreement list's filters as `kemitraan list` and `export kemitraan` take them. */
export function kemitraanFilters(values: Values) {
  return {
    status: text(values.status),
    partnerId: intOption(values, 'partner'),
    umkmId: intOption(values, 'umkm'),
    komunitasId: intOption(values, 'komunitas'),
    eventId: intOption(values, 'event'),
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
    usage: 'mitra list [--kind K] [--status S] [--search T] [--page N] [--page-size N]',
    request: async (_rest, values) => ({
      channel: 'mitra:list',
      payload: { kind: text(values.kind), status: text(values.status), search: text(values.search), page: intOption(values, 'page'), pageSize: intOption(values, 'page-size') },
    }),
    text: mitraListText,
  },
  {
    name: 'mitra suggest',
    positionals: 1,
    usage: 'mitra suggest ID [--event ID] [--limit N]   saran UMKM untuk mitra ini',
    request: async (rest, values) => ({
      channel: 'mitra:suggest',
      payload: { partnerId: idArg(rest, 0, 'mitra suggest 3'), eventId: intOption(values, 'event'), limit: intOption(values, 'limit') },
    }),
    text: suggestText,
  },
  {
    name: 'komunitas list',
    usage: 'komunitas list [--kecamatan K] [--search T]',
    request: async (_rest, values) => ({ channel: 'komunitas:list', payload: { kecamatan: text(values.kecamatan), search: text(values.search) } }),
    text: komunitasListText,
  },
  {
    name: 'kemitraan list',
    usage:
      'kemitraan list [--status S] [--partner ID] [--umkm ID] [--komunitas ID] [--event ID] [--pattern P] [--support K] [--kecamatan K] [--from D] [--to D] [--due] [--page N] [--page-size N]',
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
    usage: 'kemitraan show ID                tampilkan satu perjanjian kemitraan',
    request: async (rest) => ({ channel: 'kemitraan:get', payload: { id: idArg(rest, 0, 'kemitraan show 12') } }),
    text: kemitraanText,
  },
  {
    name: 'kemitraan status',
    positionals: 2,
    usage: 'kemitraan status ID STATUS [--signed-at D] [--reason T]   ubah status (diusulkan, aktif, selesai, dibatalkan)',
    request: async (rest, values) => {
      const id = idArg(rest, 0, 'kemitraan status 12 aktif --signed-at 2023-06-12');
      const status = rest[1];
      if (!status) throw new UsageError('Sebutkan status baru, misalnya: kemitraan status 12 aktif --signed-at 2023-06-12');
      return { channel: 'kemitraan:setStatus', payload: { id, status, signedAt: text(values['signed-at']), reason: text(values.reason) } };
    },
    text: kemitraanText,
  },
  {
    name: 'kemitraan propose',
    usage: 'kemitraan propose --partner ID --umkm ID [--event ID] [--pattern P] [--start D]   usulkan kemitraan dari saran',
    request: async (_rest, values) => ({
      channel: 'kemitraan:propose',
      payload: {
        partnerId: requiredInt(values, 'partner', 'kemitraan propose --partner 3 --umkm 12'),
        umkmId: requiredInt(values, 'umkm', 'kemitraan propose --partner 3 --umkm 12'),
        eventId: intOption(values, 'event'),
        pattern: text(values.pattern),
        startDate: text(values.start),
      },
    }),
    text: kemitraanText,
  },
  {
    name: 'kegiatan list',
    usage: 'kegiatan list                    temu kemitraan dengan angka kehadiran dan kemitraannya',
    request: async () => ({ channel: 'kegiatan:list', payload: {} }),
    text: kegiatanListText,
  },
  {
    name: 'kegiatan show',
    positionals: 1,
    usage: 'kegiatan show ID                 satu temu kemitraan',
    request: async (rest) => ({ channel: 'kegiatan:get', payload: { id: idArg(rest, 0, 'kegiatan show 1') } }),
    text: kegiatanText,
  },
];
