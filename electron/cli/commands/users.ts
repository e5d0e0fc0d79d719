import type { AuthStatus, Result, UserAccount } from '../../../shared/contract';
import { fill, messages } from '../../../shared/i18n';
import type { CliApi, CommandSpec } from '../commands';
import { UsageError, type CliIo } from '../io';
import { jsonObject } from './args';

const t = messages.auth.cli;

/** A new password: KEMITRAAN_NEW_PASSWORD, or typed twice at the terminal. */
async function newPassword(io: CliIo, username: string): Promise<string> {
  const fromEnv = io.env.KEMITRAAN_NEW_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!io.stdinIsTty || !io.promptSecret) throw new UsageError(t.needNewPassword);
  const first = await io.promptSecret(fill(t.newPasswordPrompt, { username }));
  const again = await io.promptSecret(t.repeatPrompt);
  if (first !== again) throw new UsageError(messages.auth.validation.passwordMismatch);
  return first;
}

/**
 * The acting admin's own password, which resetting an admin's password takes: the one --user
 * signed in with (KEMITRAAN_PASSWORD), or typed once more. The offline admin needs none.
 */
async function ownPassword(io: CliIo, user: unknown): Promise<string | undefined> {
  if (typeof user !== 'string') return undefined;
  if (io.env.KEMITRAAN_PASSWORD) return io.env.KEMITRAAN_PASSWORD;
  if (!io.stdinIsTty || !io.promptSecret) return undefined;
  return io.promptSecret(fill(t.adminPasswordPrompt, { username: user }));
}

async function findByName(api: CliApi, username: string): Promise<Result<UserAccount>> {
  const list = await api.call('users:list', {});
  if (!list.ok) return list;
  const found = (list.value as UserAccount[]).find((u) => u.username.toLowerCase() === username.toLowerCase());
  return found ? { ok: true, value: found } : { ok: false, error: { code: 'NOT_FOUND', message: fill(t.userUnknown, { username }) } };
}

const accountLine = (u: UserAccount) =>
  `${String(u.id).padStart(5)}  ${u.username.padEnd(20)}  ${u.fullName.slice(0, 30).padEnd(30)}  ${messages.auth.roles[u.role].padEnd(9)}  ${u.active ? messages.auth.ui.active : messages.auth.ui.inactive}`;

export const userCommands: CommandSpec[] = [
  {
    name: 'user add',
    usage: messages.cli.users.usage.add,
    firstSetup: true,
    request: async (_rest, values, io) => {
      if (typeof values.data !== 'string' && io.stdinIsTty) throw new UsageError(t.userData);
      const data = await jsonObject(values, io);
      const password = await newPassword(io, String(data.username ?? ''));
      return { channel: 'users:create', payload: { ...data, password } };
    },
    // The first account of a new database is the administrator, made without signing in.
    run: async (request, api) => {
      const status = await api.call('auth:status', {});
      if (status.ok && (status.value as AuthStatus).needsSetup) {
        const { role: _role, ...rest } = request.payload as Record<string, unknown>;
        const setup = await api.call('auth:setup', rest);
        if (!setup.ok) return setup;
        return findByName(api, String(rest.username));
      }
      return api.call('users:create', request.payload);
    },
    text: (u: UserAccount) => `${fill(t.created, { username: u.username, role: messages.auth.roles[u.role] })}\n`,
  },
  {
    name: 'user list',
    usage: messages.cli.users.usage.list,
    request: async () => ({ channel: 'users:list', payload: {} }),
    text: (list: UserAccount[]) => `${list.map(accountLine).join('\n')}${list.length ? '\n' : ''}`,
  },
  {
    name: 'user passwd',
    positionals: 1,
    usage: messages.cli.users.usage.passwd,
    request: async (rest, values, io) => {
      const username = rest[0];
      if (!username) throw new UsageError(t.userNeeded);
      const password = await newPassword(io, username);
      return { channel: 'users:update', payload: { username, password, adminPassword: await ownPassword(io, values.user) } };
    },
    run: async (request, api) => {
      const { username, password, adminPassword } = request.payload as { username: string; password: string; adminPassword?: string };
      const found = await findByName(api, username);
      if (!found.ok) return found;
      // Only an admin's reset takes it; another account's is reset without it.
      const own = found.value.role === 'admin' && adminPassword ? { adminPassword } : {};
      return api.call('users:update', { id: found.value.id, changes: { password }, ...own });
    },
    text: (u: UserAccount) => `${fill(t.passwordReset, { username: u.username })}\n`,
  },
  {
    // The offline admin's way back in when wrong passwords hold an account's name (the admin's too).
    name: 'user unlock',
    positionals: 1,
    usage: messages.cli.users.usage.unlock,
    request: async (rest) => {
      const username = rest[0];
      if (!username) throw new UsageError(t.userNeeded);
      return { channel: 'users:unlock', payload: { username } };
    },
    run: async (request, api) => {
      const found = await findByName(api, (request.payload as { username: string }).username);
      if (!found.ok) return found;
      return api.call('users:unlock', { id: found.value.id });
    },
    text: (u: UserAccount) => `${fill(t.unlocked, { username: u.username })}\n`,
  },
];
