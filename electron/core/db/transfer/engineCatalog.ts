import type { EntityManager } from 'typeorm';
import type { Tx } from '../database';

// What the copier asks of each engine's own catalog: a table's columns, the foreign keys between
// tables, the high-water mark of a table's id counter, and how a statement numbers its parameters.
// The rows themselves go through TypeORM and the dialect's bulk writes.

/** A foreign key: `child` points at `parent`. */
export interface ForeignKey {
  child: string;
  parent: string;
}

export interface EngineCatalog {
  /** The columns the table has in this database. */
  columns(em: EntityManager, table: string): Promise<string[]>;
  /** Every foreign key between the tables of this database. */
  foreignKeys(em: EntityManager): Promise<ForeignKey[]>;
  /**
   * The highest id the table's counter has handed out (0 when none): a UMKM purged after the last
   * one registered has used an id that must not come back.
   */
  idHighWater(em: EntityManager, table: string, column: string): Promise<number>;
  /** Sets the counter so the next new row gets `highWater + 1`. */
  setIdHighWater(em: EntityManager, table: string, column: string, highWater: number): Promise<void>;
  /** The n-th (from 1) parameter of a statement. */
  param(n: number): string;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

const sqliteCatalog: EngineCatalog = {
  async columns(em, table) {
    const rows = (await em.query(`SELECT name FROM pragma_table_info(?)`, [table])) as Array<{ name: string }>;
    return rows.map((r) => r.name);
  },
  async foreignKeys(em) {
    return (await em.query(
      `SELECT m.name AS child, f."table" AS parent FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table'`,
    )) as ForeignKey[];
  },
  async idHighWater(em, table, column) {
    // AUTOINCREMENT keeps its high-water mark in sqlite_sequence; max(id) covers a table without one.
    const [seq] = (await em.query(`SELECT seq FROM sqlite_sequence WHERE name = ?`, [table])) as Array<{ seq: number }>;
    const [max] = (await em.query(`SELECT coalesce(max(${quote(column)}), 0) AS n FROM ${quote(table)}`)) as Array<{ n: number }>;
    return Math.max(Number(seq?.seq ?? 0), Number(max?.n ?? 0));
  },
  async setIdHighWater(em, table, _column, highWater) {
    if (highWater <= 0) return;
    // Rows inserted with their ids have moved the mark to their largest already; only a higher one
    // is written. A BigInt binds as INTEGER (a JS number would be stored as REAL in this untyped column).
    const [row] = (await em.query(`SELECT seq FROM sqlite_sequence WHERE name = ?`, [table])) as Array<{ seq: number }>;
    if (!row) await em.query(`INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)`, [table, BigInt(highWater)]);
    else if (Number(row.seq) < highWater) await em.query(`UPDATE sqlite_sequence SET seq = ? WHERE name = ?`, [BigInt(highWater), table]);
  },
  param: () => '?',
};

const postgresCatalog: EngineCatalog = {
  async columns(em, table) {
    const rows = (await em.query(`SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1`, [table])) as Array<{
      name: string;
    }>;
    return rows.map((r) => r.name);
  },
  async foreignKeys(em) {
    return (await em.query(
      `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
         JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE k.contype = 'f' AND n.nspname = current_schema()`,
    )) as ForeignKey[];
  },
  async idHighWater(em, table, column) {
    const [seq] = (await em.query(`SELECT pg_get_serial_sequence($1, $2) AS name`, [quote(table), column])) as Array<{ name: string | null }>;
    let mark = 0;
    if (seq?.name) {
      // last_value before the first nextval() is the start, not an id handed out.
      const [s] = (await em.query(`SELECT last_value, is_called FROM ${seq.name}`)) as Array<{ last_value: string | number; is_called: boolean }>;
      mark = s?.is_called ? Number(s.last_value) : 0;
    }
    const [max] = (await em.query(`SELECT coalesce(max(${quote(column)}), 0) AS n FROM ${quote(table)}`)) as Array<{ n: string | number }>;
    return Math.max(mark, Number(max?.n ?? 0));
  },
  async setIdHighWater(em, table, column, highWater) {
    // setval(…, 1, false): the next id is 1, as in a table never written.
    await em.query(`SELECT setval(pg_get_serial_sequence($1, $2), $3, $4)`, [quote(table), column, Math.max(1, highWater), highWater > 0]);
  },
  param: (n) => `$${n}`,
};

export const catalogOf = (tx: Tx): EngineCatalog => (tx.sql.engine === 'postgres' ? postgresCatalog : sqliteCatalog);

export { quote as quoteName };
