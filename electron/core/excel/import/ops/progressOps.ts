import { CLASS_RECORD_FIELDS, ClassRecordInput, type ClassRecordChanges, type ClassRecordData } from '../../../../../shared/contract/progress';
import { fill, messages } from '../../../../../shared/i18n';
import { ClassRecordEntity, UmkmEntity } from '../../../db/entities';
import type { Scope } from '../../../scope';
import { eachCreated, pickInput, tableVersion, text, type Lookup, type TargetOps } from './types';

const m = messages.importEngine;

/**
 * A class-record row names its UMKM by NIK (or NIB). A record of that UMKM on the same date is
 * corrected; otherwise the record is added and the UMKM's class follows.
 */
export const progressOps: TargetOps = {
  schema: ClassRecordInput,
  async load(ctx: Scope): Promise<Lookup> {
    const em = ctx.tx.em;
    const umkm: Array<{ id: number; nik: string; nib: string | null }> = await em
      .createQueryBuilder(UmkmEntity, 'u')
      .select('u.id', 'id')
      .addSelect('u.nik', 'nik')
      .addSelect('u.nib', 'nib')
      .where('u.deletedAt IS NULL')
      .getRawMany();
    const byNik = new Map(umkm.map((u) => [u.nik, u.id]));
    const byNib = new Map(umkm.filter((u) => u.nib).map((u) => [u.nib!, u.id]));
    const umkmOf = (input: Record<string, unknown>) => byNik.get(text(input.nik)) ?? (text(input.nib) ? byNib.get(text(input.nib)) : undefined);
    // The first live record of a UMKM on a date, for the rows of the chunk being checked.
    let recordOn = new Map<string, number>();
    return {
      keys: (input) => (text(input.nik) || text(input.nib) ? [`${text(input.nik) || text(input.nib)}|${text(input.date)}`] : []),
      prefetchFields: ['nik', 'nib', 'date'],
      async prefetch(inputs) {
        const ids = [...new Set(inputs.filter((i) => text(i.date)).map(umkmOf).filter((id) => id !== undefined))];
        recordOn = new Map();
        if (ids.length === 0) return;
        const rows: Array<{ id: number; umkmId: number; date: string }> = await em
          .createQueryBuilder(ClassRecordEntity, 'r')
          .select('r.id', 'id')
          .addSelect('r.umkmId', 'umkmId')
          .addSelect('r.date', 'date')
          .where('r.umkmId IN (:...ids)', { ids })
          .andWhere('r.deletedAt IS NULL')
          .orderBy('r.id')
          .getRawMany();
        for (const r of rows) {
          const key = `${r.umkmId}|${r.date}`;
          if (!recordOn.has(key)) recordOn.set(key, Number(r.id));
        }
      },
      resolve(input) {
        const { nik: _n, nib: _b, ...rest } = input;
        const umkmId = umkmOf(input);
        return umkmId ? { ...rest, umkmId } : rest;
      },
      match(input) {
        const umkmId = umkmOf(input);
        if (!umkmId) {
          const field = text(input.nik) ? 'nik' : 'nib';
          return { id: null, problem: { field, message: fill(m.umkmUnknown, { key: text(input.nik) || text(input.nib) || '–' }) } };
        }
        return { id: text(input.date) ? (recordOn.get(`${umkmId}|${text(input.date)}`) ?? null) : null };
      },
      stored: async (id) => pickInput(await ctx.progress.getRecord(id), CLASS_RECORD_FIELDS),
    };
  },
  // Rows are placed by the UMKM's NIK or NIB and by the records of the same day.
  version: async (ctx) => `${await tableVersion(ctx, UmkmEntity)}|${await tableVersion(ctx, ClassRecordEntity)}`,
  create: (ctx, rows) => eachCreated<ClassRecordData>(rows, (data) => ctx.progress.add(data)),
  update: (ctx, id, changes) => ctx.progress.update(id, changes as ClassRecordChanges),
};
