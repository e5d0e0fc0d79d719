import type { ChannelBindings } from '../dispatch/binding';

export const mitraChannels: ChannelBindings<'mitra:list' | 'mitra:get' | 'mitra:create' | 'mitra:update' | 'mitra:delete' | 'mitra:suggest'> = {
  'mitra:list': (input, ctx) => ctx.mitra.list(input),
  'mitra:get': (input, ctx) => ctx.mitra.get(input.id),
  'mitra:create': (input, ctx) => ctx.mitra.create(input),
  'mitra:update': (input, ctx) => ctx.mitra.update(input.id, input.changes, input.version),
  'mitra:delete': (input, ctx) => ctx.mitra.remove(input.id, input.version),
  'mitra:suggest': (input, ctx) => ctx.matchmaking.suggest(input),
};
