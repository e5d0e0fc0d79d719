import type { AppContext } from '../context';
import { RecycleBin } from '../services/recycleBin';
import type { HandlerMap } from './types';

const bins = new WeakMap<AppContext, RecycleBin>();
const binOf = (ctx: AppContext) => {
  let bin = bins.get(ctx);
  if (!bin) bins.set(ctx, (bin = new RecycleBin(ctx.db.raw, ctx.audit)));
  return bin;
};

// The audit trail is read only here; the recycle bin's restore and purge record themselves.
export const auditHandlers: HandlerMap<'audit:list' | 'audit:entity' | 'trash:list' | 'trash:restore' | 'trash:purge'> = {
  'audit:list': (input, ctx) => ctx.audit.list(input),
  'audit:entity': (input, ctx) => ctx.audit.forEntity(input.entity, input.id),
  'trash:list': (input, ctx) => binOf(ctx).list(input),
  'trash:restore': (input, ctx, caller) => binOf(ctx).restore(input, caller),
  'trash:purge': (input, ctx, caller) => binOf(ctx).purge(input, caller),
};
