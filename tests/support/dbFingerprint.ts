import type { Database } from '../../electron/core/db/database';
import { queryRows, tableNames } from './dbQuery';

/**
 * Every table's row count and a checksum of its rows, so a test can see that nothing was written
 * (on either engine). Rows are compared as a set: PostgreSQL gives no order without ORDER BY.
 */
export async function dbFingerprint(db: Database): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of await tableNames(db)) {
    const rows = await queryRows(db, `SELECT * FROM "${name}"`);
    const lines = rows.map((r) => JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : Buffer.isBuffer(v) ? v.toString('hex') : v))).sort();
    out[name] = `${rows.length}:${hashOf(lines.join('\n'))}`;
  }
  return out;
}

function hashOf(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16);
}
