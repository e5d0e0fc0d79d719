import crypto from 'node:crypto';
import fs from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * The newest link of the audit chain (audit/chain.ts) and a digest of the accounts, kept in a small
 * file beside the database and written after every write: lines cut from the end of the trail, or
 * an account's role changed by hand, show as a difference from it. Whoever can also rewrite this
 * file can hide both: it makes an edit of the database alone visible, it does not prevent one.
 */
export interface ChainHead {
  /** The newest line's id and hash (0 and '' for an empty trail). */
  id: number;
  hash: string;
  /** SHA-256 over every account's id, name, role, state and password hash. */
  accounts: string;
}

/** Whether a file's trail is a chain at all (one from before migration AuditChain has no hashes). */
export const trailIsChained = (db: BetterSqlite3.Database): boolean => db.prepare(`SELECT 1 FROM pragma_table_info('audit_log') WHERE name = 'hash'`).get() !== undefined;

/** Whether a file's trail records the computer of each line (migration ConcurrentEdits). */
export const trailHasWorkstation = (db: BetterSqlite3.Database): boolean => db.prepare(`SELECT 1 FROM pragma_table_info('audit_log') WHERE name = 'workstation'`).get() !== undefined;

export const headPath = (dbFile: string): string => `${dbFile}.jejak.json`;

export function accountsDigest(raw: BetterSqlite3.Database): string {
  const rows = raw.prepare(`SELECT id, username, role, active, password_hash FROM pengguna ORDER BY id`).raw().all();
  return crypto.createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

/** The head as the database holds it now. */
export function headOf(raw: BetterSqlite3.Database): ChainHead {
  const last = raw.prepare(`SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1`).get() as { id: number; hash: string } | undefined;
  return { id: last?.id ?? 0, hash: last?.hash ?? '', accounts: accountsDigest(raw) };
}

export function readHead(dbFile: string): ChainHead | null {
  try {
    const h = JSON.parse(fs.readFileSync(headPath(dbFile), 'utf8')) as Partial<ChainHead>;
    return typeof h.id === 'number' && typeof h.hash === 'string' && typeof h.accounts === 'string' ? (h as ChainHead) : null;
  } catch {
    return null;
  }
}

/** Writes the head beside the database (a whole new file put in place, never half of one). */
export function writeHead(dbFile: string, head: ChainHead): void {
  const part = `${headPath(dbFile)}.part`;
  try {
    fs.writeFileSync(part, JSON.stringify(head));
    fs.renameSync(part, headPath(dbFile));
  } catch (err) {
    // A full disk: no half-written file left behind; the head is written again after the next write.
    fs.rmSync(part, { force: true });
    throw err;
  }
}
