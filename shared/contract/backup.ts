// Backups, restore and the integrity check (issue 6): schemas, result types, entries.
export const backupEntries = {};
