import type { ChannelBindings } from '../../dispatch/binding';

export const monevChannels: ChannelBindings<'monev:due' | 'monev:list' | 'monev:get' | 'monev:create' | 'monev:update' | 'monev:delete'> = {
  'monev:due': (input, ctx) => ctx.monev.due(input),
  'monev:list': (input, ctx) => ctx.monev.list(input),
  'monev:get': (input, ctx) => ctx.monev.get(input.id),
  'monev:create': (input, ctx) => ctx.monev.create(input),
  'monev:update': (input, ctx) => ctx.monev.update(input.id, input.changes, input.version),
  'monev:delete': (input, ctx) => ctx.monev.remove(input.id, input.version),
};
