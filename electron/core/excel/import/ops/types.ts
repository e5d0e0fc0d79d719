import type { z } from 'zod';
import type { Scope } from '../../../scope';

/** How an existing record is found for a row: its id, or why the row cannot be placed. */
export type Match = { id: number | null; problem?: { field: string; message: string } };

/**
 * What the engine needs to know of a target beyond reading its cells: the contract schema,
 * the key that makes two rows of one file the same record, how a stored record is found,
 * and how an accepted row is written through the target's own service.
 */
export interface TargetOps {
  schema: z.ZodType;
  /** Loads what matching needs once per evaluation (e.g. NIK -> id of every active UMKM). */
  load(ctx: Scope): Promise<Lookup>;
}

export interface Lookup {
  /** Two rows sharing any key are the same record (a row without keys is never a duplicate). */
  keys(input: Record<string, unknown>): string[];
  /** Reads what match() needs for the next rows at once: one query a chunk, not one a row. */
  prefetch?(inputs: ReadonlyArray<Record<string, unknown>>): Promise<void>;
  match(input: Record<string, unknown>): Match;
  /** The stored record as input, for merging under the fields an update row brings. */
  stored(id: number): Promise<Record<string, unknown>>;
  /** Adds the row's resolved references (the UMKM of a class record) to its input. */
  resolve?(input: Record<string, unknown>): Record<string, unknown>;
  /** Stores a new record from the schema's parsed data; answers its id. */
  create(data: Record<string, unknown>): Promise<number>;
  /** Applies the parsed changes of an update row (the fields it brings, and what they imply). */
  update(id: number, changes: Record<string, unknown>): Promise<unknown>;
}

/** Keeps the fields a target's input has, dropping nulls (absent = no value). */
export function pickInput(obj: object, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = (obj as Record<string, unknown>)[f];
    if (v !== null && v !== undefined) out[f] = v;
  }
  return out;
}

export const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : v === undefined || v === null ? '' : String(v));
export const nameKey = (v: unknown): string => text(v).toLocaleLowerCase('id').replace(/\s+/g, ' ');
