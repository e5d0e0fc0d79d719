import fs from 'node:fs';
import path from 'node:path';
import type { ExportResult, ImportParticipantsResult, Kegiatan, KegiatanListItem, KegiatanParticipants, Result } from '../../../shared/contract';
import { dayCount } from '../../../shared/domain/kegiatan';
import { formatDate } from '../../../shared/format/date';
import { formatRupiah } from '../../../shared/format/rupiah';
import { fill, messages } from '../../../shared/i18n';
import type { CliApi, CommandSpec, Values } from '../commands';
import { UsageError } from '../io';
import { intOption, jsonObject } from './args';
import { figuresText } from './partnerships';

// `kegiatan …`: activities of every kind, their participants, attendance per day, certificate
// numbers, import of participants and the exports (issue 15).

const t = messages.cli.partnerships;
const c = messages.kegiatanCli;
const f = { ...messages.kegiatanFields, ...messages.kegiatanMoreFields };

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function idArg(rest: string[], example: string): number {
  const raw = rest[0];
  if (!raw || !/^\d+$/.test(raw)) throw new UsageError(fill(messages.cli.args.id, { example }));
  return Number(raw);
}

/** Exactly one of --umkm ID and --peserta ID. */
function who(values: Values, example: string): { umkmId: number } | { pesertaId: number } {
  const umkmId = intOption(values, 'umkm');
  const pesertaId = intOption(values, 'peserta');
  if ((umkmId === undefined) === (pesertaId === undefined)) throw new UsageError(fill(c.whoNeeded, { example }));
  return umkmId !== undefined ? { umkmId } : { pesertaId: pesertaId! };
}

const period = (k: { date: string; endDate: string | null }) => (k.endDate && k.endDate !== k.date ? `${formatDate(k.date)}–${formatDate(k.endDate)}` : formatDate(k.date));

function listText(list: KegiatanListItem[]): string {
  const lines = list.map((k) => {
    const kind = messages.kegiatanKind[k.kind];
    const figures =
      k.kind === 'temu_kemitraan'
        ? figuresText(k.figures)
        : [fill(c.participantsCount, { n: k.participants, present: k.participantsPresent }), k.quota ? fill(c.quota, { quota: k.quota }) : null].filter(Boolean).join('; ');
    return `${String(k.id).padStart(5)}  ${period(k)}  ${k.name} – ${k.venue}\n       ${kind}: ${figures}`;
  });
  return `${lines.join('\n')}${lines.length ? '\n' : ''}${fill(t.kegiatanCount, { n: list.length })}\n`;
}

function showText(k: Kegiatan): string {
  const rows: Array<[string, string | null]> = [
    [messages.cli.text.idLabel, String(k.id)],
    [f.name, k.name],
    [f.kind, messages.kegiatanKind[k.kind]],
    [f.date, `${period(k)} (${fill(c.days, { n: dayCount(k.date, k.endDate) })})`],
    [f.venue, k.venue],
    [f.organizer, k.organizer],
    [f.speakers, k.speakers],
    [f.quota, k.quota === null ? null : String(k.quota)],
    [f.fundSource, k.fundSource ? messages.fundSource[k.fundSource] : null],
    [f.budget, k.budget === null ? null : formatRupiah(k.budget)],
  ];
  const body = rows.filter(([, v]) => v !== null).map(([label, v]) => `${label.padEnd(24)} ${v}`);
  if (k.kind === 'temu_kemitraan') body.push(`${''.padEnd(24)} ${figuresText(k.figures)}`);
  return `${body.join('\n')}\n`;
}

function participantsText(p: KegiatanParticipants): string {
  const short = messages.attendanceShort;
  const head = `${messages.cli.text.idLabel.padStart(7)}  ${f.name.padEnd(28)}  ${messages.pesertaFields.certificateNumber.padEnd(20)}  ${p.days.map((d) => formatDate(d).slice(0, 5)).join(' ')}`;
  const lines = p.participants.map((x) => {
    const id = x.kind === 'umkm' ? `U${x.umkmId}` : `P${x.pesertaId}`;
    const marks = p.days.map((d) => (x.attendance[d] ? short[x.attendance[d]] : '·').padEnd(5)).join(' ');
    return `${id.padStart(7)}  ${`${x.name}${x.businessName ? ` (${x.businessName})` : ''}`.slice(0, 28).padEnd(28)}  ${(x.certificateNumber ?? '–').slice(0, 20).padEnd(20)}  ${marks}`;
  });
  const quota = p.quota ? `; ${fill(c.quota, { quota: p.quota })}` : '';
  return `${[head, ...lines].join('\n')}\n${fill(c.participantsCount, { n: p.participants.length, present: p.present })}${quota}\n`;
}

