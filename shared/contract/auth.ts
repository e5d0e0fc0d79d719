// Accounts, sessions, audit trail and recycle bin (issue 6): schemas, result types, entries.
export const authEntries = {};
