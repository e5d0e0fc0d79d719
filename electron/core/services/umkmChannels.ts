import type { ChannelBindings } from '../dispatch/binding';

// The contract has parsed every input: the services take it as it comes.
export const umkmChannels: ChannelBindings<'umkm:list' | 'umkm:get' | 'umkm:create' | 'umkm:update' | 'umkm:delete'> = {
  'umkm:list': (input, ctx) => ctx.umkm.list(input),
  'umkm:get': (input, ctx) => ctx.umkm.get(input.id),
  'umkm:create': (input, ctx) => ctx.umkm.create(input),
  'umkm:update': (input, ctx) => ctx.umkm.update(input.id, input.changes, input.version),
  'umkm:delete': (input, ctx) => ctx.umkm.remove(input.id, input.version),
};
