import { PostgresSchema1765411200000 } from './1765411200000-postgres-schema';

// In order, as SQLite's MIGRATIONS: the baseline, then one migration per later schema change.
export const POSTGRES_MIGRATIONS = [PostgresSchema1765411200000];
