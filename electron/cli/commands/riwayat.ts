import path from 'node:path';
import type { ExportResult, UmkmRiwayat } from '../../../shared/contract';
import { RIWAYAT_KINDS, type RiwayatKind } from '../../../shared/domain/riwayat';
import { formatDate } from '../../../shared/format/date';
import { riwayatText } from '../../../shared/format/riwayatText';
import { formatRupiah } from '../../../shared/format/rupiah';
import { fill, messages } from '../../../shared/i18n';
import { copyAtomically } from '../../core/files/copyAtomically';
import { AppError, fsError } from '../../core/errors';
import type { CommandSpec, Values } from '../commands';
import { UsageError } from '../io';
import { requireId } from './args';

const t = messages.riwayatCli;

/** --kind sertifikat,bantuan: the kinds to show (all when absent). */
function kindsOf(values: Values): RiwayatKind[] | undefined {
  if (typeof values.kind !== 'string' || values.kind.trim() === '') return undefined;
  const kinds = values.kind.split(',').map((k) => k.trim().toLowerCase());
  for (const k of kinds) if (!(RIWAYAT_KINDS as readonly string[]).includes(k)) throw new UsageError(fill(t.badKind, { kind: k, kinds: RIWAYAT_KINDS.join(', ') }));
  return kinds as RiwayatKind[];
}

function historyText(h: UmkmRiwayat): string {
  const head = fill(t.header, { name: h.businessName, id: h.umkmId, n: h.items.length });
  if (h.items.length === 0) return `${head}\n${t.none}\n`;
  const lines = h.items.map((i) => {
    const x = riwayatText(i);
    const value = x.value !== null ? `  (${formatRupiah(x.value)})` : '';
    return `${formatDate(i.date)}  ${messages.riwayatText.kinds[i.kind].padEnd(10)}  ${x.title}${value}${x.detail ? `\n${' '.repeat(24)}${x.detail}` : ''}`;
  });
  return `${head}\n${lines.join('\n')}\n`;
}

/**
 * `umkm riwayat ID [--kind K,K] [--out FILE] [--json]`: one UMKM's history; with --out, written as
 * the workbook the page exports (copied through a sibling part file, so a failed copy leaves nothing).
 */
export const riwayatCommand: CommandSpec = {
  name: 'umkm riwayat',
  positionals: 1,
  usage: t.usage,
  request: async (rest, values) => ({ channel: typeof values.out === 'string' ? 'riwayat:export' : 'riwayat:list', payload: { umkmId: requireId(rest), kinds: kindsOf(values) } }),
  run: async (request, api, values) => {
    const result = await api.call(request.channel, request.payload);
    if (!result.ok || request.channel !== 'riwayat:export') return result;
    const file = (result.value as ExportResult).file;
    const target = path.resolve(String(values.out));
    try {
      copyAtomically(api.core.files.get(file.fileId).path, target);
    } catch (err) {
      return { ok: false, error: (err instanceof AppError ? err : fsError(err, target)).toData() };
    }
    return { ok: true, value: { ...(result.value as ExportResult), file: { ...file, path: target } } };
  },
  text: (v: UmkmRiwayat | (ExportResult & { file: { path?: string } })) =>
    'items' in v ? historyText(v) : `${fill(t.written, { file: v.file.path ?? v.file.name, rows: v.rows })}\n`,
};
