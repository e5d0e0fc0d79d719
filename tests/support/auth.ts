import type { Role } from '../../shared/domain/roles';
import type { SessionRef } from '../../electron/core/auth/sessions';
import type { Scope } from '../../electron/core/scope';

/**
 * A signed-in session for tests that are about something else than accounts: bound in the
 * context's session store like a sign-in would, without spending a KDF run per test.
 */
export function sessionAs(ctx: Scope, role: Role, key = `test-${role}`): SessionRef {
  if (!ctx.auth.sessions.get(key)) {
    ctx.auth.sessions.bind(key, { userId: null, username: `uji-${role}`, role, via: 'app' }, { fullName: `Penguji ${role}`, lockable: false });
  }
  return { key, via: 'app' };
}

/** An admin session on this context (may call every channel). */
export const adminSession = (ctx: Scope): SessionRef => sessionAs(ctx, 'admin');

/** A real account made and signed in through the handler table's own services. */
export async function signedIn(ctx: Scope, role: Role, username = `${role}1`, password = 'kata-sandi-uji'): Promise<SessionRef> {
  const accounts = ctx.auth.accounts(ctx.tx.em);
  if ((await accounts.needsSetup()) && role === 'admin') await accounts.setupFirstAdmin({ username, fullName: `Admin ${username}`, password });
  else if (!(await accounts.find(username))) await accounts.create({ username, fullName: `Pengguna ${username}`, role, password });
  const key = `login-${username}`;
  await ctx.auth.login(ctx.tx.em, { userId: null, username: 'anonim', role: 'pimpinan', via: 'app', sessionKey: key }, { username, password });
  return { key, via: 'app' };
}
