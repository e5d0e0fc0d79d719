import type { Role } from '../../../../shared/domain/roles';
import { col, defineEntity, type Row } from './define';

/**
 * A local account (`pengguna`). A username is one account whatever its case: SQLite's column
 * collates NOCASE, PostgreSQL's unique index is on lower(username), and the lookups compare lower()
 * on both sides (accountStore.ts). The hash carries
 * its KDF parameters; the failed-attempt count and wait live here so a restart does not reset them.
 */
export const AccountEntity = defineEntity(
  'Pengguna',
  'pengguna',
  {
    id: col.id(),
    username: col.text({ length: 32 }),
    fullName: col.text({ name: 'full_name', length: 120 }),
    role: col.text<Role>(),
    passwordHash: col.text({ name: 'password_hash' }),
    active: col.flag({ default: 1 }),
    failedCount: col.int({ name: 'failed_count', default: 0 }),
    lockedUntil: col.nullable(col.instant({ name: 'locked_until' })),
    createdAt: col.instant({ name: 'created_at' }),
    updatedAt: col.instant({ name: 'updated_at' }),
    lastLoginAt: col.nullable(col.instant({ name: 'last_login_at' })),
  },
  [{ name: 'ux_pengguna_username', columns: ['username'], unique: true }],
);
export type AccountRow = Row<typeof AccountEntity>;
