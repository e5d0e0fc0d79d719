import { Registry1764547200000 } from './1764547200000-registry';
import { Partnerships1764633600000 } from './1764633600000-partnerships';
import { Progress1764720000000 } from './1764720000000-progress';
import { ProgressIndexes1764806400000 } from './1764806400000-progress-indexes';

// In order. A database that records a migration not in this list comes from a newer app.
export const MIGRATIONS = [Registry1764547200000, Partnerships1764633600000, Progress1764720000000, ProgressIndexes1764806400000];
