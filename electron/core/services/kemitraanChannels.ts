import type { ChannelBindings } from '../dispatch/binding';

export const kemitraanChannels: ChannelBindings<
  'kemitraan:list' | 'kemitraan:get' | 'kemitraan:create' | 'kemitraan:update' | 'kemitraan:setStatus' | 'kemitraan:propose' | 'kemitraan:delete'
> = {
  'kemitraan:list': (input, ctx) => ctx.kemitraan.list(input),
  'kemitraan:get': (input, ctx) => ctx.kemitraan.get(input.id),
  'kemitraan:create': (input, ctx) => ctx.kemitraan.create(input),
  'kemitraan:update': (input, ctx) => ctx.kemitraan.update(input.id, input.changes, input.version),
  'kemitraan:setStatus': (input, ctx) => ctx.kemitraan.setStatus(input),
  'kemitraan:propose': (input, ctx) => ctx.kemitraan.propose(input),
  'kemitraan:delete': (input, ctx) => ctx.kemitraan.remove(input.id, input.version),
};
