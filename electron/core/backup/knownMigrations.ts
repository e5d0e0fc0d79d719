import { MIGRATIONS } from '../db/migrations';

/** The migrations this app knows, in order: a database's history must be a prefix of these. */
export const knownMigrations = (): string[] => MIGRATIONS.map((M) => new M().name);

export type SchemaStanding = 'current' | 'older' | 'newer' | 'foreign';

/**
 * Where a database's recorded migrations stand against this app: the same list, a prefix of it
 * (an older backup, migrated forward on open), one the app does not know (a newer app), or a
 * history that is not ours at all (empty or out of order).
 */
export function schemaStanding(applied: string[], known = knownMigrations()): { standing: SchemaStanding; unknown: string[]; pending: string[] } {
  const unknown = applied.filter((n) => !known.includes(n));
  if (unknown.length > 0) return { standing: 'newer', unknown, pending: [] };
  if (applied.length === 0 || applied.some((n, i) => known[i] !== n)) return { standing: 'foreign', unknown: [], pending: [] };
  const pending = known.slice(applied.length);
  return { standing: pending.length === 0 ? 'current' : 'older', unknown: [], pending };
}
