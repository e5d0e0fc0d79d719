import type { AUTH_CHANNELS } from '../../../shared/contract/areaChannels';
import { auditChannels } from '../audit/auditChannels';
import type { ChannelBindings } from '../dispatch/binding';

// Sign-in and sessions work on the caller's session key; account management is the admin's
// (the permission table says who may call which). Each reaches the database through the call's
// unit of work: the sign-in channels' without a transaction, so a refusal stays recorded.
export const accountChannels: ChannelBindings<
  'auth:status' | 'auth:setup' | 'auth:login' | 'auth:logout' | 'auth:lock' | 'auth:unlock' | 'auth:changePassword' | 'users:list' | 'users:create' | 'users:update' | 'users:unlock'
> = {
  'auth:status': (_input, ctx, caller) => ctx.auth.status(ctx.tx.em, caller.sessionKey),
  'auth:setup': (input, ctx, caller) => ctx.auth.setup(ctx.tx.em, caller, input),
  'auth:login': (input, ctx, caller) => ctx.auth.login(ctx.tx.em, caller, input),
  'auth:logout': (_input, ctx, caller) => ctx.auth.logout(ctx.tx.em, caller),
  'auth:lock': (_input, ctx, caller) => ctx.auth.lock(ctx.tx.em, caller),
  'auth:unlock': (input, ctx, caller) => ctx.auth.unlock(ctx.tx.em, caller, input.password),
  'auth:changePassword': (input, ctx, caller) => ctx.auth.changePassword(ctx.tx.em, caller, input.oldPassword, input.newPassword),
  'users:list': (_input, ctx) => ctx.auth.accounts(ctx.tx.em).list(),
  'users:create': (input, ctx) => ctx.auth.accounts(ctx.tx.em).create(input),
  'users:update': (input, ctx, caller) => ctx.auth.updateAccount(ctx.tx.em, caller, input),
  'users:unlock': (input, ctx) => ctx.auth.accounts(ctx.tx.em).liftWaits(input.id),
};

export const authChannels: ChannelBindings<(typeof AUTH_CHANNELS)[number]> = {
  ...accountChannels,
  ...auditChannels,
};
