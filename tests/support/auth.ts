import type { Role } from '../../shared/domain/roles';
import type { SessionRef } from '../../electron/core/auth/sessions';
import type { AppContext } from '../../electron/core/context';

/**
 * A signed-in session for tests that are about something else than accounts: bound in the
 * context's session store like a sign-in would, without spending a KDF run per test.
 */
export function sessionAs(ctx: AppContext, role: Role, key = `test-${role}`): SessionRef {
  if (!ctx.auth.sessions.get(key)) {
    ctx.auth.sessions.bind(key, { userId: null, username: `uji-${role}`, role, via: 'app' }, { fullName: `Penguji ${role}`, lockable: false });
  }
  return { key, via: 'app' };
}

/** An admin session on this context (may call every channel). */
export const adminSession = (ctx: AppContext): SessionRef => sessionAs(ctx, 'admin');

/** A real account made and signed in through the handler table's own services. */
export async function signedIn(ctx: AppContext, role: Role, username = `${role}1`, password = 'kata-sandi-uji'): Promise<SessionRef> {
  if (ctx.auth.accounts.needsSetup() && role === 'admin') await ctx.auth.accounts.setupFirstAdmin({ username, fullName: `Admin ${username}`, password });
  else if (!ctx.auth.accounts.store.byUsername(username)) await ctx.auth.accounts.create({ username, fullName: `Pengguna ${username}`, role, password });
  const key = `login-${username}`;
  await ctx.auth.login({ userId: null, username: 'anonim', role: 'pimpinan', via: 'app', sessionKey: key }, { username, password });
  return { key, via: 'app' };
}
