import type { BANTUAN_CHANNELS } from '../../../../shared/contract/areaChannels';
import type { ChannelBindings } from '../../dispatch/binding';

export const bantuanChannels: ChannelBindings<(typeof BANTUAN_CHANNELS)[number]> = {
  'bantuan:list': (input, ctx) => ctx.bantuan.list(input),
  'bantuan:get': (input, ctx) => ctx.bantuan.get(input.id),
  'bantuan:check': (input, ctx) => ctx.bantuan.check(input),
  'bantuan:create': ({ confirm, ...data }, ctx) => ctx.bantuan.create(data, confirm),
  'bantuan:update': (input, ctx) => ctx.bantuan.update(input.id, input.changes, input.version, input.confirm),
  'bantuan:delete': (input, ctx) => ctx.bantuan.remove(input.id, input.version),
  'bantuan:settings': (_input, ctx) => ctx.bantuanSettings.get(),
  'bantuan:setSettings': (input, ctx, caller) => ctx.bantuanSettings.set(input, caller),
};
