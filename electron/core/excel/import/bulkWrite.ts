import type { UmkmData } from '../../../../shared/contract';
import { messages } from '../../../../shared/i18n';
import type { Tx } from '../../db/database';
import { ClassMoveEntity, ClassRecordEntity, UmkmEntity, YearClassEntity, type ClassMoveRow, type ClassRecordRow, type YearClassRow } from '../../db/entities';
import type { UmkmRow } from '../../db/entities/umkm';
import { derivedRows } from '../../services/progressStore';
import { dataToColumns } from '../../services/umkmMapper';

// A new row is at its first version (the column's default).
type NewUmkm = Omit<UmkmRow, 'id' | 'deletedAt' | 'version'>;
type NewRecord = Omit<ClassRecordRow, 'id' | 'deletedAt' | 'version'>;

/**
 * New UMKM stored as UmkmService.create stores each one — the row, its first class record (its
 * figures on its registration date, from the document) and what is derived from that record (its
 * yearly classes; one record makes no move) — a batch at a time through the dialect's prepared
 * inserts: a handful of statements a batch instead of about nine queries a row. A single record
 * is the latest, so the UMKM row is written as recompute() would leave it: its class and figures
 * its own, its last record's date its registration date; the record's class is the UMKM's (the
 * same rule over the same sales and capital). The rows were checked by the import's evaluation;
 * `by` (the clerk importing) is their last change.
 *
 * NIK and NIB stay unique among active UMKM by the table's own unique indexes, which decide between
 * two writers: a row whose NIK or NIB another PC committed after this import's check (two imports
 * of the same NIK at once on the shared PostgreSQL registry) is not inserted, and gets neither a
 * record nor derived rows; its id answers null, the others' their new id.
 *
 * Rows are built property by property, never by spreading one wide object into another: V8 keeps
 * such copies in the old generation, and at 50,000 rows they grew the heap by about 100 MB.
 */
export async function createUmkmBatch(tx: Tx, rows: ReadonlyArray<UmkmData>, now: string, lastYear: number, by: string | null): Promise<Array<number | null>> {
  const { em, sql } = tx;
  const umkm = rows.map((data) => {
    const row = dataToColumns(data) as NewUmkm;
    row.lastRecordDate = row.registeredAt;
    row.createdAt = now;
    row.updatedAt = now;
    row.updatedBy = by;
    return row;
  });
  const ids = await sql.bulk.insertNew(em, UmkmEntity, umkm);
  // Almost always every row went in; the few another writer's key refused are left out below.
  const stored = ids.includes(null) ? umkm.filter((_u, i) => ids[i] !== null) : umkm;
  const storedIds = stored === umkm ? (ids as number[]) : (ids.filter((id) => id !== null) as number[]);
  const records = stored.map(
    (u, i): NewRecord => ({
      umkmId: storedIds[i]!,
      date: u.registeredAt,
      annualSales: u.annualSales,
      capital: u.capital,
      assets: u.assets,
      employees: u.employees,
      marketReach: u.marketReach,
      certifications: [],
      channels: [],
      source: 'dokumen',
      notes: messages.progressText.registrationNote,
      class: u.class,
      classBasis: u.classBasis,
      createdAt: now,
      updatedAt: now,
      updatedBy: by,
    }),
  );
  const recordIds = await sql.bulk.insert(em, ClassRecordEntity, records);
  const moves: ClassMoveRow[] = [];
  const years: YearClassRow[] = [];
  records.forEach((r, i) => {
    const derived = derivedRows(r.umkmId, [{ id: recordIds[i]!, date: r.date, annualSales: r.annualSales, capital: r.capital, class: r.class, classBasis: r.classBasis }], lastYear);
    for (const m of derived.moves) moves.push(m);
    for (const y of derived.years) years.push(y);
  });
  await sql.bulk.insert(em, ClassMoveEntity, moves);
  await sql.bulk.insert(em, YearClassEntity, years);
  return ids;
}
