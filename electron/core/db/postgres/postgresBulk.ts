import type { EntityManager, EntityMetadata, EntitySchema, ObjectLiteral } from 'typeorm';
import type { BulkWrites } from '../dialect';
import { nextTurn } from '../../turns';
import { loadWithSummariesRebuilt } from './summaryRebuild';

// PostgreSQL's bulk writes: multi-row INSERT … VALUES … RETURNING id on the write transaction's
// connection, as many rows a statement as its 65,535 parameters allow (at most 1,000), one
// round trip each. Its trigram GIN index and the other indexes are kept by the engine, so there is
// no search index to lift; a large append or load sets aside more memory for the index upkeep.

type ColumnMetadata = EntityMetadata['columns'][number];

const MAX_PARAMETERS = 65_535;
const MAX_ROWS = 1000;

function converter(em: EntityManager, column: ColumnMetadata): (value: unknown) => unknown {
  const { transformer } = column;
  if (transformer && !Array.isArray(transformer)) return (v) => transformer.to(v);
  const driver = em.connection.driver;
  return (v) => driver.preparePersistentValue(v, column);
}

function inTransaction(em: EntityManager): void {
  if (!em.queryRunner?.isTransactionActive) throw new Error('Bulk writes need the manager of an open write transaction.');
}

async function withWorkMemory<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
  inTransaction(em);
  // SET LOCAL ends with the transaction, committed or not.
  await em.query(`SET LOCAL maintenance_work_mem = '128MB'`);
  await em.query(`SET LOCAL work_mem = '32MB'`);
  return await work();
}

/**
 * Multi-row INSERTs of `rows`, in order. With `skipConflicts`, a row a unique index refuses is
 * skipped (ON CONFLICT DO NOTHING): RETURNING answers the inserted rows only, in the order written,
 * so each is matched to the next input row with the same values.
 */
async function insertRows<R extends ObjectLiteral>(em: EntityManager, entity: EntitySchema<R>, rows: ReadonlyArray<Partial<R>>, skipConflicts: boolean): Promise<Array<number | null>> {
  if (rows.length === 0) return [];
  inTransaction(em);
  const meta = em.connection.getMetadata(entity);
  const columns = Object.keys(rows[0]!).map((p) => {
    const column = meta.findColumnWithPropertyName(p);
    if (!column) throw new Error(`${meta.name} has no column ${p}`);
    return column;
  });
  const converters = columns.map((c) => converter(em, c));
  const generated = meta.primaryColumns.find((c) => c.isGenerated);
  const per = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / columns.length)));
  const head = `INSERT INTO "${meta.tableName}" (${columns.map((c) => `"${c.databaseName}"`).join(', ')}) VALUES `;
  const returned = [...(generated ? [`"${generated.databaseName}" AS "__id"`] : []), ...(skipConflicts ? columns.map((c, i) => `"${c.databaseName}"::text AS "__c${i}"`) : [])];
  const tail = `${skipConflicts ? ' ON CONFLICT DO NOTHING' : ''}${returned.length > 0 ? ` RETURNING ${returned.join(', ')}` : ''}`;
  const ids: Array<number | null> = [];
  for (let from = 0; from < rows.length; from += per) {
    const slice = rows.slice(from, from + per);
    const values: unknown[] = [];
    const tuples = slice.map((row) => {
      const r = row as Record<string, unknown>;
      const marks = columns.map((c, i) => {
        const v = converters[i]!(r[c.propertyName]);
        values.push(v === undefined ? null : v);
        return `$${values.length}`;
      });
      return `(${marks.join(', ')})`;
    });
    // A multi-row VALUES is inserted, and its RETURNING rows answered, in the order written.
    const done = (await em.query(head + tuples.join(', ') + tail, values)) as Array<Record<string, unknown>>;
    if (!skipConflicts) {
      if (generated) for (const d of done) ids.push(Number(d.__id));
    } else {
      let k = 0;
      slice.forEach((_row, j) => {
        const d = done[k];
        const same = d !== undefined && columns.every((_c, i) => {
          const v = values[j * columns.length + i];
          return (d[`__c${i}`] ?? null) === (v === null ? null : String(v));
        });
        ids.push(same ? (generated ? Number(d.__id) : 0) : null);
        if (same) k++;
      });
    }
    if (from + per < rows.length) await nextTurn();
  }
  return ids;
}

export const postgresBulk: BulkWrites = {
  async insert<R extends ObjectLiteral>(em: EntityManager, entity: EntitySchema<R>, rows: ReadonlyArray<Partial<R>>): Promise<number[]> {
    return (await insertRows(em, entity, rows, false)) as number[];
  },

  insertNew: (em, entity, rows) => insertRows(em, entity, rows, true),

  async liftSearchIndex(): Promise<() => Promise<void>> {
    // The GIN index is the engine's own: nothing to lift or to fill afterwards.
    return async () => {};
  },

  async append<T>(em: EntityManager, _opts: { entities: ReadonlyArray<EntitySchema<never>>; rows: number }, work: () => Promise<T>): Promise<T> {
    return withWorkMemory(em, work);
  },

  async load<T>(em: EntityManager, opts: { entities: ReadonlyArray<EntitySchema<never>>; rows: number }, work: () => Promise<T>): Promise<T> {
    const tables = opts.entities.map((e) => em.connection.getMetadata(e).tableName);
    return withWorkMemory(em, () => loadWithSummariesRebuilt(em, tables, work));
  },
};
