// Accounts, sessions, audit trail and recycle bin.
export const auth = {} as const;
