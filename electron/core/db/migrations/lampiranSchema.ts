import { LAMPIRAN_CATEGORIES, LAMPIRAN_MIMES, LAMPIRAN_OWNERS } from '../../../../shared/domain/lampiran';

// Attachments (issue 15), one description for both engines: SQLite's migration and PostgreSQL's
// give the same tables, columns, CHECKs and indexes (pgSchema.test.ts).
//
// `lampiran` holds what a clerk sees of a file; its bytes are named by their SHA-256. On PostgreSQL
// they live in `lampiran_isi` (every PC of the office reads them from the server); on SQLite in the
// folder `lampiran/` beside the database file, and `lampiran_isi` carries them only inside a
// backup file (backup/lampiranBackup.ts). The bytes column is `bytea` on both: SQLite keeps a blob
// as it is in a column of any declared type.

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** CREATE TABLE lampiran, with the engine's own id column. */
export function lampiranTable(idColumn: string): string {
  return `CREATE TABLE lampiran (
      ${idColumn},
      owner_kind varchar NOT NULL,
      owner_id integer NOT NULL,
      category varchar NOT NULL,
      file_name varchar NOT NULL,
      mime varchar NOT NULL,
      size integer NOT NULL,
      sha256 varchar(64) NOT NULL,
      caption varchar,
      created_at varchar NOT NULL,
      created_by varchar,
      updated_at varchar NOT NULL,
      updated_by varchar,
      deleted_at varchar,
      CHECK (owner_kind IN (${list(LAMPIRAN_OWNERS)})),
      CHECK (category IN (${list(LAMPIRAN_CATEGORIES)})),
      CHECK (mime IN (${list(LAMPIRAN_MIMES)})),
      CHECK (size > 0)
    )`;
}

export const LAMPIRAN_BYTES_TABLE = `CREATE TABLE lampiran_isi (
      sha256 varchar(64) PRIMARY KEY NOT NULL,
      size integer NOT NULL,
      bytes bytea NOT NULL
    )`;

export const LAMPIRAN_INDEXES = [
  // One record's attachments, newest first.
  `CREATE INDEX ix_lampiran_owner ON lampiran (owner_kind, owner_id, id) WHERE deleted_at IS NULL`,
  // Which rows still need a file's bytes (backups, purges).
  `CREATE INDEX ix_lampiran_sha ON lampiran (sha256)`,
];

export const LAMPIRAN_DOWN = ['DROP TABLE lampiran_isi', 'DROP TABLE lampiran'];
