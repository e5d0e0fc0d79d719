import { recordUnlinked } from '../audit/unlinkTrail';
import type { ChannelBindings } from '../dispatch/binding';

export const kegiatanChannels: ChannelBindings<
  'kegiatan:list' | 'kegiatan:get' | 'kegiatan:create' | 'kegiatan:update' | 'kegiatan:delete' | 'kegiatan:setAttendance'
> = {
  'kegiatan:list': (input, ctx) => ctx.kegiatan.list(input ?? {}),
  'kegiatan:get': (input, ctx) => ctx.kegiatan.get(input.id),
  'kegiatan:create': (input, ctx) => ctx.kegiatan.create(input),
  'kegiatan:update': (input, ctx) => ctx.kegiatan.update(input.id, input.changes, input.version),
  'kegiatan:delete': (input, ctx, caller) => ctx.kegiatan.remove(input.id, (meeting, agreements) => recordUnlinked(ctx.audit, caller, meeting, agreements), input.version),
  'kegiatan:setAttendance': (input, ctx) => ctx.kegiatan.setAttendance(input),
};
