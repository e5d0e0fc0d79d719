import type { Database } from '../../electron/core/db/database';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { openPostgres } from '../../electron/core/db/postgres/openPostgres';

/** The URL (with its password) a test's PostgreSQL database was opened with. */
const urlOf = (db: Database & { kind: 'postgres' }): string => {
  const url = (db.dataSource.options as { url?: string }).url;
  if (!url) throw new Error('The PostgreSQL database was opened without a URL.');
  return url;
};

/**
 * The same registry opened again, as another process opens it (the command-line tool beside the
 * running app, another PC): the SQLite file by its name, or the PostgreSQL database by its URL.
 */
export function openAgain(db: Database): Promise<Database> {
  return db.kind === 'sqlite' ? openDatabase({ file: db.file }) : openPostgres({ url: urlOf(db), poolSize: 2 });
}

/** The command-line tool's arguments naming the same registry: `--db FILE` or `--pg URL`. */
export function cliDatabaseArgs(db: Database): string[] {
  return db.kind === 'sqlite' ? ['--db', db.file] : ['--pg', urlOf(db)];
}
