import type { ChannelBindings } from '../dispatch/binding';

export const officeChannels: ChannelBindings<'office:get' | 'office:set'> = {
  'office:get': (_input, ctx) => ctx.office.get(),
  'office:set': (input, ctx, caller) => ctx.office.set(input, caller),
};
