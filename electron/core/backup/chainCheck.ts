import BetterSqlite3 from 'better-sqlite3';
import { fill, messages } from '../../../shared/i18n';
import { GENESIS, storedLineColumns, storedLinkHash, type StoredLine } from '../audit/chain';
import { hardenConnection } from '../db/sqlite/hardenConnection';
import { accountsDigest, readHead, trailHasWorkstation, type ChainHead } from './chainHead';
import { nextTurn } from '../turns';
import type { Inspection } from './inspectDatabase';

/** The migration that made the trail a chain: files from before it have none to walk. */
const CHAIN_MIGRATION = 'AuditChain1765238400000';

const m = messages.auditChain;

export interface ChainCheck {
  ok: boolean;
  /** Lines walked. */
  rows: number;
  /** The first line where the chain breaks, or null. */
  brokenAt: number | null;
  /** What is wrong, in the clerk's words, or null. */
  problem: string | null;
}

type Line = StoredLine & { id: number; prev_hash: string; hash: string };

const PAGE = 2000;
// The workstation only where the file has it (a backup from before migration ConcurrentEdits has none).
const lines = (raw: BetterSqlite3.Database) => `SELECT ${storedLineColumns(trailHasWorkstation(raw))}, prev_hash, hash FROM audit_log WHERE id > ? ORDER BY id LIMIT ${PAGE}`;

/**
 * Walks the whole trail in id order, a page of lines a step, recomputing every link; then compares
 * its end with the head kept outside the database, when there is one. Reads only.
 */
function* chainSteps(raw: BetterSqlite3.Database, head: ChainHead | null, accounts = true): Generator<void, ChainCheck> {
  let prev = GENESIS;
  let rows = 0;
  let lastId = 0;
  const page = raw.prepare(lines(raw));
  for (;;) {
    const lines = page.all(lastId) as Line[];
    if (lines.length === 0) break;
    for (const l of lines) {
      rows++;
      if (l.prev_hash !== prev) return broken(rows, l.id, fill(m.linkBroken, { id: l.id }));
      const hash = storedLinkHash(prev, l);
      if (hash !== l.hash) return broken(rows, l.id, fill(m.lineChanged, { id: l.id }));
      prev = hash;
      lastId = l.id;
    }
    yield;
  }
  if (head) {
    if (head.id > lastId) return broken(rows, lastId + 1, fill(m.linesCut, { last: lastId, head: head.id }));
    const at = raw.prepare(`SELECT hash FROM audit_log WHERE id = ?`).get(head.id) as { hash: string } | undefined;
    if (head.id > 0 && at?.hash !== head.hash) return broken(rows, head.id, fill(m.headDiffers, { id: head.id }));
    if (accounts && head.id === lastId && accountsDigest(raw) !== head.accounts) return broken(rows, null, m.accountsChanged);
  }
  return { ok: true, rows, brokenAt: null, problem: null };
}

export function checkChain(raw: BetterSqlite3.Database, head: ChainHead | null): ChainCheck {
  const steps = chainSteps(raw, head);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same walk with a turn of the event loop after each page: at start-up, while the window is in use. */
export async function checkChainInTurns(raw: BetterSqlite3.Database, head: ChainHead | null, accounts = true): Promise<ChainCheck> {
  const steps = chainSteps(raw, head, accounts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await nextTurn();
  }
}

const broken = (rows: number, brokenAt: number | null, problem: string): ChainCheck => ({ ok: false, rows, brokenAt, problem });

/** Not walked: a file too damaged to read, or from before the chain (its migration not applied). */
export const NOT_WALKED: ChainCheck = { ok: true, rows: 0, brokenAt: null, problem: null };

const hasChain = (ins: Inspection) => ins.applied.includes(CHAIN_MIGRATION);

/** The open database's chain against the head beside its file. */
export function auditChainOf(raw: BetterSqlite3.Database, file: string, ins: Inspection): ChainCheck {
  return hasChain(ins) ? checkChain(raw, readHead(file)) : NOT_WALKED;
}

/** A file's chain (read-only), against the head beside it when there is one. */
export function fileAuditChain(file: string, ins: Inspection, head: ChainHead | null = readHead(file)): ChainCheck {
  if (!hasChain(ins)) return NOT_WALKED;
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    hardenConnection(db);
    return checkChain(db, head);
  } finally {
    db.close();
  }
}
