import type { HandlerMap } from './types';

export const umkmHandlers: HandlerMap<'umkm:list' | 'umkm:get' | 'umkm:create' | 'umkm:update' | 'umkm:delete'> = {
  'umkm:list': (input, ctx) => ctx.umkm.list(input),
  'umkm:get': (input, ctx) => ctx.umkm.get(input.id),
  // The contract already parsed the input; the service parses again because it is also called
  // directly (import, tests) and must never trust its caller.
  'umkm:create': (input, ctx) => ctx.umkm.create(input),
  'umkm:update': (input, ctx) => ctx.umkm.update(input.id, input.changes),
  'umkm:delete': (input, ctx) => ctx.umkm.remove(input.id),
};