function listQuery(values: Values) {
  return { kind: text(values.kind), from: text(values.from), to: text(values.to), search: text(values.search) };
}

/** Registers the workbook and imports its participants into the activity. */
async function runImport(request: { payload: unknown }, api: CliApi): Promise<Result<unknown>> {
  const { id, file } = request.payload as { id: number; file: string };
  if (!fs.existsSync(file)) return { ok: false, error: { code: 'NOT_FOUND', message: fill(messages.errors.fileMissing, { file }) } };
  const ref = api.core.files.register(path.resolve(file));
  return api.call('kegiatan:importParticipants', { id, fileId: ref.fileId });
}

/** --umkm adds a UMKM, --data a walk-in; then the participants are listed. */
async function runParticipants(request: { payload: unknown }, api: CliApi): Promise<Result<unknown>> {
  const { id, umkmId, walkIn } = request.payload as { id: number; umkmId?: number; walkIn?: Record<string, unknown> };
  if (umkmId !== undefined || walkIn) {
    return api.call('kegiatan:addParticipants', { id, umkmIds: umkmId !== undefined ? [umkmId] : [], walkIns: walkIn ? [walkIn] : [] });
  }
  return api.call('kegiatan:participants', { id });
}

const written = (r: ExportResult & { file: { path?: string } }) => `${fill(messages.cli.export.written, { file: r.file.path ?? r.file.name, rows: r.rows })}\n`;

export const kegiatanCommands: CommandSpec[] = [
  {
    name: 'kegiatan list',
    usage: c.usage.list,
    request: async (_rest, values) => ({ channel: 'kegiatan:list', payload: listQuery(values) }),
    text: listText,
  },
  {
    name: 'kegiatan show',
    positionals: 1,
    usage: c.usage.show,
    request: async (rest) => ({ channel: 'kegiatan:get', payload: { id: idArg(rest, c.examples.show) } }),
    text: showText,
  },
  {
    name: 'kegiatan add',
    usage: c.usage.add,
    request: async (_rest, values, io) => ({ channel: 'kegiatan:create', payload: await jsonObject(values, io) }),
    text: showText,
  },
  {
    name: 'kegiatan update',
    positionals: 1,
    usage: c.usage.update,
    request: async (rest, values, io) => ({ channel: 'kegiatan:update', payload: { id: idArg(rest, c.examples.show), changes: await jsonObject(values, io) } }),
    text: showText,
  },
  {
    name: 'kegiatan participants',
    positionals: 1,
    usage: c.usage.participants,
    request: async (rest, values, io) => ({
      channel: 'kegiatan:participants',
      payload: { id: idArg(rest, c.examples.show), umkmId: intOption(values, 'umkm'), walkIn: typeof values.data === 'string' ? await jsonObject(values, io) : undefined },
    }),
    run: runParticipants,
    text: participantsText,
  },
  {
    name: 'kegiatan attend',
    positionals: 1,
    usage: c.usage.attend,
    request: async (rest, values) => {
      const id = idArg(rest, c.examples.attend);
      const day = text(values.day);
      const status = text(values.status);
      if (!day || !status) throw new UsageError(fill(c.dayNeeded, { example: c.examples.attend }));
      return { channel: 'kegiatan:attend', payload: { id, day, marks: [{ ...who(values, c.examples.attend), status: status === c.clear ? null : status }] } };
    },
    text: participantsText,
  },
  {
    name: 'kegiatan certificate',
    positionals: 1,
    usage: c.usage.certificate,
    request: async (rest, values) => ({
      channel: 'kegiatan:updateParticipant',
      payload: { id: idArg(rest, c.examples.show), ...who(values, c.examples.show), changes: { certificateNumber: text(values.cert) ?? '' } },
    }),
    text: participantsText,
  },
  {
    name: 'kegiatan import',
    positionals: 2,
    usage: c.usage.import,
    request: async (rest) => {
      const id = idArg(rest, c.examples.import);
      if (!rest[1]) throw new UsageError(fill(c.fileNeeded, { example: c.examples.import }));
      return { channel: 'kegiatan:importParticipants', payload: { id, file: rest[1] } };
    },
    run: runImport,
    text: (r) => `${fill(c.imported, { ...(r as ImportParticipantsResult) })}\n`,
  },
  {
    name: 'kegiatan export',
    positionals: 1,
    usage: c.usage.export,
    writesOut: true,
    request: async (rest, values) => {
      if (typeof values.out !== 'string' || values.out.trim() === '') throw new UsageError(fill(messages.cli.export.outNeeded, { example: c.usage.export }));
      if (rest[0]) return { channel: 'kegiatan:exportParticipants', payload: { id: idArg(rest, c.examples.show) } };
      return { channel: 'kegiatan:export', payload: { query: listQuery(values) } };
    },
    text: written,
  },
];
