import type { ChannelBindings } from '../dispatch/binding';
import { writeOutgoing } from '../files/writeOutgoing';
import { exportKegiatanList, exportParticipants } from '../excel/kegiatan/kegiatanExport';
import { importParticipants } from '../excel/kegiatan/kegiatanImport';
import { readWorkbook } from '../excel/read/readWorkbook';
import { fill, messages } from '../../../shared/i18n';
import { todayIso } from '../../../shared/format/date';

type Channel =
  | 'kegiatan:participants'
  | 'kegiatan:addParticipants'
  | 'kegiatan:updateParticipant'
  | 'kegiatan:removeParticipant'
  | 'kegiatan:attend'
  | 'kegiatan:forUmkm'
  | 'kegiatan:importParticipants'
  | 'kegiatan:exportParticipants'
  | 'kegiatan:export';

/** A file name's part from an activity's name: letters, digits and dashes. */
const slug = (s: string) => s.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'kegiatan';

export const kegiatanPesertaChannels: ChannelBindings<Channel> = {
  'kegiatan:participants': (input, ctx) => ctx.kegiatanPeserta.participants(input.id),
  'kegiatan:addParticipants': (input, ctx) => ctx.kegiatanPeserta.add(input),
  'kegiatan:updateParticipant': (input, ctx) => ctx.kegiatanPeserta.update(input),
  'kegiatan:removeParticipant': (input, ctx) => ctx.kegiatanPeserta.remove(input),
  'kegiatan:attend': (input, ctx) => ctx.kegiatanPeserta.attend(input),
  'kegiatan:forUmkm': (input, ctx) => ctx.kegiatanPeserta.forUmkm(input.umkmId),
  'kegiatan:importParticipants': async (input, ctx) => {
    await ctx.kegiatanPeserta.activity(input.id, true);
    const workbook = await readWorkbook(ctx.files.get(input.fileId).path);
    return importParticipants(ctx.tx.em, ctx.kegiatanPeserta, input.id, workbook);
  },
  'kegiatan:exportParticipants': async (input, ctx) => {
    const k = await ctx.kegiatan.get(input.id);
    const p = await ctx.kegiatanPeserta.participants(input.id);
    return writeOutgoing(ctx, fill(messages.kegiatanExport.participantsFile, { name: slug(k.name), date: k.date }), (path) => exportParticipants(path, k.name, p));
  },
  'kegiatan:export': async (input, ctx) => {
    const query = input.query ?? {};
    const items = await ctx.kegiatan.list(query);
    return writeOutgoing(ctx, fill(messages.kegiatanExport.listFile, { date: todayIso() }), (path) => exportKegiatanList(path, items, query));
  },
};
