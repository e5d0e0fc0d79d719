// Moving the registry from this PC's SQLite file to the office's PostgreSQL server (issue 14).
import { z } from 'zod';
import { messages } from '../i18n';
import { EmptyInput } from './app';
import { ConnectionInput } from './connection';
import { entry, roles, step, writeAs } from './entry';

/**
 * Where to: the connection page's PostgreSQL settings (with the password typed, or the one saved
 * with them), or a postgres:// address (the command line's --pg).
 */
export const MoveToPostgresInput = z.union([
  z.strictObject({
    url: z
      .string()
      .max(2048)
      .regex(/^postgres(ql)?:\/\/\S+$/, { error: messages.transfer.errors.badUrl }),
  }),
  ConnectionInput,
]);
export type MoveToPostgresInput = z.input<typeof MoveToPostgresInput>;

/** One table of the registry and its rows: copied (base), or rebuilt by the target's triggers and compared (summary). */
export interface TableRows {
  table: string;
  kind: 'base' | 'summary';
  rows: number;
}

export interface MoveResult {
  /** The server and database moved to, never the password (user@host:port/database). */
  server: string;
  /** Base rows copied. */
  rows: number;
  /** Every table's rows, the same on both sides. */
  tables: TableRows[];
}

/** What the move is copying now, for the page's progress bar (event registry:moveProgress). */
export interface MoveProgress {
  table: string;
  done: number;
  total: number;
  rowsDone: number;
  rowsTotal: number;
}

export const transferEntries = {
  /** The registry's rows per table, named in the move's confirmation. */
  'registry:moveCounts': entry<TableRows[]>()(EmptyInput, step(roles.admin)),
  // Under this PC's write lock (nothing written here while it copies); the target's audit line is
  // part of the copy's transaction, this registry's is written after it.
  'registry:moveToPostgres': entry<MoveResult>()(MoveToPostgresInput, writeAs('self', roles.admin, 'exclusive')),
};
