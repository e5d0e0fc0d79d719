import type { UmkmData } from '../../../../shared/contract';
import { messages } from '../../../../shared/i18n';
import type { Tx } from '../../db/database';
import { ClassMoveEntity, ClassRecordEntity, UmkmEntity, YearClassEntity, type ClassMoveRow, type ClassRecordRow, type YearClassRow } from '../../db/entities';
import type { UmkmRow } from '../../db/entities/umkm';
import { derivedRows } from '../../services/progressStore';
import { dataToColumns } from '../../services/umkmMapper';

type NewUmkm = Omit<UmkmRow, 'id' | 'deletedAt'>;
type NewRecord = Omit<ClassRecordRow, 'id' | 'deletedAt'>;

/**
 * New UMKM stored as UmkmService.create stores each one — the row, its first class record (its
 * figures on its registration date, from the document) and what is derived from that record (its
 * yearly classes; one record makes no move) — a batch at a time through the dialect's prepared
 * inserts: a handful of statements a batch instead of about nine queries a row. A single record
 * is the latest, so the UMKM row is written as recompute() would leave it: its class and figures
 * its own, its last record's date its registration date; the record's class is the UMKM's (the
 * same rule over the same sales and capital). NIK and NIB stay unique among active UMKM by the
 * table's own unique indexes. The rows were checked by the import's evaluation.
 *
 * Rows are built property by property, never by spreading one wide object into another: V8 keeps
 * such copies in the old generation, and at 50,000 rows they grew the heap by about 100 MB.
 */
export async function createUmkmBatch(tx: Tx, rows: ReadonlyArray<UmkmData>, now: string, lastYear: number): Promise<number[]> {
  const { em, sql } = tx;
  const umkm = rows.map((data) => {
    const row = dataToColumns(data) as NewUmkm;
    row.lastRecordDate = row.registeredAt;
    row.createdAt = now;
    row.updatedAt = now;
    return row;
  });
  const ids = await sql.bulk.insert(em, UmkmEntity, umkm);
  const records = umkm.map(
    (u, i): NewRecord => ({
      umkmId: ids[i]!,
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
