import fs from 'node:fs';
import path from 'node:path';
import { EMBLEM_MAX_BYTES, type OfficeSettings, type Result } from '../../../shared/contract';
import { formatNip } from '../../../shared/format/nip';
import { fill, messages } from '../../../shared/i18n';
import type { CommandSpec, Values } from '../commands';
import { UsageError } from '../io';

const t = messages.office.cli;
const f = messages.office.fields;

/** Each option of `office set` and the setting it changes. */
const OPTIONS = {
  'office-name': 'officeName',
  government: 'government',
  phone: 'phone',
  email: 'email',
  website: 'website',
  city: 'city',
  position: 'signatoryPosition',
  name: 'signatoryName',
  rank: 'signatoryRank',
  nip: 'signatoryNip',
} as const satisfies Record<string, keyof OfficeSettings>;

const OPTION_OF: Record<string, string> = {
  ...Object.fromEntries(Object.entries(OPTIONS).map(([opt, field]) => [field, `--${opt}`])),
  addressLines: '--address',
  emblem: '--emblem',
};

const MIME: Record<string, 'image/png' | 'image/jpeg'> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' };

/** The emblem file named by --emblem, read whole: its type is checked again from its bytes by main. */
function readEmblem(file: string): OfficeSettings['emblem'] {
  const mime = MIME[path.extname(file).toLowerCase()];
  if (!mime) throw new UsageError(fill(t.emblemExtension, { file }));
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new UsageError(fill(t.emblemMissing, { file }));
  }
  if (!stat.isFile()) throw new UsageError(fill(t.emblemMissing, { file }));
  if (stat.size > EMBLEM_MAX_BYTES) throw new UsageError(fill(t.emblemTooLarge, { file }));
  return { mime, base64: fs.readFileSync(file).toString('base64') };
}

/** Only what the options name; the rest stays as stored. */
function changesOf(values: Values): Partial<OfficeSettings> {
  const changes: Record<string, unknown> = {};
  for (const [opt, field] of Object.entries(OPTIONS)) {
    if (typeof values[opt] === 'string') changes[field] = values[opt];
  }
  const address = values.address;
  if (Array.isArray(address)) {
    if (address.length > 3) throw new UsageError(t.tooManyAddress);
    changes.addressLines = address;
  }
  const emblem = typeof values.emblem === 'string' ? values.emblem : undefined;
  if (emblem !== undefined && values['no-emblem'] === true) throw new UsageError(t.emblemBoth);
  if (emblem !== undefined) changes.emblem = readEmblem(emblem);
  if (values['no-emblem'] === true) changes.emblem = null;
  if (Object.keys(changes).length === 0) throw new UsageError(t.nothingToSet);
  return changes as Partial<OfficeSettings>;
}

/** A refusal names the option to correct, not the stored field. */
function withOptionNames<T>(r: Result<T>): Result<T> {
  if (r.ok || !r.error.fields) return r;
  const fields = Object.fromEntries(Object.entries(r.error.fields).map(([k, msg]) => [OPTION_OF[k.split('.')[0]!] ?? k, msg]));
  return { ok: false, error: { ...r.error, fields } };
}

const line = (label: string, value: string | undefined) => `${label.padEnd(36)} ${value || t.none}\n`;

function emblemText(e: OfficeSettings['emblem']): string {
  if (!e) return t.emblemNone;
  const kb = (Buffer.byteLength(e.base64, 'base64') / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 });
  return fill(messages.office.emblemAudit, { type: e.mime === 'image/png' ? 'PNG' : 'JPEG', kb });
}

function settingsText(s: OfficeSettings): string {
  return [
    line(f.government, s.government),
    line(f.officeName, s.officeName),
    ...(s.addressLines.length ? s.addressLines.map((a) => line(f.addressLines, a)) : [line(f.addressLines, undefined)]),
    line(f.phone, s.phone),
    line(f.email, s.email),
    line(f.website, s.website),
    line(f.emblem, emblemText(s.emblem)),
    line(f.city, s.city),
    line(f.signatoryPosition, s.signatoryPosition),
    line(f.signatoryName, s.signatoryName),
    line(f.signatoryRank, s.signatoryRank),
    line(f.signatoryNip, formatNip(s.signatoryNip)),
  ].join('');
}

export const officeCommands: CommandSpec[] = [
  {
    name: 'office show',
    usage: t.usage.show,
    request: async () => ({ channel: 'office:get', payload: {} }),
    text: (s: OfficeSettings) => settingsText(s),
  },
  {
    name: 'office set',
    usage: t.usage.set,
    request: async (_rest, values) => ({ channel: 'office:set', payload: changesOf(values) }),
    // The stored settings with the named fields changed: office:set replaces the whole setting.
    run: async (request, api) => {
      const current = await api.call('office:get', {});
      if (!current.ok) return current;
      return withOptionNames(await api.call('office:set', { ...(current.value as OfficeSettings), ...(request.payload as Partial<OfficeSettings>) }));
    },
    text: (s: OfficeSettings) => `${t.saved}\n${settingsText(s)}`,
  },
];
