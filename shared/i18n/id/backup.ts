// Backups, restore and the integrity check.
export const backup = {} as const;
