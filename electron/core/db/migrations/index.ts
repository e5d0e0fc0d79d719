import { Registry1764547200000 } from './1764547200000-registry';

// In order. A database that records a migration not in this list comes from a newer app.
export const MIGRATIONS = [Registry1764547200000];
