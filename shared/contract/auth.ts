// Accounts, sessions, audit trail and recycle bin (issue 6): schemas, result types, entries.
import { z } from 'zod';
import { passwordShapeError } from '../domain/passwordRules';
import { ROLES, type Role } from '../domain/roles';
import { messages } from '../i18n';
import { entry, read, roles, step, write, writeAs } from './entry';
import { auditEntries } from './audit';

export * from './audit';

// --- Accounts and sessions ---------------------------------------------------------------

const username = z
  .string()
  .trim()
  .min(3)
  .max(32)
  .regex(/^[A-Za-z0-9._-]+$/, messages.auth.validation.username);
const fullName = z.string().trim().min(1).max(120);
// The upper bound keeps a hostile payload from making the KDF chew megabytes. Main refuses common
// passwords and the account's own name besides (passwordPolicy.ts: the list is too large for here).
const newPassword = z
  .string()
  .max(200)
  .superRefine((value, ctx) => {
    const shape = passwordShapeError(value);
    if (shape) ctx.addIssue({ code: 'custom', message: shape === 'blank' ? messages.auth.validation.passwordBlank : messages.auth.validation.passwordShort });
  });
const anyPassword = z.string().min(1).max(200);

export const SetupInput = z.strictObject({ username, fullName, password: newPassword });
export type SetupInput = z.input<typeof SetupInput>;
export const LoginInput = z.strictObject({ username: z.string().trim().min(1).max(32), password: anyPassword });
export type LoginInput = z.input<typeof LoginInput>;
export const UnlockInput = z.strictObject({ password: anyPassword });
export const ChangePasswordInput = z.strictObject({ oldPassword: anyPassword, newPassword });
export const AuthEmptyInput = z.strictObject({}).optional();

export const UserCreateInput = z.strictObject({ username, fullName, role: z.enum(ROLES), password: newPassword });
export type UserCreateInput = z.input<typeof UserCreateInput>;
export const UserUpdateInput = z.strictObject({
  id: z.coerce.number().int().positive(),
  changes: z.strictObject({
    fullName: fullName.optional(),
    role: z.enum(ROLES).optional(),
    active: z.boolean().optional(),
    /** An admin's password reset. */
    password: newPassword.optional(),
  }),
  /** The acting admin's own password: needed to reset another admin's. */
  adminPassword: anyPassword.optional(),
});
export type UserUpdateInput = z.input<typeof UserUpdateInput>;
/** An admin lifts the waits wrong passwords put on an account's name. */
export const UserUnlockInput = z.strictObject({ id: z.coerce.number().int().positive() });

/** An account as the app shows it: never its hash. */
export interface UserAccount {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  active: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  /** Wrong passwords for this name since its last sign-in (or since an admin lifted the waits). */
  failedAttempts: number;
  /** Until when some source must wait before trying this name again; null when none waits. */
  waitUntil: string | null;
}

export interface SessionUser {
  id: number | null;
  username: string;
  fullName: string;
  role: Role;
}

export interface AuthStatus {
  /** No account yet: the first start asks for the administrator. */
  needsSetup: boolean;
  user: SessionUser | null;
  locked: boolean;
  lockMinutes: number;
}

export const accountEntries = {
  'auth:status': entry<AuthStatus>()(AuthEmptyInput, step('public')),
  'auth:setup': entry<AuthStatus>()(SetupInput, writeAs('self', 'public', 'exclusive')),
  'auth:login': entry<AuthStatus>()(LoginInput, writeAs('self', 'public', 'exclusive')),
  'auth:logout': entry<AuthStatus>()(AuthEmptyInput, writeAs('self', roles.all, 'exclusive')),
  'auth:lock': entry<AuthStatus>()(AuthEmptyInput, writeAs('self', roles.all, 'exclusive')),
  'auth:unlock': entry<AuthStatus>()(UnlockInput, writeAs('self', roles.all, 'exclusive')),
  'auth:changePassword': entry<{ changed: true }>()(ChangePasswordInput, writeAs('self', roles.all, 'exclusive')),
  'users:list': entry<UserAccount[]>()(AuthEmptyInput, read(roles.admin)),
  'users:create': entry<UserAccount>()(UserCreateInput, write('user', 'create', roles.admin)),
  'users:update': entry<UserAccount>()(UserUpdateInput, write('user', 'update', roles.admin)),
  'users:unlock': entry<UserAccount>()(UserUnlockInput, write('user', 'update', roles.admin)),
};

export const authEntries = {
  ...accountEntries,
  ...auditEntries,
};
