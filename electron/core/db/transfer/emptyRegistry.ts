import type { Tx } from '../database';
import { quoteName } from './engineCatalog';
import { APP_ENTITIES } from './registryTables';

/** PostgreSQL's trigger type bit for TRUNCATE (pg_trigger.tgtype, TRIGGER_TYPE_TRUNCATE). */
const TRUNCATE_BIT = 32;

/**
 * Empties every table of a PostgreSQL registry in the caller's transaction, the id counters back to
 * 1, for a restore that fills them again. The audit trail refuses TRUNCATE by a statement trigger
 * (as it refuses UPDATE and DELETE by row triggers): that guard is lifted for this one statement
 * and put back in the same transaction, so a rollback leaves it as it was, and no other session
 * ever sees it lifted (ALTER TABLE holds the table's lock until the transaction ends).
 */
export async function emptyRegistry(tx: Tx): Promise<void> {
  if (tx.sql.engine !== 'postgres') throw new Error('emptyRegistry empties a PostgreSQL registry only.');
  const tables = APP_ENTITIES.map((e) => tx.em.connection.getMetadata(e).tableName);
  const guards = (await tx.em.query(
    `SELECT tgname AS name FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND NOT tgisinternal AND tgenabled <> 'D' AND (tgtype & ${TRUNCATE_BIT}) <> 0`,
  )) as Array<{ name: string }>;
  for (const g of guards) await tx.em.query(`ALTER TABLE audit_log DISABLE TRIGGER ${quoteName(g.name)}`);
  await tx.em.query(`TRUNCATE TABLE ${tables.map(quoteName).join(', ')} RESTART IDENTITY`);
  for (const g of guards) await tx.em.query(`ALTER TABLE audit_log ENABLE TRIGGER ${quoteName(g.name)}`);
}
