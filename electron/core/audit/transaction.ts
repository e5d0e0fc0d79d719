import type { Raw } from '../services/sqlHelpers';

let depth = 0;

/**
 * Runs an async body in one SQLite transaction on the driver's connection (a savepoint when one is
 * open already). The handler table runs one call at a time per database, so no other statement
 * can slip into it while the body awaits; better-sqlite3 transactions inside nest as savepoints.
 */
export async function inTransaction<T>(raw: Raw, body: () => Promise<T>): Promise<T> {
  const name = `audit_${++depth}`;
  const nested = raw.inTransaction;
  raw.exec(nested ? `SAVEPOINT ${name}` : 'BEGIN IMMEDIATE');
  try {
    const value = await body();
    raw.exec(nested ? `RELEASE ${name}` : 'COMMIT');
    return value;
  } catch (err) {
    if (raw.inTransaction) raw.exec(nested ? `ROLLBACK TO ${name}; RELEASE ${name}` : 'ROLLBACK');
    throw err;
  } finally {
    depth--;
  }
}
