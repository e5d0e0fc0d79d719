import type { ChannelBindings } from '../dispatch/binding';

export const komunitasChannels: ChannelBindings<
  'komunitas:list' | 'komunitas:get' | 'komunitas:create' | 'komunitas:update' | 'komunitas:delete' | 'komunitas:addMembers' | 'komunitas:removeMembers'
> = {
  'komunitas:list': (input, ctx) => ctx.komunitas.list(input),
  'komunitas:get': (input, ctx) => ctx.komunitas.get(input.id),
  'komunitas:create': (input, ctx) => ctx.komunitas.create(input),
  'komunitas:update': (input, ctx) => ctx.komunitas.update(input.id, input.changes, input.version),
  'komunitas:delete': (input, ctx) => ctx.komunitas.remove(input.id, input.version),
  'komunitas:addMembers': (input, ctx) => ctx.komunitas.addMembers(input),
  'komunitas:removeMembers': (input, ctx) => ctx.komunitas.removeMembers(input),
};
