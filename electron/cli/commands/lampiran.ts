import fs from 'node:fs';
import path from 'node:path';
import type { Lampiran, LampiranOpenResult, Result } from '../../../shared/contract';
import { LAMPIRAN_CATEGORIES, LAMPIRAN_OWNERS, type LampiranCategory, type LampiranOwner } from '../../../shared/domain/lampiran';
import { formatDateTime } from '../../../shared/format/date';
import { formatFileSize } from '../../../shared/format/fileSize';
import { fill, messages } from '../../../shared/i18n';
import type { CliApi, CommandSpec, Values } from '../commands';
import { UsageError } from '../io';

// `lampiran list|add|get`: attachments of any record from the command line. A file is attached by
// its path on this computer (registered like a chosen file, then checked by main as from the app);
// `get` copies the checked bytes to --out.

const t = messages.lampiranCli;
const OWNERS = LAMPIRAN_OWNERS.join(', ');
const CATEGORIES = LAMPIRAN_CATEGORIES.join(', ');

/** The record: its kind and id, the first two words after the command. */
function ownerArgs(rest: string[]): { owner: LampiranOwner; ownerId: number } {
  const [kind, id] = rest;
  if (!kind || !id) throw new UsageError(fill(t.ownerNeeded, { owners: OWNERS }));
  if (!(LAMPIRAN_OWNERS as readonly string[]).includes(kind)) throw new UsageError(fill(t.badOwner, { value: kind, owners: OWNERS }));
  if (!/^\d+$/.test(id)) throw new UsageError(fill(messages.cli.args.id, { example: t.examples.list }));
  return { owner: kind as LampiranOwner, ownerId: Number(id) };
}

function categoryOf(values: Values): LampiranCategory {
  const c = typeof values.category === 'string' ? values.category : 'lainnya';
  if (!(LAMPIRAN_CATEGORIES as readonly string[]).includes(c)) throw new UsageError(fill(t.badCategory, { value: c, categories: CATEGORIES }));
  return c as LampiranCategory;
}

const line = (l: Lampiran) =>
  [String(l.id).padStart(5), messages.lampiran.categories[l.category].padEnd(25), formatFileSize(l.size).padStart(9), ` ${formatDateTime(l.createdAt)}`, ` ${l.fileName}${l.caption ? ` — ${l.caption}` : ''}`].join('  ');

/** Registers the file on this computer as a chosen one, then attaches it through the channel. */
async function runAdd(request: { payload: unknown }, api: CliApi): Promise<Result<unknown>> {
  const { file, ...rest } = request.payload as { file: string; owner: LampiranOwner; ownerId: number; category: LampiranCategory; caption?: string };
  if (!fs.existsSync(file)) return { ok: false, error: { code: 'NOT_FOUND', message: fill(messages.errors.fileMissing, { file }) } };
  const ref = api.core.files.register(path.resolve(file));
  return api.call('lampiran:add', { ...rest, fileId: ref.fileId });
}

export const lampiranCommands: CommandSpec[] = [
  {
    name: 'lampiran list',
    usage: fill(t.usage.list, { owners: OWNERS }),
    positionals: 2,
    request: async (rest) => ({ channel: 'lampiran:list', payload: ownerArgs(rest) }),
    text: (items: Lampiran[]) => [t.listHeader, ...items.map(line), fill(t.listFooter, { n: items.length }), ''].join('\n'),
  },
  {
    name: 'lampiran add',
    usage: fill(t.usage.add, { categories: CATEGORIES }),
    positionals: 3,
    request: async (rest, values) => {
      const owner = ownerArgs(rest);
      if (!rest[2]) throw new UsageError(t.fileNeeded);
      const caption = typeof values.caption === 'string' ? values.caption : undefined;
      return { channel: 'lampiran:add', payload: { ...owner, file: rest[2], category: categoryOf(values), ...(caption !== undefined ? { caption } : {}) } };
    },
    run: runAdd,
    text: (l: Lampiran) => `${fill(t.added, { id: l.id, file: l.fileName, size: formatFileSize(l.size), category: messages.lampiran.categories[l.category] })}\n`,
  },
  {
    name: 'lampiran get',
    usage: t.usage.get,
    positionals: 1,
    writesOut: true,
    request: async (rest, values) => {
      if (!rest[0] || !/^\d+$/.test(rest[0])) throw new UsageError(fill(messages.cli.args.id, { example: t.examples.get }));
      if (typeof values.out !== 'string' || values.out.trim() === '') throw new UsageError(t.outNeeded);
      return { channel: 'lampiran:open', payload: { id: Number(rest[0]) } };
    },
    text: (r: LampiranOpenResult & { file: { path?: string } }) => `${fill(t.written, { file: r.file.path ?? r.file.name })}\n`,
  },
];
