// Issue 13: a password reset made by another process (the command-line tool, on the same file while
// the app runs) must end the app's sessions of that account too, not only at the app's next start.
// Two Cores on one registry (the same SQLite file, or the same PostgreSQL database) stand for the
// app and the command-line tool; the app's lock check (every lockCheckMs) reads the accounts again.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Core } from '../../electron/core/core';
import { OFFLINE_ADMIN_CALLER } from '../../electron/core/auth/caller';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { signedIn } from '../support/auth';
import { openAgain } from '../support/sameDatabase';
import { tempContext } from '../support/tempDb';

let app: Awaited<ReturnType<typeof tempContext>>;
let cli: Core | undefined;
beforeEach(async () => {
  app = await tempContext({ lockCheckMs: 20 });
});
afterEach(async () => {
  await cli?.close();
  cli = undefined;
  await app.cleanup();
});

const until = async (check: () => Promise<boolean>, ms = 3000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return check();
};

it('ends the app\u2019s sessions of an account whose password the command-line tool reset, within one lock check', async () => {
  await signedIn(app.ctx, 'admin', 'admin1', 'kata-sandi-admin-uji');
  const operator = await signedIn(app.ctx, 'operator', 'operator1', 'kata-sandi-operator');
  expect((await dispatch('stats:summary', {}, app.core, operator)).ok).toBe(true);

  // The command-line tool, another process on the same registry, resets the operator's password offline.
  cli = new Core(await openAgain(app.core.db), { appVersion: 'test' });
  await cli.write(async (s) => {
    const accounts = s.core.auth.accounts(s.tx.em);
    const found = (await accounts.find('operator1'))!;
    const { userId, username, via } = OFFLINE_ADMIN_CALLER;
    await accounts.update(found.id, { password: 'sandi-baru-dari-cli-7' }, { userId, username, via, source: 'cli:uji' });
  });

  expect(await until(async () => !(await dispatch('stats:summary', {}, app.core, operator)).ok)).toBe(true);
  const refused = await dispatch('stats:summary', {}, app.core, operator);
  expect(refused.ok || refused.error.code).toBe('UNAUTHENTICATED');
});
