import type { Tx } from './database';
import { TICKS_SQL, ticksToRegister } from './migrations/sertifikatSchema';

/**
 * The certification ticks of the live yearly records into the certificate register, as migration
 * Sertifikat did for the records before it: the demo writes its records with ticks in bulk and
 * turns them into certificates here, in each engine's JSON.
 */
export async function ticksIntoRegister(tx: Tx, note: string): Promise<void> {
  await tx.em.query(ticksToRegister(TICKS_SQL[tx.sql.engine], note));
}
