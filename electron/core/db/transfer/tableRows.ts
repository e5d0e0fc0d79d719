import type { ObjectLiteral } from 'typeorm';
import type { Tx } from '../database';
import { catalogOf, quoteName } from './engineCatalog';
import type { BaseTable } from './registryTables';

// One base table's rows, a batch at a time in primary-key order (each batch starts after the last
// key read, so a batch costs the same at the end of a large table as at its start), written to the
// target as they were: ids and keys kept.

/** Rows a verbatim statement inserts at once: 14 audit columns × 500 stays far below both engines' parameter limits. */
const VERBATIM_ROWS_PER_STATEMENT = 500;

function afterKey(t: BaseTable, alias: string | null, last: ObjectLiteral | null, valueOf: (row: ObjectLiteral, i: number) => unknown) {
  if (!last) return null;
  const cols = t.key.map((c) => (alias ? `${quoteName(alias)}.` : '') + quoteName(c.databaseName));
  const params: Record<string, unknown> = {};
  t.key.forEach((_c, i) => (params[`k${i}`] = valueOf(last, i)));
  const marks = t.key.map((_c, i) => `:k${i}`);
  // Row values compare column by column, as ORDER BY sorts them (both engines).
  const where = cols.length === 1 ? `${cols[0]} > ${marks[0]}` : `(${cols.join(', ')}) > (${marks.join(', ')})`;
  return { where, params };
}

/** The table's rows in key order through its entity (transformers applied), `size` at a time. */
async function* entityBatches(src: Tx, t: BaseTable, size: number): AsyncGenerator<ObjectLiteral[]> {
  let last: ObjectLiteral | null = null;
  for (;;) {
    const qb = src.em.createQueryBuilder(t.entity, 'r');
    const after = afterKey(t, 'r', last, (row, i) => row[t.key[i]!.propertyName]);
    if (after) qb.where(after.where, after.params);
    for (const c of t.key) qb.addOrderBy(`r.${c.propertyName}`, 'ASC');
    const rows = await qb.limit(size).getMany();
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < size) return;
    last = rows[rows.length - 1]!;
  }
}

/** The table's rows as stored (column names, values untouched), `size` at a time. */
async function* storedBatches(src: Tx, t: BaseTable, columns: string[], size: number): AsyncGenerator<ObjectLiteral[]> {
  const catalog = catalogOf(src);
  const list = columns.map(quoteName).join(', ');
  const order = t.key.map((c) => quoteName(c.databaseName)).join(', ');
  let last: ObjectLiteral | null = null;
  for (;;) {
    const after = afterKey(t, null, last, (row, i) => row[t.key[i]!.databaseName]);
    const values = after ? t.key.map((_c, i) => after.params[`k${i}`]) : [];
    let where = '';
    if (after) {
      let n = 0;
      where = `WHERE ${after.where.replace(/:k\d+/g, () => catalog.param(++n))}`;
    }
    const rows = (await src.em.query(`SELECT ${list} FROM ${quoteName(t.table)} ${where} ORDER BY ${order} LIMIT ${size}`, values)) as ObjectLiteral[];
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < size) return;
    last = rows[rows.length - 1]!;
  }
}

async function insertStored(dst: Tx, t: BaseTable, columns: string[], rows: ObjectLiteral[]): Promise<void> {
  const catalog = catalogOf(dst);
  const head = `INSERT INTO ${quoteName(t.table)} (${columns.map(quoteName).join(', ')}) VALUES `;
  for (let from = 0; from < rows.length; from += VERBATIM_ROWS_PER_STATEMENT) {
    const values: unknown[] = [];
    const tuples = rows.slice(from, from + VERBATIM_ROWS_PER_STATEMENT).map((row) => {
      const marks = columns.map((c) => {
        values.push(row[c] === undefined ? null : row[c]);
        return catalog.param(values.length);
      });
      return `(${marks.join(', ')})`;
    });
    await dst.em.query(head + tuples.join(', '), values);
  }
}

/**
 * Copies the table from `src` to `dst`, `size` rows a batch; `batchDone` hears each batch (and may
 * yield the thread). Answers the rows copied.
 */
export async function copyTableRows(src: Tx, dst: Tx, t: BaseTable, size: number, batchDone: (rows: number) => Promise<void>): Promise<number> {
  let copied = 0;
  if (t.verbatim) {
    const columns = src.em.connection.getMetadata(t.entity).columns.map((c) => c.databaseName);
    for await (const rows of storedBatches(src, t, columns, size)) {
      await insertStored(dst, t, columns, rows);
      copied += rows.length;
      await batchDone(rows.length);
    }
    return copied;
  }
  for await (const rows of entityBatches(src, t, size)) {
    await dst.sql.bulk.insert(dst.em, t.entity, rows);
    copied += rows.length;
    await batchDone(rows.length);
  }
  return copied;
}
