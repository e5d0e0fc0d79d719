import type { ChannelBindings } from '../dispatch/binding';

// The audit trail is read only here; the recycle bin's restore and purge record themselves, in the
// call's transaction.
export const auditChannels: ChannelBindings<'audit:list' | 'audit:entity' | 'trash:list' | 'trash:restore' | 'trash:purge'> = {
  'audit:list': (input, ctx) => ctx.audit.list(input),
  'audit:entity': (input, ctx) => ctx.audit.forEntity(input.entity, input.id),
  'trash:list': (input, ctx) => ctx.recycleBin.list(input),
  'trash:restore': (input, ctx, caller) => ctx.recycleBin.restore(input, caller),
  'trash:purge': (input, ctx, caller) => ctx.recycleBin.purge(input, caller),
};
