import { Registry1764547200000 } from './1764547200000-registry';
import { Partnerships1764633600000 } from './1764633600000-partnerships';

// In order. A database that records a migration not in this list comes from a newer app.
export const MIGRATIONS = [Registry1764547200000, Partnerships1764633600000];
