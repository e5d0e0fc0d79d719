import type { AUTH_CHANNELS } from '../../../shared/contract/areaChannels';
import { auditHandlers } from './auditHandlers';
import type { HandlerMap } from './types';

// Sign-in and sessions work on the caller's session key; account management is the admin's
// (the permission table says who may call which).
export const accountHandlers: HandlerMap<
  'auth:status' | 'auth:setup' | 'auth:login' | 'auth:logout' | 'auth:lock' | 'auth:unlock' | 'auth:changePassword' | 'users:list' | 'users:create' | 'users:update'
> = {
  'auth:status': (_input, ctx, caller) => ctx.auth.status(caller.sessionKey),
  'auth:setup': (input, ctx, caller) => ctx.auth.setup(caller, input),
  'auth:login': (input, ctx, caller) => ctx.auth.login(caller, input),
  'auth:logout': (_input, ctx, caller) => ctx.auth.logout(caller),
  'auth:lock': (_input, ctx, caller) => ctx.auth.lock(caller),
  'auth:unlock': (input, ctx, caller) => ctx.auth.unlock(caller, input.password),
  'auth:changePassword': (input, ctx, caller) => ctx.auth.changePassword(caller, input.oldPassword, input.newPassword),
  'users:list': (_input, ctx) => ctx.auth.accounts.list(),
  'users:create': (input, ctx) => ctx.auth.accounts.create(input),
  'users:update': async (input, ctx) => {
    const account = await ctx.auth.accounts.update(input.id, input.changes);
    ctx.auth.sessions.updateUser(account.id, account.active ? { role: account.role, fullName: account.fullName } : null);
    return account;
  },
};

export const authHandlers: HandlerMap<(typeof AUTH_CHANNELS)[number]> = {
  ...accountHandlers,
  ...auditHandlers,
};
