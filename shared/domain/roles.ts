/** admin: accounts, settings, restore, recycle bin; operator: enters and imports data; pimpinan: reads and exports. */
export const ROLES = ['admin', 'operator', 'pimpinan'] as const;
export type Role = (typeof ROLES)[number];
