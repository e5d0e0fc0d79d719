import BetterSqlite3 from 'better-sqlite3';
import { hardenConnection } from '../db/sqlite/hardenConnection';
import { owedIndexes } from '../db/sqlite/owedIndexes';
import { schemaAt, schemaDifferences, schemaOf } from '../db/sqlite/schemaAt';

/**
 * How a database file's schema (tables, indexes, triggers, views) differs from the exact one its
 * own migration version makes: a trigger dropped so deletes leave no trace, one added, an index
 * changed. Empty when it is exactly the migrations' (or when its version is not this app's, which
 * the schema history already refuses). Read-only.
 */
export async function schemaChanges(file: string, version: string | null, nativeBinding?: string): Promise<string[]> {
  if (!version) return [];
  const expected = await schemaAt(version, nativeBinding);
  if (!expected) return [];
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    hardenConnection(db);
    return schemaDifferences(schemaOf(db), expected, owedIndexes(db));
  } finally {
    db.close();
  }
}

/** The same for an open connection (the app's own database). */
export async function connectionSchemaChanges(db: BetterSqlite3.Database, version: string | null, nativeBinding?: string): Promise<string[]> {
  if (!version) return [];
  const expected = await schemaAt(version, nativeBinding);
  return expected ? schemaDifferences(schemaOf(db), expected, owedIndexes(db)) : [];
}
