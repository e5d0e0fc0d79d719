// What the PostgreSQL transfer tests read straight from the server: rows, each table's count, and
// the audit trail walked link by link (db/transfer, backup/serverBackup, backup/serverRestore).
import { Client } from 'pg';
import { GENESIS, storedLinkHash, type StoredLine } from '../../../electron/core/audit/chain';

export type Rows = Array<Record<string, unknown>>;

export async function pgRows(dbUrl: string, sql: string, params: unknown[] = []): Promise<Rows> {
  const c = new Client({ connectionString: dbUrl });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as Rows;
  } finally {
    await c.end();
  }
}

/** Every table named with its rows, straight from the server. */
export async function pgCounts(dbUrl: string, tables: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = Number((await pgRows(dbUrl, `SELECT COUNT(*) AS n FROM "${t}"`))[0]!.n);
  return out;
}

export type TrailLine = StoredLine & { id: number; prev_hash: string; hash: string };

/** The server's audit trail in id order, every column its hash covers. */
export const pgTrail = async (dbUrl: string): Promise<TrailLine[]> =>
  (await pgRows(dbUrl, `SELECT id, at, user_id, username, role, via, action, entity, entity_id, summary, changes, workstation, prev_hash, hash FROM audit_log ORDER BY id`)) as unknown as TrailLine[];

/** The trail walked from its first line, every link recomputed: null when whole, else the first id that breaks. */
export function brokenAt(lines: TrailLine[]): number | null {
  let prev = GENESIS;
  for (const l of lines) {
    if (l.prev_hash !== prev || storedLinkHash(prev, l) !== l.hash) return l.id;
    prev = l.hash;
  }
  return null;
}
