import type { ChannelBindings } from '../../dispatch/binding';

export const sertifikatChannels: ChannelBindings<
  | 'sertifikat:list'
  | 'sertifikat:get'
  | 'sertifikat:create'
  | 'sertifikat:update'
  | 'sertifikat:setStatus'
  | 'sertifikat:delete'
  | 'sertifikat:markSubmitted'
  | 'sertifikat:markIssued'
  | 'sertifikat:expiring'
  | 'sertifikat:ready'
  | 'sertifikat:options'
> = {
  'sertifikat:list': (input, ctx) => ctx.sertifikat.list(input),
  'sertifikat:get': (input, ctx) => ctx.sertifikat.get(input.id),
  'sertifikat:create': (input, ctx) => ctx.sertifikat.create(input),
  'sertifikat:update': (input, ctx) => ctx.sertifikat.update(input.id, input.changes, input.version),
  'sertifikat:setStatus': (input, ctx) => ctx.sertifikat.setStatus(input),
  'sertifikat:delete': (input, ctx) => ctx.sertifikat.remove(input.id, input.version),
  'sertifikat:markSubmitted': (input, ctx, caller) => ctx.sertifikat.markSubmitted(input, caller),
  'sertifikat:markIssued': (input, ctx, caller) => ctx.sertifikat.markIssued(input, caller),
  'sertifikat:expiring': (input, ctx) => ctx.sertifikat.expiring(input),
  'sertifikat:ready': (input, ctx) => ctx.sertifikat.ready(input),
  'sertifikat:options': (_input, ctx) => ctx.sertifikat.options(),
};
