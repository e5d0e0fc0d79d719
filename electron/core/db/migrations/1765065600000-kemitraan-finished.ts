import type { MigrationInterface, QueryRunner } from 'typeorm';
import { todayIso } from '../../../../shared/format/date';

// The day an agreement was finished (status selesai), which the clerk gives when finishing it.
// Agreements finished before this migration never recorded that day: they take the date of their
// last change (updated_at, on this computer's clock — the status change was the last thing an
// agreement that is selesai can undergo), never before their start date. Soft-deleted rows too,
// so a restored agreement has its date. Other statuses stay NULL.
export class KemitraanFinished1765065600000 implements MigrationInterface {
  name = 'KemitraanFinished1765065600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE kemitraan ADD COLUMN finished_at varchar(10)`);
    const finished = (await q.query(`SELECT id, start_date, updated_at FROM kemitraan WHERE status = 'selesai'`)) as Array<{ id: number; start_date: string; updated_at: string }>;
    for (const k of finished) {
      await q.query(`UPDATE kemitraan SET finished_at = ? WHERE id = ?`, [backfillDate(k.updated_at, k.start_date), k.id]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE kemitraan DROP COLUMN finished_at`);
  }
}

/** updated_at's calendar day on the local clock, not before the start date. */
export function backfillDate(updatedAt: string, startDate: string): string {
  const at = new Date(updatedAt);
  const day = Number.isNaN(at.getTime()) ? updatedAt.slice(0, 10) : todayIso(at);
  return day < startDate ? startDate : day;
}
