import type { EntityManager } from 'typeorm';
import type { Dialect } from './dialect';
import { postgresDialect } from './postgres/postgresDialect';
import { sqliteDialect } from './sqlite/sqliteDialect';

/** The engine behind a manager, for code that holds a manager but not its unit of work (the audit trail). */
export const dialectOf = (em: EntityManager): Dialect => (em.connection.options.type === 'postgres' ? postgresDialect : sqliteDialect);
