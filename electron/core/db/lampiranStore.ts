import crypto from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Database } from './database';
import { postgresLampiranBytes } from './postgres/lampiranBytes';
import { sqliteLampiranFolder, sqliteLampiranTable } from './sqlite/lampiranFiles';

// Where an attachment's bytes live, one interface for both engines (issue 15): on SQLite in the
// folder `lampiran/` beside the database file, on PostgreSQL in the table lampiran_isi so every PC
// of the office reads them from the server. Bytes are named by their SHA-256 and checked against
// it on every read: a file changed or cut on disk is never shown as the attachment.

export const sha256Of = (bytes: Uint8Array): string => crypto.createHash('sha256').update(bytes).digest('hex');

export interface LampiranStore {
  /** Keeps `bytes` under `sha256` (already computed by the caller); nothing happens when they are there. */
  put(em: EntityManager, sha256: string, bytes: Buffer): Promise<void>;
  /**
   * The bytes under `sha256`, checked against it: null when they are missing, 'damaged' when what
   * is stored no longer has that checksum (and no intact copy is at hand).
   */
  get(em: EntityManager, sha256: string): Promise<Buffer | null | 'damaged'>;
}

/** The store of an open registry: its folder (SQLite) or its server's table (PostgreSQL). */
export function lampiranStoreOf(db: Database): LampiranStore {
  return db.kind === 'sqlite' ? sqliteLampiranFolder(db.file) : postgresLampiranBytes;
}

/**
 * The table lampiran_isi as a store, on either engine: PostgreSQL's own store, and on SQLite the
 * bytes a backup file carries (backup/lampiranBackup.ts).
 */
export function lampiranTableStore(em: EntityManager): LampiranStore {
  return em.connection.options.type === 'postgres' ? postgresLampiranBytes : sqliteLampiranTable;
}
